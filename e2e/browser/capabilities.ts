import { medicationIdOf, pharmacyIdOf } from '@pharmacy/demo';
import WebSocket from 'ws';
import type { Stack } from '../stack';

/**
 * What the supergraph can do yet. Ordering, payments and subscriptions are being built beside
 * these tests; the steps that need them are skipped, with the reason, until they answer.
 */
export interface Capabilities {
  ordering: boolean;
  payments: boolean;
  subscriptions: boolean;
}

export async function probeCapabilities(stack: Stack, patientToken: string): Promise<Capabilities> {
  const [orderId, subscriptions] = await Promise.all([
    placeOtcOrder(stack, patientToken),
    acceptsWebSockets(stack.gateway.url),
  ]);
  if (!orderId) return { ordering: false, payments: false, subscriptions };
  const payment = await payOrder(stack, patientToken, orderId, 'pm_card_visa');
  return { ordering: true, payments: payment === 'APPROVED', subscriptions };
}

/** One packet of ibuprofen (over the counter) at the demo pharmacy in Mitte; null on failure. */
export async function placeOtcOrder(stack: Stack, token: string): Promise<string | null> {
  const { body } = await stack.request<{ placeOrder: { id: string } }>(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
    {
      input: {
        pharmacyId: pharmacyIdOf('mitte'),
        lines: [{ medicationId: medicationIdOf('ibuprofen-400mg-tablet'), quantity: 1 }],
        deliveryAddress: 'Torstraße 101, 10119 Berlin',
      },
    },
    token,
  );
  return body.data?.placeOrder?.id ?? null;
}

/** The payment's status, or null when payOrder failed. */
export async function payOrder(
  stack: Stack,
  token: string,
  orderId: string,
  card: string,
): Promise<string | null> {
  const { body } = await stack.request<{ payOrder: { status: string } }>(
    `mutation($id: ID!, $card: String!, $key: String!) {
      payOrder(orderId: $id, paymentMethod: $card, idempotencyKey: $key) { status }
    }`,
    { id: orderId, card, key: `${orderId}-${card}` },
    token,
  );
  return body.data?.payOrder?.status ?? null;
}

/** Whether the gateway completes a graphql-ws handshake on its /graphql path. */
function acceptsWebSockets(httpUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.terminate();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 3_000);
    socket.on('open', () => done(true));
    socket.on('error', () => done(false));
    socket.on('unexpected-response', () => done(false));
  });
}
