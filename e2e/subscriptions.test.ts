import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoPharmacies, medicationIdOf, pharmacyIdOf } from '@pharmacy/demo';
import { recordStatusChange, tables as ordersDb } from '@pharmacy/orders/testing';
import { login, registerPatient, type Session } from './helpers';
import { ORDER_STATUS_CHANGED } from './operations';
import { startStack, type Stack } from './stack';
import { subscribe } from './subscription-client';
import { demoStaff, eventually, gql, openShop, pay, place, setStatus } from './ordering-support';

let stack: Stack;
let patient: Session;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  patient = await registerPatient(stack, 'Watching Patient');
});
afterAll(() => stack?.stop());

const ordersDbOf = () => stack.subgraphs.orders.runtime.db;

/** Subscriptions the orders subgraph holds now: what the gateway has opened there. */
const upstreamCount = async () => stack.subgraphs.orders.runtime.deps.orderEvents.subscriberCount;
/** Waits until the orders subgraph holds exactly `count` subscriptions. */
const upstreamHolds = (count: number) => eventually(upstreamCount, (held) => held === count);

// Each test starts with nothing subscribed, so it can wait for its own subscriptions to open.
beforeEach(() => upstreamHolds(0));

/** Writes an order for the customer, as placeOrder would. */
async function createOrder(customerId: string): Promise<string> {
  const id = uuidv7();
  await ordersDbOf()
    .insert(ordersDb.orders)
    .values({
      id,
      customerId,
      pharmacyId: pharmacyIdOf(demoPharmacies[0]!.key),
      status: 'PENDING_PAYMENT',
      deliveryAddress: 'Torstraße 1, Berlin',
      currency: 'EUR',
      totalAmount: 299,
    });
  await ordersDbOf()
    .insert(ordersDb.orderLines)
    .values({
      orderId: id,
      lineNo: 1,
      medicationId: medicationIdOf('ibuprofen-400mg-tablet'),
      quantity: 1,
      unitPrice: 299,
      lineTotal: 299,
    });
  return id;
}

/** A status change and its announcement in one transaction, as the orders service makes them. */
async function changeStatus(
  orderId: string,
  customerId: string,
  status: ordersDb.OrderStatus,
  commit = true,
) {
  await ordersDbOf()
    .transaction(async (tx) => {
      const order = {
        id: orderId,
        customerId,
        pharmacyId: pharmacyIdOf(demoPharmacies[0]!.key),
        courierId: null,
      };
      await recordStatusChange(tx, order, status, 'test');
      if (!commit) throw new Error('rolled back');
    })
    .catch((error: Error) => {
      if (commit) throw error;
    });
}

