import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { lockOrder } from '../db/queries';
import type { OrderStatus } from '../generated/enums';
import { recordStatusChange } from '../services/order-status';
import { insertOrder, user, useOrders } from './fixtures';
import { until, watch } from './subscription-client';

const orders = useOrders();

const CHANGED = `subscription($orderId: ID) { orderStatusChanged(orderId: $orderId) { id status } }`;
type Changed = { orderStatusChanged: { id: string; status: OrderStatus } };

// How many subscriptions this file holds open; each open and close waits until orders agrees.
let held = 0;
const subscribers = () => orders().runtime.deps.orderEvents.subscriberCount;
const open = async (caller: Caller, orderId: string | null = null) => {
  const events = watch<Changed>(orders(), caller, CHANGED, { orderId });
  // graphql-ws connects lazily, on the first next(); once orders holds the subscription, no
  // event can be missed.
  const first = events.next();
  held++;
  await until(() => subscribers() === held, 'the subscription has started');
  const close = async () => {
    await events.close();
    held--;
    await until(() => subscribers() === held, 'the subscription has ended');
  };
  return { first, next: () => events.next(), close };
};

/** Changes the status as the service does: history row and notification, in one transaction. */
const setStatus = (id: string, status: OrderStatus) =>
  orders().runtime.db.transaction(async (tx) => {
    const order = await lockOrder(tx, { id, onlyPlaced: true });
    await recordStatusChange(tx, order!, status, 'test');
  });

async function twoPharmacies() {
  const [pharmacyA, pharmacyB] = [uuidv7(), uuidv7()];
  const db = orders().runtime.db;
  const order = { customerId: uuidv7(), status: 'PAID' as const };
  return {
    orderA: await insertOrder(db, { ...order, pharmacyId: pharmacyA }),
    orderB: await insertOrder(db, { ...order, pharmacyId: pharmacyB }),
    ofA: user('PHARMACIST', uuidv7(), [pharmacyA]),
  };
}

describe('orderStatusChanged for a pharmacist', () => {
  it("with orderId: refused (FORBIDDEN) for another pharmacy's order, delivered for their own", async () => {
    const { orderA, orderB, ofA } = await twoPharmacies();
    const refused = watch<Changed>(orders(), ofA, CHANGED, { orderId: orderB });
    const refusal = await refused.next();
    expect(refusal.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refusal.data ?? null).toBeNull();
    await refused.close();
    await until(() => subscribers() === held, 'the refused subscription has ended');

    const { first, close } = await open(ofA, orderA);
    await setStatus(orderA, 'PREPARING');
    expect(await first).toEqual({
      data: { orderStatusChanged: { id: orderA, status: 'PREPARING' } },
    });
    await close();
  });

  it("without orderId: only the events of their pharmacies' orders", async () => {
    const { orderA, orderB, ofA } = await twoPharmacies();
    const { first, next, close } = await open(ofA);
    // B's change comes first; the first event the pharmacist of A receives is A's.
    await setStatus(orderB, 'PREPARING');
    await setStatus(orderA, 'PREPARING');
    expect(await first).toEqual({
      data: { orderStatusChanged: { id: orderA, status: 'PREPARING' } },
    });
    await setStatus(orderB, 'CANCELLED');
    await setStatus(orderA, 'CANCELLED');
    expect(await next()).toEqual({
      data: { orderStatusChanged: { id: orderA, status: 'CANCELLED' } },
    });
    await close();
  });
});

describe('orderStatusChanged for a courier', () => {
  it('only the orders assigned to them, not the rest of their pharmacy', async () => {
    const pharmacyId = uuidv7();
    const courier = user('COURIER', uuidv7(), [pharmacyId]);
    const db = orders().runtime.db;
    const order = { customerId: uuidv7(), pharmacyId, status: 'PREPARING' as const };
    const unassigned = await insertOrder(db, order);
    const assigned = await insertOrder(db, { ...order, courierId: courier.userId });
    const { first, close } = await open(courier);
    await setStatus(unassigned, 'CANCELLED');
    await setStatus(assigned, 'OUT_FOR_DELIVERY');
    expect(await first).toEqual({
      data: { orderStatusChanged: { id: assigned, status: 'OUT_FOR_DELIVERY' } },
    });
    await close();
  });
});
