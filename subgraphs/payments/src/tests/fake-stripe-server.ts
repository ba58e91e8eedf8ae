import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { readBody } from '@pharmacy/service';
import { headerOf, parseForm, send, type Answer } from './fake-stripe-http';
import { FakeStripeState, StripeApiError } from './fake-stripe-state';

/**
 * A local HTTP server that speaks the part of Stripe's REST API the Stripe adapter uses, so the
 * real `stripe` client can be pointed at it (STRIPE_API_URL) and no request leaves the machine:
 * PaymentIntents create, confirm, retrieve, cancel and search; refunds; Idempotency-Key as Stripe
 * keeps it (the same key and body answer the first answer again, the same key with another body
 * is a 400 idempotency_error); the test cards of provider/test-cards.ts, the 3-D Secure one
 * waiting in requires_action; and webhooks signed the way Stripe signs them.
 */
export interface FakeStripeServer {
  /** Where the API answers: STRIPE_API_URL. */
  url: string;
  /** The secret key to give the client (any `sk_test_…` key is taken unless one was set). */
  secretKey: string;
  /** The endpoint's signing secret, to give payments as STRIPE_WEBHOOK_SECRET. */
  webhookSecret: string;
  /** Its objects and every event they sent, oldest first. */
  state: FakeStripeState;
  /** Every API request, in order of arrival. */
  requests: FakeStripeRequest[];
  /** The PaymentIntents made for an order (its id in the metadata), newest first. */
  intentsOfOrder(orderId: string): ReturnType<FakeStripeState['search']>;
  /** The customer passes (or fails) 3-D Secure; the event Stripe sends for it. */
  completeThreeDSecure(intentId: string, outcome?: 'succeeded' | 'failed'): Stripe.Event;
  /** A `stripe-signature` header for the payload, under the endpoint's secret or another. */
  signatureOf(payload: string, secret?: string): string;
  /**
   * Posts an event to a webhook endpoint (`to`, else the `webhookUrl` it was started with),
   * signed as Stripe signs it, under another secret, or unsigned (`signature: null`).
   */
  sendEvent(
    event: Stripe.Event,
    options?: { to?: string; secret?: string; signature?: string | null },
  ): Promise<Response>;
  /**
   * From now until the returned function is called, requests that match are carried out but
   * their answer is lost (the connection is cut), as when the caller crashes mid-call.
   */
  loseAnswers(match: (request: FakeStripeRequest) => boolean): () => void;
  stop(): Promise<void>;
}

export interface FakeStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  /** Answered from the idempotency record of an earlier request. */
  replayed: boolean;
}

export interface FakeStripeServerOptions {
  secretKey?: string;
  webhookSecret?: string;
  webhookUrl?: string;
}

export async function startFakeStripeServer(
  options: FakeStripeServerOptions = {},
): Promise<FakeStripeServer> {
  const state = new FakeStripeState();
  const requests: FakeStripeRequest[] = [];
  const idempotency = new Map<string, { fingerprint: string; answer: Answer }>();
  const losing = new Set<(request: FakeStripeRequest) => boolean>();
  const webhookSecret = options.webhookSecret ?? `whsec_${Date.now().toString(16)}fake`;
  const acceptsKey = (key: string) =>
    options.secretKey ? key === options.secretKey : key.startsWith('sk_test_');

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, { status: 500, body: { error: { type: 'api_error', message: String(error) } } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const text = await readBody(req);
    const key = headerOf(req, 'idempotency-key');
    const request = {
      method: req.method ?? 'GET',
      path: url.pathname,
      idempotencyKey: key,
      replayed: false,
    };
    requests.push(request);
    const bearer = /^Bearer (.+)$/.exec(headerOf(req, 'authorization') ?? '')?.[1];
    if (!bearer || !acceptsKey(bearer)) {
      const error = { type: 'invalid_request_error', message: 'Invalid API Key provided' };
      return send(res, { status: 401, body: { error } });
    }
    const params = parseForm(request.method === 'GET' ? url.search.slice(1) : text);
    let answer: Answer;
    const fingerprint = `${request.method} ${url.pathname} ${text}`;
    const earlier = key && request.method === 'POST' ? idempotency.get(key) : undefined;
    if (earlier && earlier.fingerprint !== fingerprint) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`;
      answer = { status: 400, body: { error: { type: 'idempotency_error', message } } };
    } else if (earlier) {
      request.replayed = true;
      answer = earlier.answer;
    } else {
      answer = route(request.method, url.pathname, params);
      if (key && request.method === 'POST' && answer.status < 500)
        idempotency.set(key, { fingerprint, answer });
    }
    if ([...losing].some((match) => match(request))) return void req.socket.destroy();
    send(res, answer, request.replayed);
  }

  function route(method: string, path: string, params: Record<string, unknown>): Answer {
    const expand = Array.isArray(params.expand) ? (params.expand as string[]) : [];
    const intent = (i: Parameters<FakeStripeState['present']>[0]) => ({
      status: 200,
      body: state.present(i, expand),
    });
    try {
      const [, id, action] = /^\/v1\/payment_intents(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path) ?? [];
      if (path === '/v1/payment_intents' && method === 'POST')
        return intent(state.createIntent(params));
      if (id === 'search' && method === 'GET') {
        const data = state.search(String(params.query ?? '')).map((i) => state.present(i, []));
        const body = { object: 'search_result', url: path, has_more: false, next_page: null, data };
        return { status: 200, body };
      }
      if (id && !action && method === 'GET') return intent(state.intent(id));
      if (id && action === 'confirm' && method === 'POST')
        return intent(state.confirmIntent(id, params));
      if (id && action === 'cancel' && method === 'POST') return intent(state.cancelIntent(id));
      if (path === '/v1/refunds' && method === 'POST')
        return { status: 200, body: state.createRefund(params) };
      throw new StripeApiError(404, {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${method}: ${path})`,
      });
    } catch (error) {
      if (error instanceof StripeApiError)
        return { status: error.status, body: { error: error.error } };
      throw error;
    }
  }

  const at = await new Promise<AddressInfo>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo)),
  );
  const signatureOf = (payload: string, secret = webhookSecret) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret });

  return {
    url: `http://127.0.0.1:${at.port}`,
    secretKey: options.secretKey ?? 'sk_test_fake_stripe_server',
    webhookSecret,
    state,
    requests,
    intentsOfOrder: (orderId) => state.search(`metadata['order_id']:'${orderId}'`),
    completeThreeDSecure: (intentId, outcome) => state.completeThreeDSecure(intentId, outcome),
    signatureOf,
    async sendEvent(event, { to = options.webhookUrl, secret, signature } = {}) {
      if (!to) throw new Error('Where to? Give `to`, or a webhookUrl when starting the server');
      const payload = JSON.stringify(event, null, 2);
      const header = signature === undefined ? signatureOf(payload, secret) : signature;
      return fetch(to, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          ...(header === null ? {} : { 'stripe-signature': header }),
        },
        body: payload,
      });
    },
    loseAnswers(match) {
      losing.add(match);
      return () => void losing.delete(match);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
