import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import {
  entities,
  expectError,
  insertApproval,
  orderRef,
  pharmacistOf,
  user,
  usePayments,
} from './fixtures';

const payments = usePayments();

const APPROVAL = `query($id: ID!) { paymentApproval(id: $id) { id } }`;
const LIST = `{ paymentApprovals(first: 100) { nodes { id } } }`;

/** A patient's approvals: one at pharmacy A, one at B, one recorded before pharmacies were. */
async function approvalsAtTwoPharmacies() {
  const db = payments().runtime.db;
  const [a, b, payer] = [uuidv7(), uuidv7(), user('PATIENT')];
  const orderOf = { a: uuidv7(), b: uuidv7(), none: uuidv7() };
  const ids = {
    a: await insertApproval(db, { payerId: payer.userId, pharmacyId: a, orderId: orderOf.a }),
    b: await insertApproval(db, { payerId: payer.userId, pharmacyId: b, orderId: orderOf.b }),
    none: await insertApproval(db, { payerId: payer.userId, orderId: orderOf.none }),
  };
  return { a, b, payer, ids, orderOf };
}

/** Whether the caller sees an approval by id, as a reference, and as its order's payment. */
async function seesApproval(caller: Caller, id: string, orderId: string) {
  const byId = await payments().call<{ paymentApproval: { id: string } | null }>(caller, APPROVAL, {
    id,
  });
  const reference = await entities(payments(), caller, [{ __typename: 'PaymentApproval', id }]);
  const payment = await entities(payments(), caller, [orderRef(orderId)]);
  const seen = [
    byId.data?.paymentApproval?.id === id,
    reference.data?._entities[0]?.id === id,
    payment.data?._entities[0]?.payment?.id === id,
  ];
  if (seen.every(Boolean)) return true;
  // Refused on every path alike: null and FORBIDDEN, never the data.
  expect(seen).toEqual([false, false, false]);
  for (const result of [byId, reference, payment]) expectError(result, 'FORBIDDEN');
  return false;
}

describe("a pharmacist sees the payments of their own pharmacies' orders only", () => {
  it('by id, as a reference and as Order.payment', async () => {
    const { a, b, payer, ids, orderOf } = await approvalsAtTwoPharmacies();
    const [ofA, ofB, ofBoth] = [pharmacistOf(a), pharmacistOf(b), pharmacistOf(a, b)];
    expect(await seesApproval(ofA, ids.a, orderOf.a)).toBe(true);
    expect(await seesApproval(ofB, ids.a, orderOf.a)).toBe(false);
    expect(await seesApproval(ofBoth, ids.a, orderOf.a)).toBe(true);
    expect(await seesApproval(ofBoth, ids.b, orderOf.b)).toBe(true);
    expect(await seesApproval(pharmacistOf(), ids.a, orderOf.a)).toBe(false);
    // A courier of the pharmacy is no pharmacist.
    expect(await seesApproval({ ...ofA, role: 'COURIER' }, ids.a, orderOf.a)).toBe(false);
    // An approval that does not know its pharmacy: its payer and admins only.
    expect(await seesApproval(ofBoth, ids.none, orderOf.none)).toBe(false);
    expect(await seesApproval(payer, ids.none, orderOf.none)).toBe(true);
    expect(await seesApproval(user('ADMIN'), ids.none, orderOf.none)).toBe(true);
  });

  it('in Query.paymentApprovals', async () => {
    const { a, b, ids } = await approvalsAtTwoPharmacies();
    const listed = async (caller: Caller) => {
      const result = await payments().call<{ paymentApprovals: { nodes: { id: string }[] } }>(
        caller,
        LIST,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.paymentApprovals.nodes.map((node) => node.id);
    };
    // Fresh pharmacies: only this test's approvals are theirs, newest first.
    expect(await listed(pharmacistOf(a))).toEqual([ids.a]);
    expect(await listed(pharmacistOf(b, a))).toEqual([ids.b, ids.a]);
    expect(await listed(pharmacistOf())).toEqual([]);
    expect(await listed(pharmacistOf('not-a-uuid'))).toEqual([]);
  });

  it('in User.paymentApprovals', async () => {
    const { a, b, payer, ids } = await approvalsAtTwoPharmacies();
    const ref = [{ __typename: 'User', id: payer.userId }];
    const listed = async (caller: Caller) => {
      const result = await entities(payments(), caller, ref);
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0]!.paymentApprovals!.map((approval) => approval.id);
    };
    const all = [ids.none, ids.b, ids.a];
    expect(await listed(payer)).toEqual(all);
    expect(await listed(user('ADMIN'))).toEqual(all);
    expect(await listed(pharmacistOf(a))).toEqual([ids.a]);
    expect(await listed(pharmacistOf(a, b))).toEqual([ids.b, ids.a]);
    expect(await listed(pharmacistOf())).toEqual([]);
    expectError(
      await entities(payments(), { ...pharmacistOf(a), role: 'COURIER' }, ref),
      'FORBIDDEN',
    );
  });
});
