import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { startTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type * as schema from '../db/schema';
import { paymentsSubgraph } from '../server';
import { anonymous, expectError, insertApproval, service, sqlState, user } from './fixtures';

let payments: TestSubgraph<typeof schema, object>;
let statements = 0;
beforeAll(async () => {
  payments = await startTestSubgraph(paymentsSubgraph, { onQuery: () => void statements++ });
});
afterAll(() => payments?.stop());

const APPROVAL = `query($id: ID!) { paymentApproval(id: $id) {
  id status method failureReason createdAt order { id } payer { id } amount { amount currency } } }`;
const APPROVALS = `query($first: Int, $after: String) {
  paymentApprovals(first: $first, after: $after) { nodes { id } endCursor hasNextPage } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on PaymentApproval { id } ... on User { paymentApprovals { id } } ... on Order { payment { id status } } } }`;

type Entity = {
  id?: string;
  paymentApprovals?: { id: string }[];
  payment?: { id: string; status: string } | null;
};
const entities = (caller: Caller, r: object[]) =>
  payments.call<{ _entities: (Entity | null)[] }>(caller, ENTITIES, { r });
const orderRef = (id: string) => ({ __typename: 'Order', id });

describe('Query.paymentApproval and PaymentApproval references', () => {
  it('shows the payer their approval, and staff and services any', async () => {
    const payer = user('PATIENT');
    const orderId = uuidv7();
    const id = await insertApproval(payments.runtime.db, {
      payerId: payer.userId,
      orderId,
      amount: 4200,
    });
    const result = await payments.call<{ paymentApproval: unknown }>(payer, APPROVAL, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paymentApproval).toMatchObject({
      id,
      status: 'APPROVED',
      method: 'visa •••• 4242',
      order: { id: orderId },
      payer: { id: payer.userId },
      amount: { amount: 4200, currency: 'EUR' },
    });
    for (const caller of [user('PHARMACIST'), user('ADMIN'), service]) {
      expect((await payments.call(caller, APPROVAL, { id })).errors).toBeUndefined();
    }
  });

  it('refuses another patient and a courier, and anonymous callers', async () => {
    const id = await insertApproval(payments.runtime.db, { payerId: uuidv7() });
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      const result = await payments.call(caller, APPROVAL, { id });
      expectError(result, 'FORBIDDEN');
      expect(result.data?.paymentApproval).toBeNull();
      const entity = await entities(caller, [{ __typename: 'PaymentApproval', id }]);
      expectError(entity, 'FORBIDDEN');
      expect(entity.data?._entities).toEqual([null]);
    }
    expectError(await payments.call(anonymous, APPROVAL, { id }), 'UNAUTHENTICATED');
  });

  it('answers null for an unknown or malformed id', async () => {
    for (const id of [uuidv7(), 'not-a-uuid']) {
      expect(await payments.call(user('ADMIN'), APPROVAL, { id })).toEqual({
        data: { paymentApproval: null },
      });
    }
  });
});

describe('Query.paymentApprovals', () => {
  it('is for staff and services only', async () => {
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      expectError(await payments.call(caller, APPROVALS), 'FORBIDDEN');
    }
    expectError(await payments.call(anonymous, APPROVALS), 'UNAUTHENTICATED');
    expect((await payments.call(service, APPROVALS)).errors).toBeUndefined();
  });

  it('pages newest first with a cursor', async () => {
    const payerId = uuidv7();
    const [oldest, middle, newest] = [
      await insertApproval(payments.runtime.db, { payerId }),
      await insertApproval(payments.runtime.db, { payerId }),
      await insertApproval(payments.runtime.db, { payerId }),
    ];
    type Page = {
      paymentApprovals: { nodes: { id: string }[]; endCursor: string; hasNextPage: boolean };
    };
    // Other tests may write approvals into the same database at the same time: walk the pages
    // and check that ours come newest first, each exactly once.
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50 && !seen.includes(oldest); page++) {
      const caller = page % 2 ? user('PHARMACIST') : user('ADMIN');
      const result = await payments.call<Page>(caller, APPROVALS, { first: 2, after });
      const connection = result.data!.paymentApprovals;
      expect(connection.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...connection.nodes.map((n) => n.id));
      if (!seen.includes(oldest)) expect(connection.hasNextPage).toBe(true);
      after = connection.endCursor;
    }
    expect(seen.filter((id) => [oldest, middle, newest].includes(id))).toEqual([
      newest,
      middle,
      oldest,
    ]);
    expect(new Set(seen).size).toBe(seen.length);
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not a cursor' }]) {
      expectError(await payments.call(user('ADMIN'), APPROVALS, variables), 'BAD_USER_INPUT');
    }
  });
});

