import { v7 as uuidv7 } from 'uuid';
import { requireUser } from '@pharmacy/auth';
import {
  AppError,
  ConflictError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  mustExist,
} from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import {
  approvalById,
  approvalByKey,
  deleteApprovalIn,
  insertApproval,
  recordReference,
  type PaymentApprovalRow,
} from '../db/queries';
import type { ChargeResult } from '../provider/payment-provider';
import { chargeKeyOf } from './charge-key';
import { recordChargeOutcome } from './charge-outcome.service';
import {
  earlierAttempt,
  parsePayment,
  type PaymentRequest,
  type PayOrderInput,
} from './payment-request.service';
import { refundUnrecordedCharge } from './unrecorded-charge.service';

/**
 * Charges the caller's own PENDING_PAYMENT order for its total. The same key returns the same
 * approval (a twin sent at the same time waits for it); at most one charge per order is under
 * way or approved, which the database enforces with a partial unique index.
 */
export async function payOrder(
  ctx: PaymentsContext,
  input: PayOrderInput,
): Promise<PaymentApprovalRow> {
  const user = requireUser(ctx.caller);
  const request = parsePayment(input);
  // An attempt that failed before charging frees its key; a waiting twin then tries itself.
  for (let pass = 0; pass < 3; pass++) {
    const earlier = await earlierAttempt(ctx, user.userId, request);
    if (earlier) return earlier;
    const order = await ctx.deps.orders.findOrder(request.orderId);
    if (!order) throw new NotFoundError('Order');
    if (order.customer.id !== user.userId)
      throw new ForbiddenError('You may pay only your own orders');
    if (order.status !== 'PENDING_PAYMENT') {
      throw new AppError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        `The order is ${order.status}; only orders awaiting payment can be paid`,
        { from: order.status, to: 'PAID' },
      );
    }
    const attempt = await insertApproval(ctx.db, {
      id: uuidv7(),
      orderId: request.orderId,
      payerId: user.userId,
      pharmacyId: order.pharmacy.id,
      amount: order.total.amount,
      currency: order.total.currency,
      status: 'PENDING',
      provider: ctx.deps.provider.name,
      idempotencyKey: request.idempotencyKey,
      requestHash: request.requestHash,
    });
    if (attempt) return charge(ctx, attempt, request);
    // Either a twin with this key got in first (the next pass returns its approval), or the
    // order already has a charge under way or approved.
    const twin = await approvalByKey(ctx.db, {
      payerId: user.userId,
      idempotencyKey: request.idempotencyKey,
    });
    if (!twin) throw new ConflictError('This order already has a payment approved or under way');
  }
  throw new ConflictError('This payment is being made by another request; try again');
}

/**
 * Asks the provider to charge, the payment's id at the provider recorded before money moves. A
 * card that needs 3-D Secure comes back REQUIRES_ACTION, its client secret kept for this answer
 * only; a charge the provider is still at stays PENDING for a webhook or the recovery to settle.
 */
async function charge(
  ctx: PaymentsContext,
  attempt: PaymentApprovalRow,
  request: PaymentRequest,
): Promise<PaymentApprovalRow> {
  const { provider, relay } = ctx.deps;
  let result: ChargeResult;
  try {
    result = await provider.charge(
      {
        orderId: attempt.orderId,
        amount: attempt.amount,
        currency: attempt.currency,
        paymentMethod: request.paymentMethod,
        idempotencyKey: chargeKeyOf(attempt),
      },
      {
        onReference: async (reference) =>
          void (await recordReference(ctx.db, { id: attempt.id, reference })),
      },
    );
  } catch (error) {
    // Refused before charging (an unknown payment method): nothing happened, free the key. Any
    // other failure leaves the attempt PENDING for the recovery to ask the provider about.
    if (error instanceof AppError && error.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR)
      await deleteApprovalIn(ctx.db, { id: attempt.id, status: 'PENDING' });
    throw error;
  }
  if (result.status === 'PENDING')
    return mustExist(await approvalById(ctx.db, attempt.id), 'Payment approval');
  if (result.status === 'REQUIRES_ACTION')
    ctx.clientSecrets.set(attempt.id, Promise.resolve(result.clientSecret));
  const recorded = await recordChargeOutcome({ db: ctx.db, relay }, attempt.id, result);
  if (recorded) return recorded;
  // Settled meanwhile: by a webhook (then it agrees), or by the recovery that gave up on it while
  // the provider was still at it: money that went through anyway goes back.
  const current = mustExist(await approvalById(ctx.db, attempt.id), 'Payment approval');
  if (result.status === 'APPROVED' && current.status === 'DECLINED')
    await refundUnrecordedCharge(provider, current, result.reference);
  return current;
}
