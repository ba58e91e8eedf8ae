import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  anonymous,
  entities,
  expectError,
  insertApproval,
  orderRef,
  pharmacistOf,
  sqlState,
  user,
  usePayments,
} from './fixtures';

const payments = usePayments();

describe('Order.payment', () => {
  it('picks the approved payment over declined attempts, else the latest attempt', async () => {
    const payer = user('PATIENT');
    const [paidOrder, declinedOrder, unpaidOrder] = [uuidv7(), uuidv7(), uuidv7()];
    const db = payments().runtime.db;
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
      payments(),
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
    const [orderId, pharmacyId] = [uuidv7(), uuidv7()];
    await insertApproval(payments().runtime.db, { payerId: uuidv7(), orderId, pharmacyId });
    const patient = user('PATIENT');
    const result = await entities(payments(), patient, [orderRef(orderId), orderRef(uuidv7())]);
    expectError(result, 'FORBIDDEN');
    expect(result.data?._entities).toEqual([{ payment: null }, { payment: null }]);
    const pharmacist = pharmacistOf(pharmacyId);
    expect((await entities(payments(), pharmacist, [orderRef(orderId)])).errors).toBeUndefined();
    expectError(await entities(payments(), anonymous, [orderRef(orderId)]), 'UNAUTHENTICATED');
  });

  it('lets the database hold at most one live charge per order', async () => {
    const db = payments().runtime.db;
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