describe('User.paymentApprovals', () => {
  it("lists the payer's own approvals newest first, for them and staff only", async () => {
    const payer = user('PATIENT');
    const older = await insertApproval(payments.runtime.db, { payerId: payer.userId });
    const newer = await insertApproval(payments.runtime.db, {
      payerId: payer.userId,
      status: 'DECLINED',
    });
    const ref = [{ __typename: 'User', id: payer.userId }];
    for (const caller of [payer, user('PHARMACIST'), user('ADMIN'), service]) {
      expect((await entities(caller, ref)).data?._entities).toEqual([
        { paymentApprovals: [{ id: newer }, { id: older }] },
      ]);
    }
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      const result = await entities(caller, ref);
      expectError(result, 'FORBIDDEN');
      expect(result.data?._entities).toEqual([null]);
    }
    expectError(await entities(anonymous, ref), 'UNAUTHENTICATED');
  });
});

describe('Order.payment', () => {
  it('picks the approved payment over declined attempts, else the latest attempt', async () => {
    const payer = user('PATIENT');
    const [paidOrder, declinedOrder, unpaidOrder] = [uuidv7(), uuidv7(), uuidv7()];
    const db = payments.runtime.db;
    await insertApproval(db, { payerId: payer.userId, orderId: paidOrder, status: 'DECLINED' });
    const approved = await insertApproval(db, { payerId: payer.userId, orderId: paidOrder });
    await insertApproval(db, { payerId: payer.userId, orderId: paidOrder, status: 'DECLINED' });
    await insertApproval(db, { payerId: payer.userId, orderId: declinedOrder, status: 'DECLINED' });
    const lastTry = await insertApproval(db, {
      payerId: payer.userId,
      orderId: declinedOrder,
      status: 'DECLINED',
    });
    const result = await entities(
      payer,
      [paidOrder, declinedOrder, unpaidOrder, 'nope'].map(orderRef),
    );
    expect(result).toEqual({
      data: {
        _entities: [
          { payment: { id: approved, status: 'APPROVED' } },
          { payment: { id: lastTry, status: 'DECLINED' } },
          { payment: null },
          { payment: null },
        ],
      },
    });
  });

  it("is FORBIDDEN on another's order, but null where nothing was paid", async () => {
    const orderId = uuidv7();
    await insertApproval(payments.runtime.db, { payerId: uuidv7(), orderId });
    const result = await entities(user('PATIENT'), [orderRef(orderId), orderRef(uuidv7())]);
    expectError(result, 'FORBIDDEN');
    expect(result.data?._entities).toEqual([{ payment: null }, { payment: null }]);
    expect((await entities(user('PHARMACIST'), [orderRef(orderId)])).errors).toBeUndefined();
    expectError(await entities(anonymous, [orderRef(orderId)]), 'UNAUTHENTICATED');
  });

  it('lets the database hold at most one live charge per order', async () => {
    const db = payments.runtime.db;
    const orderId = uuidv7();
    await insertApproval(db, { payerId: uuidv7(), orderId, status: 'DECLINED' });
    await insertApproval(db, { payerId: uuidv7(), orderId, status: 'DECLINED' });
    await insertApproval(db, { payerId: uuidv7(), orderId, status: 'PENDING' });
    for (const status of ['APPROVED', 'PENDING', 'REFUNDED'] as const) {
      expect(await sqlState(insertApproval(db, { payerId: uuidv7(), orderId, status }))).toBe(
        '23505',
      );
    }
    expect(await sqlState(insertApproval(db, { payerId: uuidv7(), amount: 0 }))).toBe('23514');
  });
});

describe('SQL statements per request', () => {
  const count = async (caller: Caller, r: object[]) => {
    statements = 0;
    expect((await entities(caller, r)).errors).toBeUndefined();
    return statements;
  };
  const paidOrders = async (n: number) => {
    const refs = [];
    for (let i = 0; i < n; i++) {
      const orderId = uuidv7();
      await insertApproval(payments.runtime.db, { payerId: uuidv7(), orderId, status: 'DECLINED' });
      await insertApproval(payments.runtime.db, { payerId: uuidv7(), orderId });
      refs.push(orderRef(orderId));
    }
    return refs;
  };

  it('loads the payments of many Order references in one statement', async () => {
    const few = await count(user('ADMIN'), await paidOrders(2));
    expect(await count(user('ADMIN'), await paidOrders(15))).toBe(few);
    expect(few).toBe(1);
  });

  it('loads the approvals of many users in one statement', async () => {
    const users = async (n: number) => {
      const refs = [];
      for (let i = 0; i < n; i++) {
        const payerId = uuidv7();
        await insertApproval(payments.runtime.db, { payerId });
        refs.push({ __typename: 'User', id: payerId });
      }
      return refs;
    };
    const few = await count(service, await users(2));
    expect(await count(service, await users(15))).toBe(few);
    expect(few).toBe(1);
  });
});