describe('orderStatusChanged through the gateway', () => {
  it('delivers each change with fields of several subgraphs, and never a rolled-back one', async () => {
    const orderId = await createOrder(patient.user.id);
    const watcher = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
      variables: { orderId },
    });
    await upstreamHolds(1);
    await changeStatus(orderId, patient.user.id, 'PAID', false);
    await changeStatus(orderId, patient.user.id, 'CANCELLED');
    const [event] = await watcher.waitFor(1);
    expect(event).toEqual({
      data: {
        orderStatusChanged: {
          id: orderId,
          status: 'CANCELLED',
          deliveryAddress: 'Torstraße 1, Berlin',
          customer: { name: 'Watching Patient' },
          pharmacy: { name: demoPharmacies[0]!.name },
          lines: [{ quantity: 1, medication: { name: 'Ibuprofen 400 mg tablets' } }],
          payment: null,
        },
      },
    });
    watcher.dispose();
  });

  it("does not show a patient another patient's orders; a pharmacist sees them", async () => {
    const other = await registerPatient(stack);
    const pharmacist = await login(stack, 'pharmacist@demo.pharmacy');
    const nosy = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, { token: other.accessToken });
    const staff = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: pharmacist.accessToken,
    });
    const direct = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: other.accessToken,
      variables: { orderId: await createOrder(patient.user.id) },
    });
    // Two held: the third, for another patient's order, is refused when it starts.
    await upstreamHolds(2);
    const orderId = await createOrder(patient.user.id);
    await changeStatus(orderId, patient.user.id, 'CANCELLED');
    const [seen] = await staff.waitFor(1);
    expect((seen?.data as { orderStatusChanged: { id: string } }).orderStatusChanged.id).toBe(
      orderId,
    );
    const [refused] = await direct.waitFor(1);
    expect(refused?.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    ]);
    // Events reach a subscriber in order: once the next change, to their own order, arrives,
    // the other patient's change was not sent to them.
    const ownOrderId = await createOrder(other.user.id);
    await changeStatus(ownOrderId, other.user.id, 'CANCELLED');
    const received = (await nosy.waitFor(1)) as { data: { orderStatusChanged: { id: string } } }[];
    expect(received.map((event) => event.data.orderStatusChanged.id)).toEqual([ownOrderId]);
    [nosy, staff, direct].forEach((s) => s.dispose());
  });

  it('closes sockets without a valid token or from a foreign origin', async () => {
    const noToken = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED);
    expect((await noToken.closed).code).toBe(4401);
    const badToken = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: `${patient.accessToken}x`,
    });
    expect((await badToken.closed).code).toBe(4403);
    const foreign = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
      origin: 'https://evil.example',
    });
    expect((await foreign.closed).code).toBe(4403);
  });

  it('leaves no subscription on the subgraph once the client goes away', async () => {
    const watcher = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
    });
    await upstreamHolds(1);
    watcher.dispose();
    await upstreamHolds(0);
    expect(stack.gateway.upstream.openCount).toBe(0);
  });

  it('keeps delivering after the orders subgraph restarts, and says events may have been missed', async () => {
    const orderId = await createOrder(patient.user.id);
    const watcher = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
      variables: { orderId },
    });
    await upstreamHolds(1);
    await stack.stopSubgraph('orders');
    await stack.startSubgraph('orders');
    const [notice] = await watcher.waitFor(1, 15_000);
    expect(notice).toEqual({ extensions: { eventsMayHaveBeenMissed: true } });
    await changeStatus(orderId, patient.user.id, 'CANCELLED');
    const events = await watcher.waitFor(2);
    expect(events[1]).toMatchObject({
      data: { orderStatusChanged: { id: orderId, status: 'CANCELLED' } },
    });
    watcher.dispose();
  });

  it('ends the subscription of a user whose role changed', async () => {
    const courier = await registerPatient(stack, 'Soon Courier');
    const admin = await login(stack, 'admin@demo.pharmacy');
    const watcher = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: courier.accessToken,
    });
    await upstreamHolds(1);
    const changed = await stack.request(
      'mutation($id: ID!) { setUserRole(userId: $id, role: COURIER) { role } }',
      { id: courier.user.id },
      admin.accessToken,
    );
    expect(changed.body.errors).toBeUndefined();
    // No event has reached this subscriber yet, so the gateway has no role of theirs cached.
    const orderId = await createOrder(courier.user.id);
    await changeStatus(orderId, courier.user.id, 'CANCELLED');
    expect((await watcher.closed).code).toBe(4403);
    expect(watcher.results).toEqual([]);
  });

  it('follows a real order from payment to delivery, for its customer and a pharmacist', async () => {
    const staff = await demoStaff(stack);
    const shop = await openShop(stack, staff);
    const placed = await place(stack, patient, {
      pharmacyId: shop.pharmacyId,
      lines: [{ medicationId: shop.otc, quantity: 2 }],
    });
    const orderId = placed.body.data!.placeOrder.id;
    const customer = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
      variables: { orderId },
    });
    const pharmacist = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: staff.pharmacist.accessToken,
      variables: { orderId },
    });
    const twin = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: patient.accessToken,
      variables: { orderId },
    });
    // The same subscription twice for the same caller shares one upstream subscription.
    await upstreamHolds(2);
    expect(stack.gateway.upstream.openCount).toBe(2);

    expect((await pay(stack, patient, orderId)).body.errors).toBeUndefined();
    expect(
      (await setStatus(stack, staff.pharmacist, orderId, 'PREPARING')).body.errors,
    ).toBeUndefined();
    await gql(
      stack,
      staff.pharmacist,
      'mutation($o: ID!, $c: ID!) { assignCourier(orderId: $o, courierId: $c) { id } }',
      {
        o: orderId,
        c: staff.courier.user.id,
      },
    );
    for (const status of ['OUT_FOR_DELIVERY', 'DELIVERED']) {
      // A courier may not see payments: select only what a courier may see.
      await gql(
        stack,
        staff.courier,
        'mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { status } }',
        { id: orderId, s: status },
      );
    }

    for (const watcher of [customer, pharmacist, twin]) {
      const events = (await watcher.waitFor(4)) as {
        data: { orderStatusChanged: Record<string, unknown> };
      }[];
      expect(events.map((e) => e.data.orderStatusChanged.status)).toEqual([
        'PAID',
        'PREPARING',
        'OUT_FOR_DELIVERY',
        'DELIVERED',
      ]);
      for (const { data } of events) {
        expect(data.orderStatusChanged).toMatchObject({
          customer: { name: 'Watching Patient' },
          pharmacy: { name: expect.stringMatching(/^Test Pharmacy/) },
          lines: [{ quantity: 2, medication: { name: expect.stringMatching(/^OTC test/) } }],
          payment: { status: 'APPROVED' },
        });
      }
      watcher.dispose();
    }
  });
});
