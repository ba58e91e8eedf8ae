import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { isUuid } from '@pharmacy/db';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ErrorCode,
  NotFoundError,
} from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import type { PaymentApprovalRow } from '../db/queries';
import { paymentApprovals } from '../db/schema';

export interface PayOrderInput {
  orderId: string;
  paymentMethod: string;
  idempotencyKey: string;
}

// Below the gateway's subgraph timeout, so the caller hears back from us first.
const WAIT_FOR_TWIN_MS = 8_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A checked payOrder request and its fingerprint (another under the same key is refused). */
export function parsePayment(input: PayOrderInput) {
  if (!isUuid(input.orderId)) throw new NotFoundError('Order');
  const paymentMethod = input.paymentMethod.trim();
  if (paymentMethod.length === 0 || paymentMethod.length > 100)
    throw new BadUserInputError('A payment method token is required', { field: 'paymentMethod' });
  // Refused before anything is hashed or stored: card numbers never reach our database.
  if (/^[\d\s-]{12,}$/.test(paymentMethod))
    throw new BadUserInputError('Send a payment method token, never a card number', {
      field: 'paymentMethod',
    });
  const key = input.idempotencyKey;
  if (key.length === 0 || key.length > 200)
    throw new BadUserInputError('idempotencyKey has 1 to 200 characters', {
      field: 'idempotencyKey',
    });
  const orderId = input.orderId.toLowerCase();
  const requestHash = createHash('sha256')
    .update(JSON.stringify({ orderId, paymentMethod }))
    .digest('base64url');
  return { orderId, paymentMethod, idempotencyKey: key, requestHash };
}
export type PaymentRequest = ReturnType<typeof parsePayment>;

export const keyOf = (payerId: string, request: PaymentRequest) =>
  and(
    eq(paymentApprovals.payerId, payerId),
    eq(paymentApprovals.idempotencyKey, request.idempotencyKey),
  );

/** The attempt made earlier under this key; waits while it is still charging. */
export async function earlierAttempt(
  ctx: PaymentsContext,
  payerId: string,
  request: PaymentRequest,
): Promise<PaymentApprovalRow | null> {
  const deadline = Date.now() + WAIT_FOR_TWIN_MS;
  for (;;) {
    const [earlier] = await ctx.db.select().from(paymentApprovals).where(keyOf(payerId, request));
    if (!earlier) return null;
    if (earlier.requestHash !== request.requestHash) {
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotency key was used for a different payment',
      );
    }
    if (earlier.status !== 'PENDING') return earlier;
    if (Date.now() > deadline) throw new ConflictError('This payment is still under way');
    await sleep(25);
  }
}
