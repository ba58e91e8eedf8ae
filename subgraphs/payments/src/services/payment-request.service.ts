import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isUuid } from '@pharmacy/db';
import { AppError, ConflictError, ErrorCode, NotFoundError, parseInput } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import { approvalByKey, type PaymentApprovalRow } from '../db/queries';

const tokenRequired = 'A payment method token is required';
const keyLength = 'idempotencyKey has 1 to 200 characters';

const payOrderInput = z.object({
  orderId: z.string(),
  paymentMethod: z
    .string()
    .trim()
    .min(1, tokenRequired)
    .max(100, tokenRequired)
    // Refused before anything is hashed or stored: card numbers never reach our database.
    .refine(
      (method) => !/^[\d\s-]{12,}$/.test(method),
      'Send a payment method token, never a card number',
    ),
  idempotencyKey: z.string().min(1, keyLength).max(200, keyLength),
});
export type PayOrderInput = z.input<typeof payOrderInput>;

// Below the gateway's subgraph timeout, so the caller hears back from us first.
const WAIT_FOR_TWIN_MS = 8_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A checked payOrder request and its fingerprint (another under the same key is refused). */
export function parsePayment(input: PayOrderInput) {
  // An order id that cannot exist is the same as an order that does not.
  if (!isUuid(input.orderId)) throw new NotFoundError('Order');
  const { paymentMethod, idempotencyKey } = parseInput(payOrderInput, input);
  const orderId = input.orderId.toLowerCase();
  const requestHash = createHash('sha256')
    .update(JSON.stringify({ orderId, paymentMethod }))
    .digest('base64url');
  return { orderId, paymentMethod, idempotencyKey, requestHash };
}
export type PaymentRequest = ReturnType<typeof parsePayment>;

/** The attempt made earlier under this key; waits while it is still charging. */
export async function earlierAttempt(
  ctx: PaymentsContext,
  payerId: string,
  request: PaymentRequest,
): Promise<PaymentApprovalRow | null> {
  const deadline = Date.now() + WAIT_FOR_TWIN_MS;
  for (;;) {
    const earlier = await approvalByKey(ctx.db, {
      payerId,
      idempotencyKey: request.idempotencyKey,
    });
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
