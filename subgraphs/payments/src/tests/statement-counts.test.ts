import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { entities, insertApproval, orderRef, service, user, usePayments } from './fixtures';

let statements = 0;
const payments = usePayments({ onQuery: () => void statements++ });

/** The SQL statements one request of references takes. */
const count = async (caller: Caller, r: object[]) => {
  statements = 0;
  expect((await entities(payments(), caller, r)).errors).toBeUndefined();
  return statements;
};

describe('SQL statements per request', () => {
  const paidOrders = async (n: number) => {
    const refs = [];
    for (let i = 0; i < n; i++) {
      const orderId = uuidv7();
      await insertApproval(payments().runtime.db, {
        payerId: uuidv7(),
        orderId,
        status: 'DECLINED',
      });
      await insertApproval(payments().runtime.db, { payerId: uuidv7(), orderId });
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
        await insertApproval(payments().runtime.db, { payerId });
        refs.push({ __typename: 'User', id: payerId });
      }
      return refs;
    };
    const few = await count(service, await users(2));
    expect(await count(service, await users(15))).toBe(few);
    expect(few).toBe(1);
  });
});
