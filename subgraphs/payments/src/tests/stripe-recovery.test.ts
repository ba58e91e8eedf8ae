import { describe, expect, it } from 'vitest';
import { approvalsOfOrders } from '../db/queries';
import { INTERRUPTED_REASON } from '../provider/payment-provider';
import {
  approvalRow,
  interruptedAttempt,
  interruptedCharge,
  payOrder,
  readPayment,
  recoverAged,
  unpaidOrder,
} from './payment-flows';
import { orderStatusOf } from './with-orders';
import { usePaymentsWithStripe } from './with-stripe';

const stack = usePaymentsWithStripe();

describe('recovery of charges interrupted at Stripe', () => {
  it('records as APPROVED a charge Stripe made whose answer was lost, and the order is PAID', async () => {
    const { payments, orders, stripe } = stack();
    const order = await unpaidOrder(orders);
    const heal = stripe.loseAnswers((request) => request.path.endsWith('/confirm'));
    const lost = await payOrder(payments, order.patient, {
      orderId: order.orderId,
      paymentMethod: 'pm_card_visa',
    });
    heal();
    expect(lost.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const [intent] = stripe.intentsOfOrder(order.orderId);
    expect(intent?.status).toBe('succeeded');
    const [attempt] = await approvalsOfOrders(payments.runtime.db, [order.orderId]);
    // The intent's id was recorded before it was confirmed.
    expect(attempt).toMatchObject({ status: 'PENDING', providerRef: intent!.id });

    const recovered = await recoverAged(payments, attempt!.id);
    expect(recovered).toMatchObject({ status: 'APPROVED', method: 'visa •••• 4242' });
    expect(await orderStatusOf(orders, order.orderId)).toBe('PAID');
  });

  it("finds by the order and the payment's key a charge whose intent id was never recorded", async () => {
    const { payments, orders, stripe } = stack();
    const order = await unpaidOrder(orders);
    const { id } = await interruptedCharge(payments, order);
    const recovered = await recoverAged(payments, id);
    expect(recovered).toMatchObject({
      status: 'APPROVED',
      providerRef: stripe.intentsOfOrder(order.orderId)[0]!.id,
    });
    expect(await orderStatusOf(orders, order.orderId)).toBe('PAID');
  });

  it('keeps a charge waiting for 3-D Secure REQUIRES_ACTION, and records it once the customer passed', async () => {
    const { payments, orders, stripe } = stack();
    const order = await unpaidOrder(orders);
    const { id } = await interruptedCharge(payments, order, 'pm_card_threeDSecure2Required');
    expect(await recoverAged(payments, id)).toMatchObject({ status: 'REQUIRES_ACTION' });
    const waiting = await readPayment(payments, order.patient, id);
    const [intent] = stripe.intentsOfOrder(order.orderId);
    expect(waiting.data?.paymentApproval?.clientSecret).toBe(intent!.client_secret);
    // Still waiting at the next pass.
    expect(await recoverAged(payments, id)).toMatchObject({ status: 'REQUIRES_ACTION' });
    // It passes, and its webhook is lost: the recovery still learns of it.
    stripe.completeThreeDSecure(intent!.id);
    expect(await recoverAged(payments, id)).toMatchObject({ status: 'APPROVED' });
    expect(await orderStatusOf(orders, order.orderId)).toBe('PAID');
  });

  it('declines a charge that was never confirmed, cancelling its intent first, and one never made', async () => {
    const { payments, orders, stripe } = stack();
    const unconfirmed = await unpaidOrder(orders);
    const attempt = await interruptedAttempt(payments, unconfirmed);
    // The intent was created, and the process stopped before confirming it.
    const intent = stripe.state.createIntent({
      amount: String(attempt.request.amount),
      currency: 'eur',
      payment_method: 'pm_card_visa',
      metadata: { order_id: unconfirmed.orderId, payment_key: attempt.request.idempotencyKey },
    });
    expect(await recoverAged(payments, attempt.id)).toMatchObject({
      status: 'DECLINED',
      failureReason: INTERRUPTED_REASON,
      providerRef: intent.id,
    });
    expect(stripe.state.intent(intent.id).status).toBe('canceled');

    const neverMade = await unpaidOrder(orders);
    const nothing = await interruptedAttempt(payments, neverMade);
    expect(await recoverAged(payments, nothing.id)).toMatchObject({ status: 'DECLINED' });
    // The order is free to be paid again.
    const paid = await payOrder(payments, neverMade.patient, {
      orderId: neverMade.orderId,
      paymentMethod: 'pm_card_visa',
    });
    expect(paid.data?.payOrder.status).toBe('APPROVED');
    expect((await approvalRow(payments, nothing.id))?.status).toBe('DECLINED');
  });
});
