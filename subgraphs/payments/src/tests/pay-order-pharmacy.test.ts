import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import * as schema from '../db/schema';
import { expectError, pharmacistOf, user } from './fixtures';
import { orderStatusOf, usePaymentsWithOrders, writeUnpaidOrder } from './with-orders';

const stack = usePaymentsWithOrders();

const PAY = `mutation($o: ID!, $k: String!) {
  payOrder(orderId: $o, paymentMethod: "pm_card_visa", idempotencyKey: $k) { id status } }`;
const REFUND = `mutation($id: ID!) { refundPayment(id: $id) { id status } }`;

/** A patient's order at a fresh pharmacy, paid through payOrder; the approval's id. */
async function paidOrder() {
  const { payments, orders } = stack();
  const [patient, pharmacyId] = [user('PATIENT'), uuidv7()];
  const orderId = await writeUnpaidOrder(orders, {
    customerId: patient.userId,
    pharmacyId,
    total: 1299,
  });
  const paid = await payments.call<{ payOrder: { id: string; status: string } }>(patient, PAY, {
    o: orderId,
    k: uuidv7(),
  });
  expect(paid.errors).toBeUndefined();
  expect(paid.data?.payOrder.status).toBe('APPROVED');
  return { patient, pharmacyId, orderId, approvalId: paid.data!.payOrder.id };
}

const statusOf = async (approvalId: string) => {
  const { paymentApprovals } = schema;
  const [row] = await stack()
    .payments.runtime.db.select()
    .from(paymentApprovals)
    .where(eq(paymentApprovals.id, approvalId));
  return row?.status;
};
const refund = (caller: Caller, id: string) =>
  stack().payments.call<{ refundPayment: { status: string } }>(caller, REFUND, { id });

describe("payOrder and refundPayment, scoped by the order's pharmacy", () => {
  it("records the order's pharmacy, whose pharmacists then see the payment", async () => {
    const { pharmacyId, orderId, approvalId } = await paidOrder();
    const { paymentApprovals } = schema;
    const [row] = await stack()
      .payments.runtime.db.select({ pharmacyId: paymentApprovals.pharmacyId })
      .from(paymentApprovals)
      .where(eq(paymentApprovals.id, approvalId));
    expect(row).toEqual({ pharmacyId });
    const read = `query($id: ID!) { paymentApproval(id: $id) { order { id } } }`;
    const own = await stack().payments.call(pharmacistOf(pharmacyId), read, { id: approvalId });
    expect(own).toEqual({ data: { paymentApproval: { order: { id: orderId } } } });
    expectError(
      await stack().payments.call(pharmacistOf(uuidv7()), read, { id: approvalId }),
      'FORBIDDEN',
    );
  });

  it("refuses a refund to another pharmacy's pharmacist, and lets the pharmacy's own", async () => {
    const { orders } = stack();
    const { pharmacyId, orderId, approvalId } = await paidOrder();
    for (const caller of [pharmacistOf(uuidv7()), pharmacistOf(), user('PATIENT')]) {
      const refused = await refund(caller, approvalId);
      expectError(refused, 'FORBIDDEN');
      expect(refused.data).toBeNull();
      expect(await statusOf(approvalId)).toBe('APPROVED');
    }
    const refunded = await refund(pharmacistOf(pharmacyId), approvalId);
    expect(refunded.data?.refundPayment.status).toBe('REFUNDED');
    expect(await statusOf(approvalId)).toBe('REFUNDED');
    // Orders heard of it: the order, not yet dispatched, is cancelled.
    expect(await orderStatusOf(orders, orderId)).toBe('CANCELLED');
  });

  it('lets admins refund any payment, even one that does not know its pharmacy', async () => {
    const { approvalId } = await paidOrder();
    const { paymentApprovals } = schema;
    await stack()
      .payments.runtime.db.update(paymentApprovals)
      .set({ pharmacyId: null })
      .where(eq(paymentApprovals.id, approvalId));
    expectError(await refund(pharmacistOf(uuidv7()), approvalId), 'FORBIDDEN');
    const refunded = await refund(user('ADMIN'), approvalId);
    expect(refunded.data?.refundPayment.status).toBe('REFUNDED');
  });
});
