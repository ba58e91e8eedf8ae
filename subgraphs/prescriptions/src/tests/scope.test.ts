import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { dispensations } from '../db/schema';
import {
  errorCodeOf,
  prescriptionInput,
  type Prescriptions,
  service,
  upload,
  user,
  UPLOAD,
  verify,
} from './fixtures';
import { addPharmacy, usePrescriptionsWithInventory } from './with-inventory';

const running = usePrescriptionsWithInventory();
const sg = () => running().prescriptions;

const READ = `query($id: ID!) { prescription(id: $id) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Prescription { id } ... on User { prescriptions { id } } } }`;
const LIST = `{ prescriptions { id } }`;
const VERIFY = `mutation($id: ID!) { verifyPrescription(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!) { rejectPrescription(id: $id, reason: "Illegible") { id } }`;

/**
 * What `caller` gets of a prescription by id and by entity reference ('OK', or the error code
 * with the data that came with it), and whether it is in the patient's User.prescriptions.
 */
async function views(caller: Caller, id: string, patientId: string) {
  const outcome = (result: Awaited<ReturnType<Prescriptions['call']>>) =>
    result.errors ? [errorCodeOf(result), result.data] : 'OK';
  const byId = await sg().call(caller, READ, { id });
  const ref = await sg().call(caller, ENTITIES, { r: [{ __typename: 'Prescription', id }] });
  const listed = await sg().call<{ _entities: { prescriptions: { id: string }[] }[] }>(
    caller,
    ENTITIES,
    { r: [{ __typename: 'User', id: patientId }] },
  );
  const inList = listed.data?._entities[0]?.prescriptions.some((p) => p.id === id) ?? false;
  return { byId: outcome(byId), ref: outcome(ref), inList };
}

const queue = async (caller: Caller) =>
  (
    (await sg().call<{ prescriptions: { id: string }[] }>(caller, LIST)).data?.prescriptions ?? []
  ).map((p) => p.id);

/** Two pharmacies, a pharmacist of each, and a patient's prescriptions sent to A and to none. */
async function twoPharmacies() {
  const [a, b] = [await addPharmacy(running().inventory), await addPharmacy(running().inventory)];
  const patient = user('PATIENT');
  const toA = await upload(sg(), patient, { pharmacyId: a });
  const toNone = await upload(sg(), patient);
  return { a, b, patient, toA, toNone, ofA: user('PHARMACIST', [a]), ofB: user('PHARMACIST', [b]) };
}

