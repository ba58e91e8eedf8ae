import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, REQUEST_ID_HEADER, sendJson, type Logger } from '@pharmacy/service';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Stripe's events are a few kilobytes; nothing bigger is read. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1_000_000;
/** The only request headers passed on: what the signature check needs, and nothing of ours. */
const FORWARDED_HEADERS = ['content-type', 'stripe-signature'] as const;

export interface StripeWebhookOptions {
  /** The payments subgraph's GraphQL URL; its webhook route is on the same origin. */
  paymentsUrl: string;
  timeoutMs: number;
  log: Logger;
  bodyLimitBytes?: number;
}

/** Where payments answers Stripe's webhooks, beside its /graphql. */
export function stripeWebhookUrlOf(paymentsGraphqlUrl: string): string {
  return new URL(STRIPE_WEBHOOK_PATH, paymentsGraphqlUrl).toString();
}

/**
 * POST /webhooks/stripe: passed to payments as it came, byte for byte, because the signature
 * is over the raw body; payments checks it. Not GraphQL, so no caller, CSRF rule or
 * credential: what payments answers (status and body) goes back to Stripe, which retries on
 * anything but 2xx.
 */
export function createStripeWebhookHandler(options: StripeWebhookOptions) {
  const target = stripeWebhookUrlOf(options.paymentsUrl);
  const limit = options.bodyLimitBytes ?? WEBHOOK_BODY_LIMIT_BYTES;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    const body = await readRawBody(req, limit);
    const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let answer: Answer;
    try {
      answer = await post(target, body, headers, options.timeoutMs);
    } catch (error) {
      // Stripe sends the event again later: nothing is lost by answering 503.
      options.log.warn('stripe webhook not delivered to payments', { requestId, error });
      return sendJson(res, 503, { error: 'payments unavailable' });
    }
    res.writeHead(answer.status, {
      'content-type': answer.contentType ?? 'text/plain; charset=utf-8',
      'content-length': answer.body.length,
    });
    res.end(answer.body);
  };
}

interface Answer {
  status: number;
  contentType: string | null;
  body: Buffer;
}

/** Throws when payments does not answer in time (or at all). */
async function post(
  url: string,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The body as bytes (never decoded: a re-encoded body would fail the signature). */
async function readRawBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers['content-length'] ?? 0) > limit)
    throw new HttpError(413, 'Request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
