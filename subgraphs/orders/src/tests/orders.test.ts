import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { anonymous, expectError, insertOrder, service, user, useOrders } from './fixtures';

let statements = 0;
const orders = useOrders({ onQuery: () => void statements++ });

const ORDER = `query($id: ID!) { order(id: $id) {
  id status deliveryAddress createdAt customer { id } courier { id } pharmacy { id } prescription { id }
  total { amount currency } lines { medication { id } quantity unitPrice { amount currency } lineTotal { amount } }
  statusHistory { status at } } }`;
const ORDERS = `query($status: OrderStatus, $first: Int, $after: String) {
  orders(status: $status, first: $first, after: $after) { nodes { id } endCursor hasNextPage } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Order { id status } ... on User { orders(status: null) { id } } ... on Prescription { orders { id } } } }`;

type OrderIds = {
  orders: { nodes: { id: string }[]; endCursor: string | null; hasNextPage: boolean };
};
type Entities = { _entities: ({ id?: string; orders?: { id: string }[] } | null)[] };
const entities = (caller: Caller, representations: object[]) =>
  orders().call<Entities>(caller, ENTITIES, { representations });

describe('Query.order', () => {
  it('gives the customer their order with lines, money and history oldest first', async () => {
    const patient = user('PATIENT');
    const prescriptionId = uuidv7();
    const id = await insertOrder(orders().runtime.db, {
      customerId: patient.userId,
      prescriptionId,
      status: 'PAID',
    });
    const result = await orders().call<{ order: Record<string, unknown> }>(patient, ORDER, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.order).toMatchObject({
      id,
      status: 'PAID',
      customer: { id: patient.userId },
      courier: null,
      prescription: { id: prescriptionId },
      total: { amount: 750, currency: 'EUR' },
      lines: [
        { quantity: 1, unitPrice: { amount: 250, currency: 'EUR' }, lineTotal: { amount: 250 } },
        { quantity: 2, unitPrice: { amount: 250, currency: 'EUR' }, lineTotal: { amount: 500 } },
      ],
      statusHistory: [{ status: 'PENDING_PAYMENT' }, { status: 'PAID' }],
    });
  });

  it("lets the pharmacy's pharmacists, admins, services and the assigned courier read it, and nobody else", async () => {
    const courier = user('COURIER');
    const pharmacyId = uuidv7();
    const id = await insertOrder(orders().runtime.db, {
      customerId: uuidv7(),
      pharmacyId,
      courierId: courier.userId,
      status: 'OUT_FOR_DELIVERY',
    });
    const pharmacist = user('PHARMACIST', uuidv7(), [pharmacyId]);
    for (const caller of [courier, pharmacist, user('ADMIN'), service]) {
      const result = await orders().call<{ order: { id: string } }>(caller, ORDER, { id });
      expect(result.data?.order.id).toBe(id);
    }
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      const result = await orders().call(caller, ORDER, { id });
      expectError(result, 'FORBIDDEN');
      expect(result.data?.order).toBeNull();
    }
    expectError(await orders().call(anonymous, ORDER, { id }), 'UNAUTHENTICATED');
  });

  it('answers null for an unknown or malformed id', async () => {
    for (const id of [uuidv7(), 'not-a-uuid', "1' or '1'='1"]) {
      const result = await orders().call(user('ADMIN'), ORDER, { id });
      expect(result).toEqual({ data: { order: null } });
    }
  });
});

describe('Query.orders', () => {
  it("lists own orders for patients, assigned ones for couriers, their pharmacy's for pharmacists, all for admins", async () => {
    const [patient, other, courier] = [user('PATIENT'), user('PATIENT'), user('COURIER')];
    const pharmacyId = uuidv7();
    const own = await insertOrder(orders().runtime.db, { customerId: patient.userId, pharmacyId });
    const assigned = await insertOrder(orders().runtime.db, {
      customerId: other.userId,
      pharmacyId,
      courierId: courier.userId,
      status: 'OUT_FOR_DELIVERY',
    });
    const ids = async (caller: typeof patient, variables = {}) =>
      (
        await orders().call<OrderIds>(caller, ORDERS, { first: 100, ...variables })
      ).data?.orders.nodes.map((n) => n.id);
    expect(await ids(patient)).toEqual([own]);
    expect(await ids(other)).toEqual([assigned]);
    expect(await ids(courier)).toEqual([assigned]);
    expect(await ids(user('PHARMACIST', uuidv7(), [pharmacyId]))).toEqual([assigned, own]);
    expect(await ids(user('ADMIN'), { status: 'OUT_FOR_DELIVERY' })).toContain(assigned);
    expect(await ids(user('ADMIN'), { status: 'OUT_FOR_DELIVERY' })).not.toContain(own);
    expectError(await orders().call(anonymous, ORDERS), 'UNAUTHENTICATED');
  });

  it('pages newest first with a cursor', async () => {
    const patient = user('PATIENT');
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push(await insertOrder(orders().runtime.db, { customerId: patient.userId }));
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    do {
      const result: { data?: OrderIds | null } = await orders().call<OrderIds>(patient, ORDERS, {
        first: 2,
        after,
      });
      seen.push(...result.data!.orders.nodes.map((node) => node.id));
      pages.push(result.data!.orders.hasNextPage);
      after = result.data!.orders.hasNextPage ? result.data!.orders.endCursor : null;
    } while (after);
    expect(seen).toEqual(created.reverse());
    expect(pages).toEqual([true, true, false]);
  });

  it('rejects a page size outside 1..100 and a malformed cursor', async () => {
    const admin = user('ADMIN');
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'bm90LWEtdXVpZA' }]) {
      expectError(await orders().call(admin, ORDERS, variables), 'BAD_USER_INPUT');
    }
  });
});

