import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { tables as inventoryDb } from '@pharmacy/inventory/testing';
import { tables as ordersDb } from '@pharmacy/orders/testing';
import { tables as paymentsDb } from '@pharmacy/payments/testing';
import { tables as prescriptionsDb } from '@pharmacy/prescriptions/testing';
import { eventually, type Shop } from './ordering-support';
import type { Stack } from './stack';

const databases = (stack: Stack) => ({
  orders: stack.subgraphs.orders.runtime.db,
  payments: stack.subgraphs.payments.runtime.db,
  inventory: stack.subgraphs.inventory.runtime.db,
  prescriptions: stack.subgraphs.prescriptions.runtime.db,
});

const ordersOf = (stack: Stack, customerIds: string[]) =>
  databases(stack)
    .orders.select()
    .from(ordersDb.orders)
    .where(inArray(ordersDb.orders.customerId, customerIds));

/** Waits until both outboxes have delivered every event about these customers' orders. */
export async function drainOutboxes(stack: Stack, customerIds: string[]): Promise<void> {
  const ids = (await ordersOf(stack, customerIds)).map((order) => order.id);
  if (ids.length === 0) return;
  const db = databases(stack);
  const pending = async () => {
    const about = (payload: unknown) => inArray(sql`${payload}->>'orderId'`, ids);
    const [orders, payments] = await Promise.all([
      db.orders
        .select()
        .from(ordersDb.outbox)
        .where(and(isNull(ordersDb.outbox.publishedAt), about(ordersDb.outbox.payload))),
      db.payments
        .select()
        .from(paymentsDb.outbox)
        .where(and(isNull(paymentsDb.outbox.publishedAt), about(paymentsDb.outbox.payload))),
    ]);
    return [...orders, ...payments].map(({ topic, attempts, lastError }) => ({
      topic,
      attempts,
      lastError,
    }));
  };
  await eventually(pending, (rows) => rows.length === 0, 20_000);
}

const sameLines = (a: { medicationId: string; quantity: number }[], b: typeof a) =>
  JSON.stringify([...a].sort((x, y) => x.medicationId.localeCompare(y.medicationId))) ===
  JSON.stringify([...b].sort((x, y) => x.medicationId.localeCompare(y.medicationId)));

/**
 * Every row written for these customers agrees across the four databases: what each order
 * holds in inventory and prescriptions and what payments charged match its status, and the
 * shop's stock and the prescriptions' quantities add up. Run after the outboxes drained.
 */
