import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  anonymous,
  entities,
  expectError,
  insertApproval,
  pharmacistOf,
  service,
  user,
  usePayments,
} from './fixtures';

const payments = usePayments();

const APPROVAL = `query($id: ID!) { paymentApproval(id: $id) {
  id status method failureReason createdAt order { id } payer { id } amount { amount currency } } }`;

describe('Query.paymentApproval and PaymentApproval references', () => {
  it("shows the payer their approval, and the pharmacy's pharmacists, admins and services", async () => {
    const payer = user('PATIENT');
    const [orderId, pharmacyId] = [uuidv7(), uuidv7()];
    const id = await insertApproval(payments().runtime.db, {
      payerId: payer.userId,
      pharmacyId,
      orderId,
      amount: 4200,
    });
    const result = await payments().call<{ paymentApproval: unknown }>(payer, APPROVAL, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paymentApproval).toMatchObject({
      id,
      status: 'APPROVED',
      method: 'visa •••• 4242',
      order: { id: orderId },
      payer: { id: payer.userId },
      amount: { amount: 4200, currency: 'EUR' },
    });
    for (const caller of [pharmacistOf(pharmacyId), user('ADMIN'), service]) {
      expect((await payments().call(caller, APPROVAL, { id })).errors).toBeUndefined();
    }
  });

  it('refuses another patient and a courier, and anonymous callers', async () => {
    const id = await insertApproval(payments().runtime.db, { payerId: uuidv7() });
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      const result = await payments().call(caller, APPROVAL, { id });
      expectError(result, 'FORBIDDEN');
      expect(result.data?.paymentApproval).toBeNull();
      const entity = await entities(payments(), caller, [{ __typename: 'PaymentApproval', id }]);
      expectError(entity, 'FORBIDDEN');
      expect(entity.data?._entities).toEqual([null]);
    }
    expectError(await payments().call(anonymous, APPROVAL, { id }), 'UNAUTHENTICATED');
  });

  it('answers null for an unknown or malformed id', async () => {
    for (const id of [uuidv7(), 'not-a-uuid']) {
      expect(await payments().call(user('ADMIN'), APPROVAL, { id })).toEqual({
        data: { paymentApproval: null },
      });
    }
  });
});
