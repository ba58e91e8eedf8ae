import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Caller } from '@pharmacy/auth';
import { userCaller, type TestSubgraph } from '@pharmacy/testing';
import * as schema from '../db/schema';
import type { PaymentsDeps } from '../deps';
import type { ChargeRequest } from '../provider/payment-provider';
import { chargeKeyOf } from '../services/charge-key';
import { insertApproval } from './fixtures';
import { writeUnpaidOrder } from './with-orders';

type Payments = TestSubgraph<typeof schema, PaymentsDeps>;
type Orders = Parameters<typeof writeUnpaidOrder>[0];

export const PAYMENT = `id status provider method failureReason clientSecret
  amount { amount currency } refundedAmount { amount currency }`;

export interface Payment {
  id: string;
  status: string;
  provider: string;
  method: string | null;
  failureReason: string | null;
  clientSecret: string | null;
  amount: { amount: number; currency: string };
  refundedAmount: { amount: number; currency: string } | null;
}

/** A fresh patient's order awaiting payment at a fresh pharmacy. */
export async function unpaidOrder(orders: Orders, total = 2599) {
  const [patient, pharmacyId] = [userCaller('PATIENT'), uuidv7()];
  const orderId = await writeUnpaidOrder(orders, { customerId: patient.userId, pharmacyId, total });
  return { patient, pharmacyId, orderId, total };
}

export const payOrder = (
  payments: Payments,
  caller: Caller,
  input: { orderId: string; paymentMethod: string; idempotencyKey?: string },
) =>
  payments.call<{ payOrder: Payment }>(
    caller,
    `mutation($o: ID!, $m: String!, $k: String!) {
      payOrder(orderId: $o, paymentMethod: $m, idempotencyKey: $k) { ${PAYMENT} } }`,
    { o: input.orderId, m: input.paymentMethod, k: input.idempotencyKey ?? uuidv7() },
  );

export const readPayment = (payments: Payments, caller: Caller, id: string) =>
  payments.call<{ paymentApproval: Payment | null }>(
    caller,
    `query($id: ID!) { paymentApproval(id: $id) { ${PAYMENT} } }`,
    { id },
  );

export const refundPayment = (payments: Payments, caller: Caller, id: string, amount?: number) =>
  payments.call<{ refundPayment: Payment }>(
    caller,
    `mutation($id: ID!, $amount: Int) { refundPayment(id: $id, amount: $amount) { ${PAYMENT} } }`,
    { id, amount },
  );

/** The approval's row as payments holds it. */
export async function approvalRow(payments: Payments, id: string) {
  const { paymentApprovals } = schema;
  const [row] = await payments.runtime.db
    .select()
    .from(paymentApprovals)
    .where(eq(paymentApprovals.id, id));
  return row;
}

/** The events payments wrote to its outbox about one payment, by topic. */
export async function outboxTopicsOf(payments: Payments, paymentId: string) {
  const { outbox } = schema;
  const rows = await payments.runtime.db
    .select({ topic: outbox.topic })
    .from(outbox)
    .where(sql`${outbox.payload}->>'paymentId' = ${paymentId}`);
  return rows.map((row) => row.topic).sort();
}

/**
 * What a payOrder that crashed leaves: the attempt recorded PENDING, and the request it was about
 * to send the provider (send it, without hooks, for a crash after the provider was asked but
 * before anything more was recorded).
 */
export async function interruptedAttempt(
  payments: Payments,
  order: Awaited<ReturnType<typeof unpaidOrder>>,
  paymentMethod = 'pm_card_visa',
): Promise<{ id: string; request: ChargeRequest }> {
  const idempotencyKey = uuidv7();
  const { orderId, total } = order;
  const id = await insertApproval(payments.runtime.db, {
    payerId: order.patient.userId,
    pharmacyId: order.pharmacyId,
    orderId,
    amount: total,
    status: 'PENDING',
    provider: payments.runtime.deps.provider.name,
    idempotencyKey,
  });
  const key = chargeKeyOf({ orderId, idempotencyKey });
  return {
    id,
    request: { orderId, amount: total, currency: 'EUR', paymentMethod, idempotencyKey: key },
  };
}

/** The provider charged the attempt, and the process stopped before it recorded anything of it. */
export async function interruptedCharge(
  payments: Payments,
  order: Awaited<ReturnType<typeof unpaidOrder>>,
  paymentMethod?: string,
) {
  const attempt = await interruptedAttempt(payments, order, paymentMethod);
  return { ...attempt, charged: await payments.runtime.deps.provider.charge(attempt.request) };
}

/** Nothing heard of the approval for long: the recovery's next pass takes it first. */
export async function ageApproval(payments: Payments, id: string) {
  const { paymentApprovals } = schema;
  await payments.runtime.db
    .update(paymentApprovals)
    .set({ updatedAt: new Date('2000-01-01T00:00:00Z') })
    .where(eq(paymentApprovals.id, id));
}

/** One pass of the recovery, after the approval was aged; the approval as it is then. */
export async function recoverAged(payments: Payments, id: string) {
  await ageApproval(payments, id);
  await payments.runtime.deps.recovery.recover();
  return approvalRow(payments, id);
}
