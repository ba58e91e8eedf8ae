import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { contentTypeOf, IMMUTABLE, REVALIDATE } from './content-types';
import { securityHeaders } from './security-headers';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serves a built single-page app (such as clients/web/dist) under `mountPath` (such as '/app'):
 * files by their extension's content type, hashed assets cached for good, and index.html for any
 * other path without an extension so the app's own routes survive a reload. Paths that would
 * leave `rootDir` (`..`, encoded or not) and dotfiles are answered 404.
 */
export function createStaticHandler(rootDir: string, mountPath: string): RequestHandler {
  const root = resolve(rootDir);
  const mount = mountPath.replace(/\/+$/, '');
  return (req, res) => {
    serve(root, mount, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}

async function serve(root: string, mount: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === mount) {
    res.writeHead(308, { location: `${mount}/${url.search}` });
    return res.end();
  }
  if (!url.pathname.startsWith(`${mount}/`)) return sendText(res, 404, 'Not found');
  const relative = safeRelativePath(url.pathname.slice(mount.length + 1));
  if (relative === null) return sendText(res, 404, 'Not found');

  const file = relative === '' ? null : await fileAt(root, relative);
  if (file)
    return sendFile(req, res, file, relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
  // Anything that names a file (has an extension) and is missing is a real 404, not the app.
  if (extname(relative) !== '') return sendText(res, 404, 'Not found');
  const index = await fileAt(root, 'index.html');
  if (!index) return sendText(res, 404, 'The web app is not built yet: run `npm run build:web`.');
  return sendFile(req, res, index, REVALIDATE);
}

/** The decoded path inside the root, or null when it is malformed or tries to leave the root. */
function safeRelativePath(encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  return segments.join('/');
}

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

async function fileAt(root: string, relative: string): Promise<FoundFile | null> {
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: FoundFile, cache: string) {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const type = contentTypeOf(file.path);
  const headers: Record<string, string> = {
    ...securityHeaders(type.startsWith('text/html') ? 'app' : 'asset'),
    'content-type': type,
    'cache-control': cache,
    etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, { ...headers, 'content-length': String(file.size) });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    ...securityHeaders('asset'),
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}
