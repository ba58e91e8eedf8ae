import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, serveHttp } from '@pharmacy/service';
import { createStripeWebhookHandler, stripeWebhookUrlOf } from './webhooks';

interface Received {
  method: string | undefined;
  path: string | undefined;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const log = createLogger('gateway', 'silent');
const received: Received[] = [];
/** What the stand-in payments route answers next. */
let answer = { status: 200, contentType: 'application/json', body: '{"received":true}' };
const servers: Server[] = [];
let webhookUrl: string;
let toNowhere: string;

const listen = async (server: Server) => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const serveHandler = async (paymentsUrl: string) => {
  const handler = createStripeWebhookHandler({ paymentsUrl, timeoutMs: 5_000, log });
  const { server, port } = await serveHttp(handler, { port: 0, host: '127.0.0.1', log });
  servers.push(server);
  return `http://127.0.0.1:${port}/webhooks/stripe`;
};

beforeAll(async () => {
  // Stands in for the payments subgraph's webhook route: notes each request as it arrived.
  const payments = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        path: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { 'content-type': answer.contentType });
      res.end(answer.body);
    });
  });
  webhookUrl = await serveHandler(`http://127.0.0.1:${await listen(payments)}/graphql`);
  // A port that was just free and is closed again: nothing answers there.
  const closed = createServer();
  const port = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
  servers.splice(servers.indexOf(closed), 1);
  toNowhere = await serveHandler(`http://127.0.0.1:${port}/graphql`);
});
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});
beforeEach(() => {
  received.length = 0;
  answer = { status: 200, contentType: 'application/json', body: '{"received":true}' };
});

// Bytes a JSON parser and re-serializer would change: spacing, key order, escapes, non-UTF-8.
const rawEvent = Buffer.concat([
  Buffer.from('{ "id":"evt_1",  "type" : "payment_intent.succeeded", "note":"\\u00e9 é" }'),
  Buffer.from([0xff, 0xfe, 0x0a]),
]);
const signature =
  't=1700000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd';

describe('POST /webhooks/stripe', () => {
  it("passes the raw body, the signature and the content type to payments, none of the client's other headers", async () => {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signature,
        authorization: 'Bearer a-token',
        cookie: 'session=1',
        'x-internal-credential': 'forged',
        'x-client-address': '10.0.0.1',
        'x-forwarded-for': '10.0.0.2',
        'x-request-id': 'client-chosen',
      },
      body: rawEvent,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe('/webhooks/stripe');
    expect(call!.body.equals(rawEvent)).toBe(true);
    expect(call!.headers['stripe-signature']).toBe(signature);
    expect(call!.headers['content-type']).toBe('application/json; charset=utf-8');
    // The gateway names the delivery for both logs; the client's own id is not taken.
    expect(call!.headers['x-request-id']).toBe(response.headers.get('x-request-id'));
    expect(call!.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    for (const name of [
      'authorization',
      'cookie',
      'x-internal-credential',
      'x-client-address',
      'x-forwarded-for',
    ])
      expect(call!.headers[name]).toBeUndefined();
  });

  it("answers with payments' status and body, such as a refused signature", async () => {
    answer = { status: 400, contentType: 'text/plain', body: 'No signatures found' };
    const response = await fetch(webhookUrl, { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('No signatures found');
    expect(received[0]!.headers['stripe-signature']).toBeUndefined();
  });

  it('refuses other methods with 405, and bodies over its limit with 413, passing neither on', async () => {
    const get = await fetch(webhookUrl);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const put = await fetch(webhookUrl, { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    const big = await fetch(webhookUrl, { method: 'POST', body: 'x'.repeat(1_000_001) });
    expect(big.status).toBe(413);
    expect(received).toEqual([]);
  });

  it('answers 503 when payments cannot be reached, so Stripe sends the event again', async () => {
    const response = await fetch(toNowhere, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'payments unavailable' });
  });

  it('finds the webhook route on the origin of the payments GraphQL URL', () => {
    expect(stripeWebhookUrlOf('http://payments:4004/graphql')).toBe(
      'http://payments:4004/webhooks/stripe',
    );
  });
});
