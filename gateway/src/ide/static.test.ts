import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './static';

let base: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'static-handler-'));
  const root = join(base, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  server = createServer(createStaticHandler(root, '/app'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

/** A raw request: fetch would normalise the `..` segments away before they reach the server. */
function get(path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ port, path, method, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject).end();
    },
  );
}

describe('createStaticHandler', () => {
  it('serves files with their content types and caches hashed assets for good', async () => {
    const js = await get('/app/assets/index-abc123.js');
    expect(js).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/app/assets/index-abc123.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('/app/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers the app for its own routes and index.html with a content security policy', async () => {
    for (const path of ['/app/', '/app/orders', '/app/orders/123?x=1']) {
      const page = await get(path);
      expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>app</title>' });
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect(await get('/app?x=1')).toMatchObject({ status: 308 });
    expect((await get('/app?x=1')).headers.location).toBe('/app/?x=1');
  });

  it('answers 404 for a missing file rather than the app', async () => {
    expect((await get('/app/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/app/../secret.txt',
    '/app/%2e%2e/secret.txt',
    '/app/..%2fsecret.txt',
    '/app/assets/..%2f..%2fsecret.txt',
    '/app/%2e%2e%5csecret.txt',
    '/app/.env',
    '/app/%00index.html',
    '/app/%E0%A4%A',
  ])('never leaves the root: %s', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('outside the root');
    expect(answer.body).not.toContain('SECRET');
  });

  it('answers HEAD without a body, 304 to a matching ETag, and 405 to other methods', async () => {
    const head = await get('/app/assets/index-abc123.js', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe('14');
    const etag = String(head.headers.etag);
    expect(
      (await get('/app/assets/index-abc123.js', 'GET', { 'if-none-match': etag })).status,
    ).toBe(304);
    const post = await get('/app/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('says how to build the app when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'static-handler-empty-'));
    const handler = createStaticHandler(join(empty, 'missing'), '/app');
    const other = createServer(handler);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/app/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build:web');
    await new Promise((resolve) => other.close(resolve));
    rmSync(empty, { recursive: true, force: true });
  });
});
