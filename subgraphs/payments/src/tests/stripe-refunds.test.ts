import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { expectError, serviceCaller, userCaller } from '@pharmacy/testing';
import { pharmacistOf } from './fixtures';
import { outboxTopicsOf, payOrder, readPayment, refundPayment, unpaidOrder } from './payment-flows';
import { orderStatusOf } from './with-orders';
import { usePaymentsWithStripe } from './with-stripe';

const stack = usePaymentsWithStripe();

/** A patient's order of `total`, paid through Stripe. */
async function paidOrder(total: number) {
  const { payments, orders, stripe } = stack();
  const order = await unpaidOrder(orders, total);
  const paid = await payOrder(payments, order.patient, {
    orderId: order.orderId,
    paymentMethod: 'pm_card_visa',
  });
  expect(paid.data?.payOrder.status).toBe('APPROVED');
  const [intent] = stripe.intentsOfOrder(order.orderId);
  const chargeOf = () => stripe.state.charges.get(stripe.state.intent(intent!.id).latest_charge!)!;
  return { ...order, paymentId: paid.data!.payOrder.id, intentId: intent!.id, chargeOf };
}

describe('refunds through Stripe', () => {
  it('refunds part and then the rest: the amounts add up, and in full the payment is REFUNDED and the order cancelled', async () => {
    const { payments, orders, stripe, webhookUrl } = stack();
    const { pharmacyId, orderId, paymentId, chargeOf } = await paidOrder(3000);
    const pharmacist = pharmacistOf(pharmacyId);

    const part = await refundPayment(payments, pharmacist, paymentId, 1200);
    expect(part.errors).toBeUndefined();
    expect(part.data?.refundPayment).toMatchObject({
      status: 'APPROVED',
      refundedAmount: { amount: 1200, currency: 'EUR' },
    });
    expect(chargeOf().amount_refunded).toBe(1200);
    // Stripe's word of the same refund changes nothing more.
    const word = stripe.state.events.filter((e) => e.type === 'charge.refunded').at(-1)!;
    expect((await stripe.sendEvent(word, { to: webhookUrl })).status).toBe(200);
    expect(await orderStatusOf(orders, orderId)).toBe('PAID');

    const rest = await refundPayment(payments, pharmacist, paymentId);
    expect(rest.data?.refundPayment).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: 3000, currency: 'EUR' },
    });
    expect(chargeOf()).toMatchObject({ amount_refunded: 3000, refunded: true });
    expect(await orderStatusOf(orders, orderId)).toBe('CANCELLED');
    expect(await outboxTopicsOf(payments, paymentId)).toEqual([
      'payment.approved',
      'payment.refunded',
    ]);
    // Asked for the rest again: as it is. Asked for more: nothing is left.
    const again = await refundPayment(payments, pharmacist, paymentId);
    expect(again.data?.refundPayment.refundedAmount?.amount).toBe(3000);
    expectError(await refundPayment(payments, pharmacist, paymentId, 1), 'BAD_USER_INPUT');
    expect(stripe.state.refunds.size).toBeGreaterThanOrEqual(2);
  });

  it('refuses more than is left, or nothing, with BAD_USER_INPUT, and writes nothing', async () => {
    const { payments, stripe } = stack();
    const { paymentId, chargeOf } = await paidOrder(1000);
    const admin = userCaller('ADMIN');
    expect((await refundPayment(payments, admin, paymentId, 600)).errors).toBeUndefined();
    const refunds = stripe.state.refunds.size;
    for (const amount of [401, 0, -5]) {
      const refused = await refundPayment(payments, admin, paymentId, amount);
      expectError(refused, 'BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe('amount');
    }
    expect(stripe.state.refunds.size).toBe(refunds);
    expect(chargeOf().amount_refunded).toBe(600);
    const payment = await readPayment(payments, admin, paymentId);
    expect(payment.data?.paymentApproval).toMatchObject({
      status: 'APPROVED',
      refundedAmount: { amount: 600 },
    });
  });

  it("learns of a refund made in Stripe's dashboard from its webhook", async () => {
    const { payments, stripe, webhookUrl } = stack();
    const { paymentId, intentId } = await paidOrder(800);
    stripe.state.createRefund({ payment_intent: intentId });
    const word = stripe.state.events.at(-1)!;
    expect(word.type).toBe('charge.refunded');
    await stripe.sendEvent(word, { to: webhookUrl });
    const payment = await readPayment(payments, userCaller('ADMIN'), paymentId);
    expect(payment.data?.paymentApproval).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: 800 },
    });
    // A success delivered after the refund does not undo it.
    const success = stripe.state.events.find(
      (e) =>
        e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === intentId,
    )!;
    await stripe.sendEvent({ ...success, id: `${success.id}_again` }, { to: webhookUrl });
    const after = await readPayment(payments, userCaller('ADMIN'), paymentId);
    expect(after.data?.paymentApproval?.status).toBe('REFUNDED');
  });

  it('refunds what is left when orders says the order was cancelled, once per event', async () => {
    const { payments, stripe } = stack();
    const { orderId, paymentId, intentId, chargeOf } = await paidOrder(2000);
    await refundPayment(payments, userCaller('ADMIN'), paymentId, 500);
    const REFUND_ORDER = `mutation($e: ID!, $o: ID!) { refundOrderPayment(eventId: $e, orderId: $o) }`;
    const refundsOfIntent = () =>
      [...stripe.state.refunds.values()].filter((r) => r.payment_intent === intentId).length;
    const eventId = uuidv7();
    for (const expected of [2, 2]) {
      const answer = await payments.call(serviceCaller('orders'), REFUND_ORDER, {
        e: eventId,
        o: orderId,
      });
      expect(answer).toEqual({ data: { refundOrderPayment: true } });
      expect(refundsOfIntent()).toBe(expected);
    }
    expect(chargeOf()).toMatchObject({ amount_refunded: 2000, refunded: true });
    const payment = await readPayment(payments, userCaller('ADMIN'), paymentId);
    expect(payment.data?.paymentApproval).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: 2000 },
    });
  });
});
