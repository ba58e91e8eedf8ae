import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, expectError } from '@pharmacy/testing';
import { approvalRow, payOrder, unpaidOrder } from './payment-flows';
import { usePaymentsWithStripe } from './with-stripe';
import { orderStatusOf } from './with-orders';

const stack = usePaymentsWithStripe();

describe('payOrder through the Stripe adapter', () => {
  it('approves a payment with one PaymentIntent for the order, and the order is PAID', async () => {
    const { payments, orders, stripe } = stack();
    const { patient, orderId, total } = await unpaidOrder(orders, 1850);
    const idempotencyKey = uuidv7();
    const paid = await payOrder(payments, patient, {
      orderId,
      paymentMethod: 'pm_card_visa',
      idempotencyKey,
    });
    expect(paid.errors).toBeUndefined();
    expect(paid.data?.payOrder).toMatchObject({
      status: 'APPROVED',
      provider: 'stripe',
      method: 'visa •••• 4242',
      clientSecret: null,
      amount: { amount: total, currency: 'EUR' },
      refundedAmount: null,
    });
    const [intent, ...others] = stripe.intentsOfOrder(orderId);
    expect(others).toEqual([]);
    expect(intent).toMatchObject({ amount: total, currency: 'eur', status: 'succeeded' });
    expect(intent!.metadata.order_id).toBe(orderId);
    const row = await approvalRow(payments, paid.data!.payOrder.id);
    expect(row).toMatchObject({ provider: 'stripe', providerRef: intent!.id });
    expect(await orderStatusOf(orders, orderId)).toBe('PAID');

    // A retry under the same key is answered from the record: Stripe is not asked again.
    const asked = stripe.requests.length;
    const again = await payOrder(payments, patient, {
      orderId,
      paymentMethod: 'pm_card_visa',
      idempotencyKey,
    });
    expect(again.data?.payOrder.id).toBe(paid.data!.payOrder.id);
    expect(stripe.requests.length).toBe(asked);
  });

  it('records a declined card as DECLINED, with the bank reason, and the order can be paid again', async () => {
    const { payments, orders } = stack();
    const { patient, orderId } = await unpaidOrder(orders);
    const pay = (paymentMethod: string) => payOrder(payments, patient, { orderId, paymentMethod });
    const declined = await pay('pm_card_insufficientFunds');
    expect(declined.data?.payOrder).toMatchObject({
      status: 'DECLINED',
      method: 'visa •••• 9995',
      failureReason: 'Your card has insufficient funds.',
    });
    expect(await orderStatusOf(orders, orderId)).toBe('PENDING_PAYMENT');
    const paid = await pay('pm_card_mastercard');
    expect(paid.data?.payOrder).toMatchObject({
      status: 'APPROVED',
      method: 'mastercard •••• 4444',
    });
  });

  it('refuses a payment method Stripe does not know with BAD_USER_INPUT, and frees the key', async () => {
    const { payments, orders } = stack();
    const { patient, orderId } = await unpaidOrder(orders);
    const idempotencyKey = uuidv7();
    const refused = await payOrder(payments, patient, {
      orderId,
      paymentMethod: 'pm_card_nonsense',
      idempotencyKey,
    });
    expectError(refused, 'BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('paymentMethod');
    const paid = await payOrder(payments, patient, { orderId, paymentMethod: 'pm_card_visa' });
    expect(paid.data?.payOrder.status).toBe('APPROVED');
  });

  it('creates one PaymentIntent for ten concurrent payOrder calls on one order', async () => {
    const { payments, orders, stripe } = stack();
    const { patient, orderId } = await unpaidOrder(orders);
    const shared = uuidv7();
    // Five retries of one request and five other requests, all at once.
    const keys = [
      ...Array.from({ length: 5 }, () => shared),
      ...Array.from({ length: 5 }, () => uuidv7()),
    ];
    const results = await Promise.all(
      keys.map((idempotencyKey) =>
        payOrder(payments, patient, { orderId, paymentMethod: 'pm_card_visa', idempotencyKey }),
      ),
    );
    const approved = results.flatMap((r) => (r.data?.payOrder ? [r.data.payOrder] : []));
    expect(new Set(approved.map((p) => p.id)).size).toBe(1);
    expect(approved.every((p) => p.status === 'APPROVED')).toBe(true);
    // Refused while the charge was under way, or (arriving later) because the order is paid.
    for (const refused of results.filter((r) => !r.data?.payOrder)) {
      expect(['CONFLICT', 'INVALID_STATUS_TRANSITION']).toContain(errorCodeOf(refused));
    }
    expect(stripe.intentsOfOrder(orderId)).toHaveLength(1);
    expect(await orderStatusOf(orders, orderId)).toBe('PAID');
  });
});
