import { describe, expect, it, vi } from 'vitest';
import { userCaller } from '@pharmacy/testing';
import { pharmacistOf } from './fixtures';
import { outboxTopicsOf, payOrder, readPayment, unpaidOrder, type Payment } from './payment-flows';
import { orderStatusOf } from './with-orders';
import { usePaymentsWithStripe } from './with-stripe';

const stack = usePaymentsWithStripe();

/** A patient's order paid with the 3-D Secure test card: REQUIRES_ACTION, waiting for the bank. */
async function waitingForThreeDSecure() {
  const { payments, orders, stripe } = stack();
  const order = await unpaidOrder(orders);
  const paid = await payOrder(payments, order.patient, {
    orderId: order.orderId,
    paymentMethod: 'pm_card_threeDSecure2Required',
  });
  expect(paid.errors).toBeUndefined();
  const payment = paid.data!.payOrder;
  const [intent] = stripe.intentsOfOrder(order.orderId);
  return { ...order, payment, intentId: intent!.id };
}

describe('Stripe webhooks at POST /webhooks/stripe', () => {
  it('approves a 3-D Secure payment: REQUIRES_ACTION with a client secret for the payer only, then APPROVED and PAID', async () => {
    const { payments, orders, stripe, webhookUrl } = stack();
    const { patient, pharmacyId, orderId, payment, intentId } = await waitingForThreeDSecure();
    expect(payment).toMatchObject({ status: 'REQUIRES_ACTION', method: 'visa •••• 3220' });
    expect(payment.clientSecret).toBe(stripe.state.intent(intentId).client_secret);
    // Asked again later (not from payOrder's answer), the secret comes from Stripe: payer only.
    const read = await readPayment(payments, patient, payment.id);
    expect(read.data?.paymentApproval?.clientSecret).toBe(payment.clientSecret);
    for (const other of [userCaller('ADMIN'), pharmacistOf(pharmacyId)]) {
      const seen = await readPayment(payments, other, payment.id);
      expect(seen.data?.paymentApproval).toMatchObject({
        status: 'REQUIRES_ACTION',
        clientSecret: null,
      });
    }
    expect(await orderStatusOf(orders, orderId)).toBe('PENDING_PAYMENT');

    const response = await stripe.sendEvent(stripe.completeThreeDSecure(intentId), {
      to: webhookUrl,
    });
    expect(response.status).toBe(200);
    const after = await readPayment(payments, patient, payment.id);
    expect(after.data?.paymentApproval).toMatchObject({ status: 'APPROVED', clientSecret: null });
    expect(await orderStatusOf(orders, orderId)).toBe('PAID');
  });

  it("asks Stripe for a waiting payment's client secret once per request, however often it is named", async () => {
    const { payments, stripe } = stack();
    const { patient, payment, intentId } = await waitingForThreeDSecure();
    const asked = () =>
      stripe.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${intentId}`)).length;
    const before = asked();
    const twice = await payments.call<{ a: Payment | null; b: Payment | null }>(
      patient,
      `query($id: ID!) { a: paymentApproval(id: $id) { clientSecret } b: paymentApproval(id: $id) { clientSecret } }`,
      { id: payment.id },
    );
    const { clientSecret } = payment;
    expect(twice).toEqual({ data: { a: { clientSecret }, b: { clientSecret } } });
    expect(asked() - before).toBe(1);
  });

  it('applies the same webhook once however often it arrives, at once or later', async () => {
    const { payments, stripe, webhookUrl } = stack();
    const { payment, intentId } = await waitingForThreeDSecure();
    const event = stripe.completeThreeDSecure(intentId);
    const answers = await Promise.all(
      [1, 2, 3].map(async () => (await stripe.sendEvent(event, { to: webhookUrl })).json()),
    );
    expect(answers.map((a: { applied: string }) => a.applied).sort()).toEqual([
      'applied',
      'duplicate',
      'duplicate',
    ]);
    const late = await stripe.sendEvent(event, { to: webhookUrl });
    expect(await late.json()).toEqual({ received: true, applied: 'duplicate' });
    expect(await outboxTopicsOf(payments, payment.id)).toEqual(['payment.approved']);
  });

  it('refuses a forged, unsigned or altered webhook with 400, logs it, and changes nothing', async () => {
    const { payments, stripe, webhookUrl } = stack();
    const { patient, payment, intentId } = await waitingForThreeDSecure();
    const event = stripe.completeThreeDSecure(intentId);
    const warn = vi.spyOn(payments.runtime.log, 'warn');
    const forged = await stripe.sendEvent(event, { to: webhookUrl, secret: 'whsec_forgedforged' });
    const unsigned = await stripe.sendEvent(event, { to: webhookUrl, signature: null });
    // Signed, but over another body than the one sent.
    const signature = stripe.signatureOf(JSON.stringify({ ...event, id: 'evt_other' }, null, 2));
    const altered = await stripe.sendEvent(event, { to: webhookUrl, signature });
    expect([forged.status, unsigned.status, altered.status]).toEqual([400, 400, 400]);
    const reasons = warn.mock.calls
      .filter(([message]) => message === 'refused a stripe webhook')
      .map(([, fields]) => fields?.reason);
    expect(reasons).toEqual(['bad signature', 'unsigned', 'bad signature']);
    warn.mockRestore();
    const after = await readPayment(payments, patient, payment.id);
    expect(after.data?.paymentApproval?.status).toBe('REQUIRES_ACTION');
    // Webhooks are POSTed; nothing else is answered there.
    expect((await fetch(webhookUrl)).status).toBe(405);
  });

  it('declines a payment whose 3-D Secure check failed, and a late failure never undoes a success', async () => {
    const { payments, stripe, webhookUrl } = stack();
    const failed = await waitingForThreeDSecure();
    await stripe.sendEvent(stripe.completeThreeDSecure(failed.intentId, 'failed'), {
      to: webhookUrl,
    });
    const declined = await readPayment(payments, failed.patient, failed.payment.id);
    expect(declined.data?.paymentApproval).toMatchObject({
      status: 'DECLINED',
      clientSecret: null,
    });
    expect(declined.data?.paymentApproval?.failureReason).toMatch(/failed authentication/);

    const paid = await waitingForThreeDSecure();
    const success = stripe.completeThreeDSecure(paid.intentId);
    // A failure from an earlier attempt on the same intent, delivered after its success.
    const staleFailure = {
      ...structuredClone(success),
      id: `${success.id}_failure`,
      type: 'payment_intent.payment_failed',
    };
    await stripe.sendEvent(success, { to: webhookUrl });
    await stripe.sendEvent(staleFailure as typeof success, { to: webhookUrl });
    const approved = await readPayment(payments, paid.patient, paid.payment.id);
    expect(approved.data?.paymentApproval?.status).toBe('APPROVED');
  });

  it('takes a refund heard of before the success, and a late success does not undo it', async () => {
    const { payments, stripe, webhookUrl } = stack();
    const { patient, payment, intentId } = await waitingForThreeDSecure();
    const success = stripe.completeThreeDSecure(intentId);
    stripe.state.createRefund({ payment_intent: intentId });
    const refunded = stripe.state.events.at(-1)!;
    await stripe.sendEvent(refunded, { to: webhookUrl });
    await stripe.sendEvent(success, { to: webhookUrl });
    const after = await readPayment(payments, patient, payment.id);
    expect(after.data?.paymentApproval).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: payment.amount.amount },
    });
    expect(await outboxTopicsOf(payments, payment.id)).toEqual([
      'payment.approved',
      'payment.refunded',
    ]);
  });

  it('gives back money taken for an attempt already declined, and it stays DECLINED', async () => {
    const { payments, stripe, webhookUrl } = stack();
    const { patient, payment, intentId } = await waitingForThreeDSecure();
    await stripe.sendEvent(stripe.completeThreeDSecure(intentId, 'failed'), { to: webhookUrl });
    // The customer tries again on the same intent with another card, and it goes through.
    stripe.state.confirmIntent(intentId, { payment_method: 'pm_card_visa' });
    const success = stripe.state.events.at(-1)!;
    for (let i = 0; i < 2; i++)
      expect((await stripe.sendEvent(success, { to: webhookUrl })).status).toBe(200);
    const charge = stripe.state.charges.get(stripe.state.intent(intentId).latest_charge!)!;
    expect(charge).toMatchObject({ refunded: true, amount_refunded: payment.amount.amount });
    expect(stripe.state.refunds.size).toBeGreaterThan(0);
    const after = await readPayment(payments, patient, payment.id);
    expect(after.data?.paymentApproval?.status).toBe('DECLINED');
    expect(await outboxTopicsOf(payments, payment.id)).toEqual([]);
  });
});
