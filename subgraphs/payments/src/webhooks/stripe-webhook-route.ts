import type { RequestListener } from 'node:http';
import Stripe from 'stripe';
import { readBody, REQUEST_ID_HEADER, sendJson } from '@pharmacy/service';
import type { PaymentsRuntime } from '../deps';
import { providerEventOf } from '../provider/stripe-events';
import { applyProviderEvent } from '../services/provider-event.service';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Stripe's events are a few kilobytes. */
const BODY_LIMIT_BYTES = 1_000_000;

/**
 * POST /webhooks/stripe: an event from Stripe, checked against the endpoint's signing secret
 * over the raw body. Unsigned or mis-signed is refused with 400 (and logged); an event applied
 * (or applied before) is 200; a failure to apply it is 500, and Stripe sends it again.
 */
export function stripeWebhookRoute(runtime: PaymentsRuntime): RequestListener {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    const refuse = (reason: string, detail?: string) => {
      const requestId = req.headers[REQUEST_ID_HEADER];
      runtime.log.warn('refused a stripe webhook', { reason, detail, requestId });
      sendJson(res, 400, { error: reason });
    };
    const { webhookSecret, providers, relay } = runtime.deps;
    if (!webhookSecret)
      return refuse('stripe webhooks are not enabled: payments does not use stripe');
    // The signature check reads the bytes as UTF-8 itself: the text checks the same as the bytes.
    const body = await readBody(req, BODY_LIMIT_BYTES);
    const signature = req.headers['stripe-signature'];
    if (typeof signature !== 'string' || signature === '') return refuse('unsigned');
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(body, signature, webhookSecret);
    } catch (error) {
      return refuse('bad signature', error instanceof Error ? error.message : String(error));
    }
    const known = providerEventOf(event);
    if (!known) return sendJson(res, 200, { received: true, ignored: event.type });
    const deps = { db: runtime.db, log: runtime.log, relay, providers };
    const applied = await applyProviderEvent(deps, 'stripe', known);
    sendJson(res, 200, { received: true, applied });
  };
}