describe('pharmacists work on the prescriptions of their own pharmacies', () => {
  it('is sent to a pharmacy inventory knows; NOT_FOUND otherwise, writing nothing', async () => {
    const a = await addPharmacy(running().inventory);
    const patient = user('PATIENT');
    const sent = await upload(sg(), patient, { pharmacyId: a.toUpperCase() });
    expect(sent.pharmacy).toEqual({ id: a });
    for (const pharmacyId of [uuidv7(), 'not-a-uuid']) {
      const result = await sg().call(patient, UPLOAD, { input: prescriptionInput({ pharmacyId }) });
      expect(errorCodeOf(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toMatch(/Pharmacy/);
    }
    expect(await queue(patient)).toEqual([sent.id]);
  });

  it('reads: sent to one of theirs or to none; FORBIDDEN and left out of lists otherwise', async () => {
    const { patient, toA, toNone, ofA, ofB } = await twoPharmacies();
    // Denied is null and FORBIDDEN, never the data.
    const denied = {
      byId: ['FORBIDDEN', { prescription: null }],
      ref: ['FORBIDDEN', { _entities: [null] }],
      inList: false,
    };
    const allowed = { byId: 'OK', ref: 'OK', inList: true };
    for (const [caller, expectedForA] of [
      [ofA, allowed],
      [ofB, denied],
      [user('PHARMACIST'), denied],
      [user('ADMIN'), allowed],
      [patient, allowed],
    ] as const) {
      expect(await views(caller, toA.id, patient.userId)).toEqual(expectedForA);
      expect(await views(caller, toNone.id, patient.userId)).toEqual(allowed);
    }
  });

  it('the review queue: sent to their pharmacies or to none', async () => {
    const { toA, toNone, ofA, ofB } = await twoPharmacies();
    expect(await queue(ofA)).toEqual(expect.arrayContaining([toA.id, toNone.id]));
    const forB = await queue(ofB);
    expect(forB).toContain(toNone.id);
    expect(forB).not.toContain(toA.id);
    expect(await queue(user('ADMIN'))).toEqual(expect.arrayContaining([toA.id, toNone.id]));
  });

  it('verifies and rejects: sent to theirs or to none; FORBIDDEN otherwise, changing nothing', async () => {
    const { patient, toA, toNone, ofA, ofB } = await twoPharmacies();
    for (const mutation of [VERIFY, REJECT]) {
      expect(errorCodeOf(await sg().call(ofB, mutation, { id: toA.id }))).toBe('FORBIDDEN');
      expect(errorCodeOf(await sg().call(user('PHARMACIST'), mutation, { id: toA.id }))).toBe(
        'FORBIDDEN',
      );
    }
    const status = `query($id: ID!) { prescription(id: $id) { status } }`;
    expect((await sg().call(patient, status, { id: toA.id })).data).toEqual({
      prescription: { status: 'SUBMITTED' },
    });
    expect((await sg().call(ofA, VERIFY, { id: toA.id })).data).toEqual({
      verifyPrescription: { id: toA.id, status: 'VERIFIED' },
    });
    expect((await sg().call(ofB, REJECT, { id: toNone.id })).errors).toBeUndefined();
  });

  it('sees the document when it may review the prescription, FORBIDDEN otherwise', async () => {
    const a = await addPharmacy(running().inventory);
    const patient = user('PATIENT');
    const pdf = Buffer.from('%PDF-1.7 a scanned prescription').toString('base64');
    const { id } = await upload(sg(), patient, { pharmacyId: a, documentBase64: pdf });
    const DOC = `query($id: ID!) { prescription(id: $id) { id document { contentType } } }`;
    const ofA = await sg().call(user('PHARMACIST', [a]), DOC, { id });
    expect(ofA.data).toEqual({
      prescription: { id, document: { contentType: 'application/pdf' } },
    });
    const elsewhere = await sg().call(user('PHARMACIST', [uuidv7()]), DOC, { id });
    expect(errorCodeOf(elsewhere)).toBe('FORBIDDEN');
    expect(JSON.stringify(elsewhere.data)).not.toContain('application/pdf');
  });

  it("an order at a pharmacy lets that pharmacy's pharmacists read what it took from, not review it", async () => {
    const { patient, b, toA, ofA, ofB } = await twoPharmacies();
    await verify(sg(), toA.id, ofA);
    const TAKE = `mutation($o: ID!, $p: ID!, $u: ID!, $ph: ID, $m: ID!) { takePrescriptionQuantity(orderId: $o,
      prescriptionId: $p, patientId: $u, pharmacyId: $ph, lines: [{ medicationId: $m, quantity: 1 }]) { orderId } }`;
    const orderId = uuidv7();
    const take = { o: orderId, p: toA.id, u: patient.userId, m: toA.items[0]!.medication.id };
    expect(
      errorCodeOf(await sg().call(service, TAKE, { ...take, o: uuidv7(), ph: 'nowhere' })),
    ).toBe('BAD_USER_INPUT');
    expect((await sg().call(service, TAKE, { ...take, ph: b })).errors).toBeUndefined();
    const taken = await sg()
      .runtime.db.select({ pharmacyId: dispensations.pharmacyId })
      .from(dispensations)
      .where(eq(dispensations.orderId, orderId));
    expect(taken).toEqual([{ pharmacyId: b }]);

    expect(await views(ofB, toA.id, patient.userId)).toEqual({
      byId: 'OK',
      ref: 'OK',
      inList: true,
    });
    expect(await queue(ofB)).not.toContain(toA.id);
    const DOC = `query($id: ID!) { prescription(id: $id) { id document { contentType } } }`;
    expect(errorCodeOf(await sg().call(ofB, DOC, { id: toA.id }))).toBe('FORBIDDEN');
  });
});
