import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { expectError, insertOrder, user, useOrders } from './fixtures';

const orders = useOrders();

const ORDER = 'query($id: ID!) { order(id: $id) { id status } }';
const ORDERS = `query($pharmacyId: ID, $status: OrderStatus) {
  orders(pharmacyId: $pharmacyId, status: $status, first: 100) { nodes { id } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Order { id status } ... on User { orders { id } } ... on Prescription { orders { id } } } }`;

type Entities = { _entities: ({ id?: string; orders?: { id: string }[] | null } | null)[] };
const entities = (caller: Caller, r: object[]) => orders().call<Entities>(caller, ENTITIES, { r });
const listed = async (caller: Caller, variables: Record<string, unknown> = {}) => {
  const result = await orders().call<{ orders: { nodes: { id: string }[] } }>(
    caller,
    ORDERS,
    variables,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.orders.nodes.map((node) => node.id);
};

// One customer with an order at pharmacy A and one at pharmacy B, against one prescription.
const [pharmacyA, pharmacyB] = [uuidv7(), uuidv7()];
const customer = user('PATIENT');
const prescriptionId = uuidv7();
const ofA = user('PHARMACIST', uuidv7(), [pharmacyA]);
const ofBoth = user('PHARMACIST', uuidv7(), [pharmacyA, pharmacyB]);
let orderA: string;
let orderB: string;
beforeAll(async () => {
  const db = orders().runtime.db;
  const order = { customerId: customer.userId, prescriptionId, status: 'PAID' as const };
  orderA = await insertOrder(db, { ...order, pharmacyId: pharmacyA });
  orderB = await insertOrder(db, { ...order, pharmacyId: pharmacyB });
});

describe("a pharmacist sees their pharmacies' orders only", () => {
  it("order(id): their pharmacy's order; FORBIDDEN and null for another's", async () => {
    const mine = await orders().call<{ order: { id: string } }>(ofA, ORDER, { id: orderA });
    expect(mine).toEqual({ data: { order: { id: orderA, status: 'PAID' } } });
    const theirs = await orders().call(ofA, ORDER, { id: orderB });
    expectError(theirs, 'FORBIDDEN');
    expect(theirs.data?.order).toBeNull();
    // A pharmacist who works for no pharmacy sees none.
    expectError(await orders().call(user('PHARMACIST'), ORDER, { id: orderA }), 'FORBIDDEN');
  });

  it('orders: all of their pharmacies, or one of them; another pharmacy is FORBIDDEN', async () => {
    const ofAListed = await listed(ofA);
    expect(ofAListed).toContain(orderA);
    expect(ofAListed).not.toContain(orderB);
    expect(await listed(ofBoth)).toEqual(expect.arrayContaining([orderA, orderB]));
    expect(await listed(ofBoth, { pharmacyId: pharmacyB })).toEqual([orderB]);
    expect(await listed(ofA, { pharmacyId: pharmacyA.toUpperCase() })).toEqual([orderA]);
    expect(await listed(ofA, { pharmacyId: pharmacyA, status: 'DELIVERED' })).toEqual([]);
    expect(await listed(user('PHARMACIST'))).toEqual([]);

    const refused = await orders().call(ofA, ORDERS, { pharmacyId: pharmacyB });
    expectError(refused, 'FORBIDDEN');
    expect(refused.data).toBeNull();
    expectError(await orders().call(ofA, ORDERS, { pharmacyId: 'nope' }), 'BAD_USER_INPUT');
  });

  it('orders(pharmacyId): admins any pharmacy, a customer their own orders there', async () => {
    expect(await listed(user('ADMIN'), { pharmacyId: pharmacyB })).toEqual([orderB]);
    expect(await listed(customer, { pharmacyId: pharmacyA })).toEqual([orderA]);
    expect(await listed(user('PATIENT'), { pharmacyId: pharmacyA })).toEqual([]);
  });

  it('Order references (_entities): null and FORBIDDEN for the other pharmacy', async () => {
    const refs = [orderA, orderB].map((id) => ({ __typename: 'Order', id }));
    const result = await entities(ofA, refs);
    expect(result.data?._entities).toEqual([{ id: orderA, status: 'PAID' }, null]);
    expectError(result, 'FORBIDDEN');
    const both = await entities(ofBoth, refs);
    expect(both.errors).toBeUndefined();
    expect(both.data?._entities.map((entity) => entity?.id)).toEqual([orderA, orderB]);
  });

  it("User.orders and Prescription.orders: only their pharmacies' orders", async () => {
    const refs = [
      { __typename: 'User', id: customer.userId },
      { __typename: 'Prescription', id: prescriptionId },
    ];
    const result = await entities(ofA, refs);
    expect(result).toEqual({
      data: { _entities: [{ orders: [{ id: orderA }] }, { orders: [{ id: orderA }] }] },
    });
    const sorted = [orderA, orderB].sort();
    for (const caller of [ofBoth, user('ADMIN'), customer]) {
      const all = await entities(caller, refs);
      expect(all.data?._entities.map((e) => e?.orders?.map((o) => o.id).sort())).toEqual([
        sorted,
        sorted,
      ]);
    }
    const nobody = await entities(user('PHARMACIST'), refs);
    expect(nobody.data?._entities).toEqual([{ orders: [] }, { orders: [] }]);
  });
});

describe('a courier sees only the orders assigned to them', () => {
  it('not the unassigned orders of the pharmacy they work for', async () => {
    const [pharmacyId, prescription, customerId] = [uuidv7(), uuidv7(), uuidv7()];
    const courier = user('COURIER', uuidv7(), [pharmacyId]);
    const db = orders().runtime.db;
    const order = { customerId, pharmacyId, prescriptionId: prescription };
    const unassigned = await insertOrder(db, { ...order, status: 'PAID' });
    const assigned = await insertOrder(db, {
      ...order,
      courierId: courier.userId,
      status: 'PREPARING',
    });
    expect(await listed(courier)).toEqual([assigned]);
    expect(await listed(courier, { pharmacyId })).toEqual([assigned]);
    const mine = await orders().call<{ order: { id: string } }>(courier, ORDER, { id: assigned });
    expect(mine.data?.order.id).toBe(assigned);
    expectError(await orders().call(courier, ORDER, { id: unassigned }), 'FORBIDDEN');

    const refs = [unassigned, assigned].map((id) => ({ __typename: 'Order', id }));
    expect((await entities(courier, refs)).data?._entities).toEqual([
      null,
      { id: assigned, status: 'PREPARING' },
    ]);
    const ofPrescription = [{ __typename: 'Prescription', id: prescription }];
    expect((await entities(courier, ofPrescription)).data?._entities).toEqual([
      { orders: [{ id: assigned }] },
    ]);
    // A courier has no business with a customer's order list.
    expectError(await entities(courier, [{ __typename: 'User', id: customerId }]), 'FORBIDDEN');
  });
});