export async function expectConsistent(
  stack: Stack,
  scope: { customerIds: string[]; shop: Shop; prescriptionIds?: string[] },
): Promise<void> {
  await drainOutboxes(stack, scope.customerIds);
  const db = databases(stack);
  const orders = await ordersOf(stack, scope.customerIds);
  const ids = orders.map((order) => order.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const [lines, reservations, dispensed, approvals, stock] = await Promise.all([
    db.orders
      .select()
      .from(ordersDb.orderLines)
      .where(inArray(ordersDb.orderLines.orderId, ids.length ? ids : none)),
    db.inventory
      .select()
      .from(inventoryDb.stockReservations)
      .where(eq(inventoryDb.stockReservations.pharmacyId, scope.shop.pharmacyId)),
    db.prescriptions
      .select({
        orderId: prescriptionsDb.dispensations.orderId,
        medicationId: prescriptionsDb.prescriptionItems.medicationId,
        prescriptionId: prescriptionsDb.prescriptionItems.prescriptionId,
        quantity: prescriptionsDb.dispensations.quantity,
        status: prescriptionsDb.dispensations.status,
        allowed: sql<number>`${prescriptionsDb.prescriptionItems.quantity} * (1 + ${prescriptionsDb.prescriptionItems.refills})`,
      })
      .from(prescriptionsDb.dispensations)
      .innerJoin(
        prescriptionsDb.prescriptionItems,
        eq(prescriptionsDb.prescriptionItems.id, prescriptionsDb.dispensations.itemId),
      )
      .where(
        inArray(
          prescriptionsDb.prescriptionItems.prescriptionId,
          scope.prescriptionIds?.length ? scope.prescriptionIds : none,
        ),
      ),
    db.payments
      .select()
      .from(paymentsDb.paymentApprovals)
      .where(inArray(paymentsDb.paymentApprovals.payerId, scope.customerIds)),
    db.inventory
      .select()
      .from(inventoryDb.stock)
      .where(eq(inventoryDb.stock.pharmacyId, scope.shop.pharmacyId)),
  ]);
  const problems: string[] = [];
  const fail = (order: { id: string; status: string }, what: string) =>
    problems.push(`${order.id} ${order.status}: ${what}`);
  const known = new Set(ids);
  for (const row of [...reservations, ...dispensed, ...approvals])
    if (!known.has(row.orderId))
      problems.push(`${row.orderId}: held or paid for an order that does not exist`);

  for (const order of orders) {
    const ordered = lines
      .filter((l) => l.orderId === order.id)
      .map(({ medicationId, quantity }) => ({ medicationId, quantity }));
    const held = reservations.filter((r) => r.orderId === order.id);
    const taken = dispensed.filter((d) => d.orderId === order.id);
    const paid = approvals.filter((a) => a.orderId === order.id);
    const heldStatus = new Set(held.map((r) => r.status));
    const takenStatus = new Set(taken.map((d) => d.status));
    const approved = paid.filter((a) => a.status === 'APPROVED');
    const live = order.placement === 'PLACED' && order.status !== 'CANCELLED';
    if (order.placement === 'PLACING') fail(order, 'placement never finished');
    if (paid.some((a) => a.status === 'PENDING')) fail(order, 'a charge is still PENDING');
    if (paid.filter((a) => a.status !== 'DECLINED').length > 1)
      fail(order, 'charged more than once');
    if (!live) {
      if (held.length && !(heldStatus.size === 1 && heldStatus.has('RELEASED')))
        fail(order, 'still holds stock');
      if (taken.some((d) => d.status === 'TAKEN')) fail(order, 'still holds prescription quantity');
      if (approved.length) fail(order, 'an approved payment was not refunded');
      continue;
    }
    if (
      !sameLines(
        held.map(({ medicationId, quantity }) => ({ medicationId, quantity })),
        ordered,
      )
    )
      fail(order, 'stock held differs from its lines');
    const rxLines = ordered.filter((line) => line.medicationId === scope.shop.rx);
    if (
      !sameLines(
        taken.map(({ medicationId, quantity }) => ({ medicationId, quantity })),
        rxLines,
      )
    )
      fail(order, 'prescription quantity differs from its Rx lines');
    if (taken.length && !(takenStatus.size === 1 && takenStatus.has('TAKEN')))
      fail(order, 'prescription quantity was given back');
    const expected = order.status === 'PENDING_PAYMENT' ? 'RESERVED' : 'COMMITTED';
    if (!(heldStatus.size === 1 && heldStatus.has(expected)))
      fail(order, `stock is ${[...heldStatus]}, not ${expected}`);
    const settled = paid.filter((a) => a.status === 'APPROVED' || a.status === 'REFUNDED');
    if (order.status === 'PENDING_PAYMENT' && settled.length) fail(order, 'paid but not PAID');
    if (['PAID', 'PREPARING'].includes(order.status) && approved.length !== 1)
      fail(order, 'not paid exactly once');
    if (order.status !== 'PENDING_PAYMENT' && settled.length !== 1)
      fail(order, 'no payment behind it');
    if (settled.some((a) => a.amount !== order.totalAmount))
      fail(order, 'charged another amount than its total');
  }

  for (const row of stock) {
    const held = reservations.filter((r) => r.medicationId === row.medicationId);
    const sum = (status: string) =>
      held.filter((r) => r.status === status).reduce((n, r) => n + r.quantity, 0);
    const initial = scope.shop.initialStock.get(row.medicationId);
    if (row.reserved !== sum('RESERVED'))
      problems.push(
        `stock of ${row.medicationId}: reserved ${row.reserved}, reservations ${sum('RESERVED')}`,
      );
    if (initial !== undefined && row.onHand !== initial - sum('COMMITTED'))
      problems.push(
        `stock of ${row.medicationId}: on hand ${row.onHand}, expected ${initial - sum('COMMITTED')}`,
      );
    if (row.reserved > row.onHand || row.onHand < 0)
      problems.push(`stock of ${row.medicationId} below zero`);
  }
  const byPrescription = new Map<string, { taken: number; allowed: number }>();
  for (const d of dispensed.filter((d) => d.status === 'TAKEN')) {
    const entry = byPrescription.get(d.prescriptionId + d.medicationId) ?? {
      taken: 0,
      allowed: Number(d.allowed),
    };
    entry.taken += d.quantity;
    byPrescription.set(d.prescriptionId + d.medicationId, entry);
  }
  for (const [item, { taken, allowed }] of byPrescription)
    if (taken > allowed) problems.push(`prescription item ${item}: ${taken} taken of ${allowed}`);
  expect(problems).toEqual([]);
}