describe('entities and fields added to other subgraphs', () => {
  it('resolves Order references with the same rules as order(id)', async () => {
    const patient = user('PATIENT');
    const own = await insertOrder(orders().runtime.db, { customerId: patient.userId });
    const others = await insertOrder(orders().runtime.db, { customerId: uuidv7() });
    const refs = [own, others].map((id) => ({ __typename: 'Order', id }));
    const result = await entities(patient, refs);
    expect(result.data?._entities).toEqual([{ id: own, status: 'PENDING_PAYMENT' }, null]);
    expectError(result, 'FORBIDDEN');
    expect((await entities(service, refs)).data?._entities.map((entity) => entity?.id)).toEqual([
      own,
      others,
    ]);
  });

  it("answers User.orders for the user and staff, FORBIDDEN for another's", async () => {
    const patient = user('PATIENT');
    const courier = user('COURIER');
    const pharmacyId = uuidv7();
    const id = await insertOrder(orders().runtime.db, {
      customerId: patient.userId,
      pharmacyId,
      courierId: courier.userId,
    });
    const ref = [{ __typename: 'User', id: patient.userId }];
    const pharmacist = user('PHARMACIST', uuidv7(), [pharmacyId]);
    for (const caller of [patient, pharmacist, user('ADMIN'), service]) {
      expect((await entities(caller, ref)).data?._entities).toEqual([{ orders: [{ id }] }]);
    }
    for (const caller of [user('PATIENT'), courier]) {
      const result = await entities(caller, ref);
      expectError(result, 'FORBIDDEN');
      // User.orders is nullable: the refusal empties the field, not the whole User.
      expect(result.data?._entities).toEqual([{ orders: null }]);
    }
    expectError(await entities(anonymous, ref), 'UNAUTHENTICATED');
  });

  it('filters User.orders by status', async () => {
    const patient = user('PATIENT');
    await insertOrder(orders().runtime.db, { customerId: patient.userId });
    const paid = await insertOrder(orders().runtime.db, {
      customerId: patient.userId,
      status: 'PAID',
    });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { orders(status: PAID) { id } } } }`;
    const result = await orders().call(patient, query, {
      r: [{ __typename: 'User', id: patient.userId }],
    });
    expect(result).toEqual({ data: { _entities: [{ orders: [{ id: paid }] }] } });
  });

  it('lists only the Prescription.orders the caller may see', async () => {
    const [patient, other, courier] = [user('PATIENT'), user('PATIENT'), user('COURIER')];
    const [prescriptionId, pharmacyId] = [uuidv7(), uuidv7()];
    const own = await insertOrder(orders().runtime.db, {
      customerId: patient.userId,
      pharmacyId,
      prescriptionId,
    });
    const delivered = await insertOrder(orders().runtime.db, {
      customerId: other.userId,
      pharmacyId,
      prescriptionId,
      courierId: courier.userId,
      status: 'DELIVERED',
    });
    const ref = [{ __typename: 'Prescription', id: prescriptionId }];
    const ids = async (caller: typeof patient) =>
      (await entities(caller, ref)).data?._entities[0]?.orders?.map((order) => order.id).sort();
    expect(await ids(patient)).toEqual([own]);
    expect(await ids(courier)).toEqual([delivered]);
    expect(await ids(user('COURIER'))).toEqual([]);
    expect(await ids(user('PHARMACIST', uuidv7(), [pharmacyId]))).toEqual([own, delivered].sort());
    expectError(await entities(anonymous, ref), 'UNAUTHENTICATED');
  });

  it('answers empty lists for ids that are not UUIDs', async () => {
    const refs = [
      { __typename: 'User', id: 'nope' },
      { __typename: 'Prescription', id: 'nope' },
    ];
    expect(await entities(service, refs)).toEqual({
      data: { _entities: [{ orders: [] }, { orders: [] }] },
    });
  });
});

describe('SQL statements per request', () => {
  const NESTED = `{ orders(first: 100) { nodes { id lines { quantity } statusHistory { status } } } }`;
  const count = async (caller: ReturnType<typeof user>, query: string, variables?: object) => {
    statements = 0;
    const result = await orders().call<Record<string, unknown>>(
      caller,
      query,
      variables as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    return statements;
  };

  it('does not grow with the number of orders, lines or history rows', async () => {
    const patient = user('PATIENT');
    const db = orders().runtime.db;
    for (let i = 0; i < 2; i++) await insertOrder(db, { customerId: patient.userId, lineCount: 1 });
    const few = await count(patient, NESTED);
    for (let i = 0; i < 8; i++)
      await insertOrder(db, { customerId: patient.userId, lineCount: 4, status: 'PAID' });
    expect(await count(patient, NESTED)).toBe(few);
    expect(few).toBe(3);
  });

  it('batches Order references and their nested fields', async () => {
    const admin = user('ADMIN');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Order { id lines { quantity } statusHistory { status } } } }`;
    const refs = async (n: number) => {
      const ids = [];
      for (let i = 0; i < n; i++)
        ids.push(await insertOrder(orders().runtime.db, { customerId: uuidv7() }));
      return ids.map((id) => ({ __typename: 'Order', id }));
    };
    const few = await count(admin, query, { r: await refs(2) });
    expect(await count(admin, query, { r: await refs(12) })).toBe(few);
    expect(few).toBe(3);
  });
});
