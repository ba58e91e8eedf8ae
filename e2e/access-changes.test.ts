import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, registerPatient, type Session } from './helpers';
import { eventually, setStatus } from './ordering-support';
import { ORDER_STATUS_CHANGED } from './operations';
import {
  adminSession,
  assignStaff,
  openBranch,
  setUserRole,
  staffMember,
  unassignStaff,
  type Branch,
} from './staff';
import { OTC, paidOrder, setStockAt } from './staff-scoping-support';
import { startStack, type Stack } from './stack';
import { subscribe } from './subscription-client';

let stack: Stack;
let admin: Session;
let patient: Session;
let a: Branch;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  admin = await adminSession(stack);
  [a, patient] = await Promise.all([openBranch(stack, admin), registerPatient(stack)]);
  await setStockAt(stack, a.pharmacist, a.pharmacyId, OTC, 50);
});
afterAll(() => stack?.stop());

const paidOrderAtA = async () =>
  (
    await paidOrder(stack, patient, {
      pharmacyId: a.pharmacyId,
      lines: [{ medicationId: OTC, quantity: 1 }],
    })
  ).orderId;

/** What a pharmacist of A does, with one token: error codes (none: allowed), and the list. */
async function pharmacistWork(token: string, orderId: string) {
  const ask = (query: string, variables: Record<string, unknown>) =>
    stack.request<{ orders: { nodes: { id: string }[] } }>(query, variables, token);
  const order = await ask('query($id: ID!) { order(id: $id) { id } }', { id: orderId });
  const list = await ask('{ orders(first: 100) { nodes { id } } }', {});
  const setStock = await ask(
    'mutation($p: ID!, $m: ID!) { setStock(pharmacyId: $p, medicationId: $m, quantity: 40) { quantityAvailable } }',
    { p: a.pharmacyId, m: OTC },
  );
  return {
    order: codes(order.body),
    listed: (list.body.data?.orders.nodes ?? []).some((o) => o.id === orderId),
    setStock: codes(setStock.body),
  };
}
const ALLOWED = { order: [], listed: true, setStock: [] };
const REFUSED = { order: ['FORBIDDEN'], listed: false, setStock: ['FORBIDDEN'] };

const ME = '{ me { role pharmacies { id } } orders { nodes { id } } }';

describe('a change of access counts from the next request, with the same access token', () => {
  it('a pharmacist made a patient is refused at once', async () => {
    const orderId = await paidOrderAtA();
    const pharmacist = await staffMember(stack, admin, 'PHARMACIST', [a.pharmacyId]);
    expect(await pharmacistWork(pharmacist.accessToken, orderId)).toEqual(ALLOWED);
    await setUserRole(stack, admin, pharmacist.user.id, 'PATIENT');
    expect(await pharmacistWork(pharmacist.accessToken, orderId)).toEqual(REFUSED);
    const me = await gql(stack, pharmacist, ME);
    expect(me).toEqual({ me: { role: 'PATIENT', pharmacies: [] }, orders: { nodes: [] } });
  });

  it('a patient made a pharmacist of A is allowed at once', async () => {
    const orderId = await paidOrderAtA();
    const promoted = await registerPatient(stack);
    expect(await pharmacistWork(promoted.accessToken, orderId)).toEqual(REFUSED);
    await setUserRole(stack, admin, promoted.user.id, 'PHARMACIST');
    await assignStaff(stack, admin, promoted.user.id, a.pharmacyId);
    expect(await pharmacistWork(promoted.accessToken, orderId)).toEqual(ALLOWED);
  });

  it("a pharmacist unassigned from A no longer sees A's orders", async () => {
    const orderId = await paidOrderAtA();
    const pharmacist = await staffMember(stack, admin, 'PHARMACIST', [a.pharmacyId]);
    expect(await pharmacistWork(pharmacist.accessToken, orderId)).toEqual(ALLOWED);
    await unassignStaff(stack, admin, pharmacist.user.id, a.pharmacyId);
    expect(await pharmacistWork(pharmacist.accessToken, orderId)).toEqual(REFUSED);
    const after = await gql(stack, pharmacist, ME);
    expect(after).toEqual({ me: { role: 'PHARMACIST', pharmacies: [] }, orders: { nodes: [] } });
  });
});

/** Waits until the orders subgraph holds exactly `count` subscriptions. */
const upstreamHolds = (count: number) =>
  eventually(
    async () => stack.subgraphs.orders.runtime.deps.orderEvents.subscriberCount,
    (held) => held === count,
  );

describe('an open subscription', () => {
  it.each([
    ['an unassignment', (userId: string) => unassignStaff(stack, admin, userId, a.pharmacyId)],
    ['a role change', (userId: string) => setUserRole(stack, admin, userId, 'COURIER')],
  ])('is closed after %s, before the next event', async (_change, change) => {
    const orderId = await paidOrderAtA();
    const pharmacist = await staffMember(stack, admin, 'PHARMACIST', [a.pharmacyId]);
    await upstreamHolds(0);
    const watcher = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: pharmacist.accessToken,
    });
    await upstreamHolds(1);
    await change(pharmacist.user.id);
    // No event has reached this subscriber yet, so the gateway holds no answer of theirs.
    expect(
      (await setStatus(stack, a.pharmacist, orderId, 'PREPARING')).body.errors,
    ).toBeUndefined();
    expect((await watcher.closed).code).toBe(4403);
    expect(watcher.results).toEqual([]);
    // A new subscription with the same token sees what the new access allows: not A's order.
    const again = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: pharmacist.accessToken,
      variables: { orderId },
    });
    const [refused] = await again.waitFor(1);
    expect(refused?.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    ]);
    again.dispose();
    await upstreamHolds(0);
  });
});
