import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, registerPatient, type Session } from './helpers';
import { HEADLINE } from './operations';
import { uploadPrescription, verifyPrescription } from './prescription-support';
import { adminSession, openBranch, type Branch } from './staff';
import { paidOrder, RX, setStockAt } from './staff-scoping-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let admin: Session;
let a: Branch;
let patient: Session;
/** Sent to A, verified there and used by `orderId`; and one sent to no pharmacy. */
let sent: string;
let unsent: string;
let orderId: string;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  admin = await adminSession(stack);
  [a, patient] = await Promise.all([openBranch(stack, admin), registerPatient(stack)]);
  await setStockAt(stack, a.pharmacist, a.pharmacyId, RX, 10);
  sent = await uploadPrescription(stack, patient, [{ medicationId: RX, quantity: 2 }], {
    pharmacyId: a.pharmacyId,
  });
  unsent = await uploadPrescription(stack, patient, [{ medicationId: RX, quantity: 1 }]);
  await verifyPrescription(stack, a.pharmacist, sent);
  ({ orderId } = await paidOrder(stack, patient, {
    pharmacyId: a.pharmacyId,
    prescriptionId: sent,
    lines: [{ medicationId: RX, quantity: 1 }],
  }));
});
afterAll(() => stack?.stop());

interface Entry {
  actorId: string;
  action: string;
}
/** The admin's view of the log; reading it is not a read of the prescription by the patient. */
async function readsBy(userId: string, prescriptionId: string): Promise<number> {
  const { prescriptionAccessLog } = await gql<{ prescriptionAccessLog: Entry[] }>(
    stack,
    admin,
    'query($id: ID!) { prescriptionAccessLog(prescriptionId: $id) { actorId action } }',
    { id: prescriptionId },
  );
  return prescriptionAccessLog.filter((e) => e.actorId === userId && e.action === 'READ').length;
}
const readsOfPatient = () => Promise.all([sent, unsent].map((id) => readsBy(patient.user.id, id)));

describe('the access log', () => {
  it('holds one READ row per prescription each time the headline query runs', async () => {
    const before = await readsOfPatient();
    const headline = await gql<{ me: { prescriptions: { id: string }[] } }>(
      stack,
      patient,
      HEADLINE,
    );
    expect(headline.me.prescriptions.map((p) => p.id).sort()).toEqual([sent, unsent].sort());
    expect(await readsOfPatient()).toEqual(before.map((n) => n + 1));
    await gql(stack, patient, HEADLINE);
    expect(await readsOfPatient()).toEqual(before.map((n) => n + 2));
  });

  it('records one READ per request, however many paths reach the prescription', async () => {
    const before = await readsOfPatient();
    await gql(
      stack,
      patient,
      `query($id: ID!) {
        me { prescriptions { id } orders { prescription { id items { quantity } } } }
        prescription(id: $id) { id status }
        prescriptions { id }
      }`,
      { id: sent },
    );
    expect(await readsOfPatient()).toEqual(before.map((n) => n + 1));
  });

  it('records the staff who read it, by each path', async () => {
    const paths: [string, Record<string, unknown>][] = [
      ['query($o: ID!) { order(id: $o) { prescription { id status } } }', { o: orderId }],
      ['{ prescriptions { id status } }', {}],
      ['query($id: ID!) { prescription(id: $id) { id status } }', { id: sent }],
      ['query($u: ID!) { user(id: $u) { prescriptions { id status } } }', { u: patient.user.id }],
    ];
    for (const [query, variables] of paths) {
      const before = await readsBy(a.pharmacist.user.id, sent);
      await gql(stack, a.pharmacist, query, variables);
      expect(await readsBy(a.pharmacist.user.id, sent), query).toBe(before + 1);
    }
  });

  it('is readable as Prescription.accessLog by the patient and admins only', async () => {
    const LOG =
      'query($id: ID!) { prescription(id: $id) { accessLog { actor { id } action at } } }';
    for (const who of [patient, admin]) {
      const { prescription } = await gql<{
        prescription: { accessLog: { actor: { id: string }; action: string; at: string }[] };
      }>(stack, who, LOG, { id: sent });
      const entries = prescription.accessLog.map((e) => [e.actor.id, e.action]);
      expect(entries[0]).toEqual([patient.user.id, 'CREATE']);
      expect(entries).toContainEqual([a.pharmacist.user.id, 'VERIFY']);
      expect(entries).toContainEqual([patient.user.id, 'READ']);
      const times = prescription.accessLog.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
    const { body } = await stack.request(LOG, { id: sent }, a.pharmacist.accessToken);
    expect(codes(body)).toEqual(['FORBIDDEN']);
  });
});
