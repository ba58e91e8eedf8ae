import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import {
  anonymous,
  errorCodeOf,
  service,
  upload,
  user,
  usePrescriptions,
  verify,
} from './fixtures';

const sg = usePrescriptions();

const LOG = `query($id: ID!) { prescriptionAccessLog(prescriptionId: $id) { actorId actorRole action at } }`;
type Entry = { actorId: string; actorRole: string; action: string; at: string };
/**
 * The entries of a prescription by these callers (and services). On PostgreSQL the test files
 * share one database, and staff of other files list every prescription sent to no pharmacy.
 */
async function accessLog(id: string, ...callers: Caller[]) {
  const result = await sg().call<{ prescriptionAccessLog: Entry[] }>(user('ADMIN'), LOG, { id });
  const actors = new Set(callers.map((caller) => (caller.kind === 'user' ? caller.userId : '')));
  const entries = result.data?.prescriptionAccessLog ?? [];
  return entries.filter(
    (entry) => entry.actorRole.startsWith('SERVICE') || actors.has(entry.actorId),
  );
}
const read = (caller: Caller, id: string) =>
  sg().call(caller, `query($id: ID!) { prescription(id: $id) { id } }`, { id });

describe('prescription access log', () => {
  it('records who created, read, verified, took, returned and deleted, oldest first', async () => {
    const patient = user('PATIENT');
    const pharmacist = user('PHARMACIST');
    const medicationId = uuidv7();
    const { id } = await upload(sg(), patient, { items: [{ medicationId, quantity: 2 }] });
    await read(patient, id);
    await read(pharmacist, id);
    await verify(sg(), id, pharmacist);
    const orderId = uuidv7();
    const lines = [{ medicationId, quantity: 1 }];
    const takeArgs = { orderId, prescriptionId: id, patientId: patient.userId, lines };
    const take = `mutation($orderId: ID!, $prescriptionId: ID!, $patientId: ID!, $lines: [PrescriptionLineInput!]!) {
      takePrescriptionQuantity(orderId: $orderId, prescriptionId: $prescriptionId, patientId: $patientId, lines: $lines) { orderId } }`;
    expect((await sg().call(service, take, takeArgs)).errors).toBeUndefined();
    await sg().call(service, take, takeArgs); // a replay is not a second take
    const give = `mutation($o: ID!) { returnPrescriptionQuantity(orderId: $o) { orderId } }`;
    await sg().call(service, give, { o: orderId });
    await sg().call(service, give, { o: orderId });
    // Refused reads leave no READ entry behind.
    const stranger = user('PATIENT');
    await read(stranger, id);

    const entries = await accessLog(id, patient, pharmacist, stranger);
    expect(entries.map(({ actorId, actorRole, action }) => [actorId, actorRole, action])).toEqual([
      [patient.userId, 'PATIENT', 'CREATE'],
      [patient.userId, 'PATIENT', 'READ'],
      [pharmacist.userId, 'PHARMACIST', 'READ'],
      [pharmacist.userId, 'PHARMACIST', 'VERIFY'],
      // Done by orders for the patient: the patient is named, the role names the service.
      [patient.userId, 'SERVICE:orders', 'DISPENSE'],
      [patient.userId, 'SERVICE:orders', 'RETURN'],
    ]);
    expect(Number.isNaN(Date.parse(entries[0]!.at))).toBe(false);
  });

  it('keeps rejections and deletions, which outlive the prescription', async () => {
    const patient = user('PATIENT');
    const admin = user('ADMIN');
    const { id } = await upload(sg(), patient);
    await sg().call(
      admin,
      `mutation($id: ID!) { rejectPrescription(id: $id, reason: "Unreadable") { id } }`,
      { id },
    );
    await sg().call(patient, `mutation($id: ID!) { deletePrescription(id: $id) }`, { id });
    expect((await accessLog(id, patient, admin)).map((entry) => entry.action)).toEqual([
      'CREATE',
      'REJECT',
      'DELETE',
    ]);
  });

  it('is shown to admins only', async () => {
    const patient = user('PATIENT');
    const { id } = await upload(sg(), patient);
    for (const caller of [patient, user('PHARMACIST'), user('COURIER')]) {
      const result = await sg().call(caller, LOG, { id });
      expect(errorCodeOf(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    expect(errorCodeOf(await sg().call(anonymous, LOG, { id }))).toBe('UNAUTHENTICATED');
    expect(await accessLog('not-a-uuid', user('ADMIN'))).toEqual([]);
  });
});
