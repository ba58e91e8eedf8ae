import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import type { OrderStatus } from '../generated/enums';
import { expectError, insertOrder, user } from './fixtures';
import { useOrdersWithUsers } from './with-users';

const { orders, usersStatements, staffMember } = useOrdersWithUsers();

const FIELDS = 'id status cancelReason courier { id }';
const ORDER = `query($id: ID!) { order(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $status: OrderStatus!) {
  updateOrderStatus(id: $id, status: $status) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { ${FIELDS} } }`;
const ASSIGN = `mutation($orderId: ID!, $courierId: ID!) {
  assignCourier(orderId: $orderId, courierId: $courierId) { ${FIELDS} } }`;

type Order = {
  id: string;
  status: OrderStatus;
  cancelReason: string | null;
  courier: { id: string } | null;
};
const admin = user('ADMIN');

/** The order as it is now, read by an admin. */
const current = async (id: string) =>
  (await orders().call<{ order: Order }>(admin, ORDER, { id })).data?.order;

/** An order at pharmacy A and one at pharmacy B, and a pharmacist of A. */
async function twoPharmacies(status: OrderStatus = 'PAID') {
  const [pharmacyA, pharmacyB] = [uuidv7(), uuidv7()];
  const db = orders().runtime.db;
  const orderA = await insertOrder(db, { customerId: uuidv7(), pharmacyId: pharmacyA, status });
  const orderB = await insertOrder(db, { customerId: uuidv7(), pharmacyId: pharmacyB, status });
  return { pharmacyA, pharmacyB, orderA, orderB, ofA: user('PHARMACIST', uuidv7(), [pharmacyA]) };
}

/** A new courier of users, working for these pharmacies, as the gateway would name them. */
async function courierOf(...pharmacyIds: string[]): Promise<Caller & { userId: string }> {
  return user('COURIER', await staffMember('COURIER', ...pharmacyIds), pharmacyIds);
}

describe("only the order's pharmacy moves it on", () => {
  it('updateOrderStatus PREPARING: refused for another pharmacy, unchanged; allowed on its own', async () => {
    const { orderA, orderB, ofA } = await twoPharmacies();
    const refused = await orders().call(ofA, UPDATE, { id: orderB, status: 'PREPARING' });
    expectError(refused, 'FORBIDDEN');
    expect(refused.data).toBeNull();
    expect((await current(orderB))?.status).toBe('PAID');

    const done = await orders().call<{ updateOrderStatus: Order }>(ofA, UPDATE, {
      id: orderA,
      status: 'PREPARING',
    });
    expect(done.data?.updateOrderStatus).toMatchObject({ id: orderA, status: 'PREPARING' });
  });

  it('cancelOrder by staff: refused for another pharmacy, unchanged; allowed on its own', async () => {
    const { orderA, orderB, ofA } = await twoPharmacies('PREPARING');
    expectError(await orders().call(ofA, CANCEL, { id: orderB }), 'FORBIDDEN');
    expect(await current(orderB)).toMatchObject({ status: 'PREPARING', cancelReason: null });

    const done = await orders().call<{ cancelOrder: Order }>(ofA, CANCEL, { id: orderA });
    expect(done.data?.cancelOrder).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'cancelled by staff',
    });
  });

  it('a courier of the pharmacy moves only the order assigned to them', async () => {
    const pharmacyId = uuidv7();
    const [assigned, other] = [await courierOf(pharmacyId), await courierOf(pharmacyId)];
    const id = await insertOrder(orders().runtime.db, {
      customerId: uuidv7(),
      pharmacyId,
      courierId: assigned.userId,
      status: 'PREPARING',
    });
    expectError(
      await orders().call(other, UPDATE, { id, status: 'OUT_FOR_DELIVERY' }),
      'FORBIDDEN',
    );
    expectError(await orders().call(other, UPDATE, { id, status: 'PREPARING' }), 'FORBIDDEN');
    const out = await orders().call<{ updateOrderStatus: Order }>(assigned, UPDATE, {
      id,
      status: 'OUT_FOR_DELIVERY',
    });
    expect(out.data?.updateOrderStatus.status).toBe('OUT_FOR_DELIVERY');
  });
});

describe('assignCourier', () => {
  it("refuses a pharmacist of another pharmacy before asking users; the order's own may", async () => {
    const { pharmacyA, pharmacyB, orderA, orderB, ofA } = await twoPharmacies();
    const courierB = await courierOf(pharmacyB);
    usersStatements.length = 0;
    const refused = await orders().call(ofA, ASSIGN, {
      orderId: orderB,
      courierId: courierB.userId,
    });
    expectError(refused, 'FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(usersStatements).toEqual([]);
    expect((await current(orderB))?.courier).toBeNull();

    const courierA = await courierOf(pharmacyA);
    usersStatements.length = 0;
    const done = await orders().call<{ assignCourier: Order }>(ofA, ASSIGN, {
      orderId: orderA,
      courierId: courierA.userId,
    });
    expect(done.data?.assignCourier.courier).toEqual({ id: courierA.userId });
    expect(usersStatements).not.toEqual([]);
    // Admins act for every pharmacy.
    const byAdmin = await orders().call<{ assignCourier: Order }>(admin, ASSIGN, {
      orderId: orderB,
      courierId: courierB.userId,
    });
    expect(byAdmin.data?.assignCourier.courier).toEqual({ id: courierB.userId });
  });

  it("refuses a courier who does not work for the order's pharmacy, and changes nothing", async () => {
    const { pharmacyB, orderA, ofA } = await twoPharmacies();
    for (const caller of [ofA, admin]) {
      const result = await orders().call(caller, ASSIGN, {
        orderId: orderA,
        courierId: (await courierOf(pharmacyB)).userId,
      });
      expectError(result, 'BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('courierId');
      expect((await current(orderA))?.courier).toBeNull();
    }
  });

  it('refuses someone who is no courier, or nobody at all', async () => {
    const { pharmacyA, orderA, ofA } = await twoPharmacies();
    const pharmacist = await staffMember('PHARMACIST', pharmacyA);
    expectError(
      await orders().call(ofA, ASSIGN, { orderId: orderA, courierId: pharmacist }),
      'BAD_USER_INPUT',
    );
    for (const courierId of [uuidv7(), 'not-a-uuid'])
      expectError(await orders().call(ofA, ASSIGN, { orderId: orderA, courierId }), 'NOT_FOUND');
    expect((await current(orderA))?.courier).toBeNull();
  });
});
