import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import {
  anonymous,
  errorCodeOf,
  prescriptionInput,
  service,
  upload,
  user,
  usePrescriptions,
  UPLOAD,
} from './fixtures';

const sg = usePrescriptions();

const READ = `query($id: ID!) { prescription(id: $id) { id } }`;
const LIST = `{ prescriptions { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Prescription { id } ... on User { id prescriptions { id } } } }`;
const prescriptionRef = (id: string) => ({ r: [{ __typename: 'Prescription', id }] });
const userRef = (id: string) => ({ r: [{ __typename: 'User', id }] });

/** The code a caller gets for a query, or 'OK' with the data. */
async function outcome(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const result = await sg().call(caller, query, variables);
  return result.errors ? errorCodeOf(result) : 'OK';
}

describe('who may read a prescription', () => {
  it('by id, by entity reference and by User.prescriptions: owner, staff and services only', async () => {
    const owner = user('PATIENT');
    const { id } = await upload(sg(), owner);
    const cases: [Caller, string][] = [
      [owner, 'OK'],
      [user('PHARMACIST'), 'OK'],
      [user('ADMIN'), 'OK'],
      [service, 'OK'],
      [user('PATIENT'), 'FORBIDDEN'],
      [user('COURIER'), 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ];
    for (const [caller, expected] of cases) {
      expect([caller, await outcome(caller, READ, { id })]).toEqual([caller, expected]);
      expect([caller, await outcome(caller, ENTITIES, prescriptionRef(id))]).toEqual([
        caller,
        expected,
      ]);
      expect([caller, await outcome(caller, ENTITIES, userRef(owner.userId))]).toEqual([
        caller,
        expected,
      ]);
    }
  });

  it('denied reads carry no data', async () => {
    const { id } = await upload(sg(), user('PATIENT'));
    const other = user('PATIENT');
    expect((await sg().call(other, READ, { id })).data).toEqual({ prescription: null });
    expect((await sg().call(other, ENTITIES, prescriptionRef(id))).data).toEqual({
      _entities: [null],
    });
  });

  it('lists: patients their own, pharmacists those sent to no pharmacy (or theirs), admins all, couriers and anonymous nothing', async () => {
    const owner = user('PATIENT');
    const { id } = await upload(sg(), owner);
    const stranger = user('PATIENT');
    await upload(sg(), stranger);
    expect((await sg().call(owner, LIST)).data).toEqual({ prescriptions: [{ id }] });
    for (const staff of [user('PHARMACIST'), user('ADMIN')]) {
      const all = await sg().call<{ prescriptions: { id: string }[] }>(staff, LIST);
      expect(all.data?.prescriptions.map((p) => p.id)).toContain(id);
    }
    expect(await outcome(user('COURIER'), LIST)).toBe('FORBIDDEN');
    expect(await outcome(anonymous, LIST)).toBe('UNAUTHENTICATED');
  });
});

describe('who may change a prescription', () => {
  const VERIFY = `mutation($id: ID!) { verifyPrescription(id: $id) { id } }`;
  const REJECT = `mutation($id: ID!) { rejectPrescription(id: $id, reason: "No") { id } }`;
  const DELETE = `mutation($id: ID!) { deletePrescription(id: $id) }`;

  it('uploads: any signed-in person, never anonymous or a service', async () => {
    const input = { input: prescriptionInput() };
    expect(await outcome(user('COURIER'), UPLOAD, input)).toBe('OK');
    expect(await outcome(anonymous, UPLOAD, input)).toBe('UNAUTHENTICATED');
    expect(await outcome(service, UPLOAD, input)).toBe('FORBIDDEN');
  });

  it('reviews: pharmacists and admins, not on their own prescription', async () => {
    for (const mutation of [VERIFY, REJECT]) {
      const owner = user('PHARMACIST');
      const { id } = await upload(sg(), owner);
      for (const caller of [user('PATIENT'), user('COURIER'), service, owner]) {
        expect(await outcome(caller, mutation, { id })).toBe('FORBIDDEN');
      }
      expect(await outcome(anonymous, mutation, { id })).toBe('UNAUTHENTICATED');
      expect(await outcome(user('PHARMACIST'), mutation, { id })).toBe('OK');
    }
  });

  it('deletes: the owner or an admin', async () => {
    const owner = user('PATIENT');
    const mine = await upload(sg(), owner);
    for (const caller of [user('PATIENT'), user('PHARMACIST'), user('COURIER'), service]) {
      expect(await outcome(caller, DELETE, { id: mine.id })).toBe('FORBIDDEN');
    }
    expect(await outcome(anonymous, DELETE, { id: mine.id })).toBe('UNAUTHENTICATED');
    expect(await outcome(owner, DELETE, { id: mine.id })).toBe('OK');
    const theirs = await upload(sg(), user('PATIENT'));
    expect(await outcome(user('ADMIN'), DELETE, { id: theirs.id })).toBe('OK');
  });

  it('take and return quantities: services only', async () => {
    const take = `mutation($o: ID!, $p: ID!, $u: ID!) { takePrescriptionQuantity(orderId: $o, prescriptionId: $p,
      patientId: $u, lines: [{ medicationId: "${uuidv7()}", quantity: 1 }]) { orderId } }`;
    const give = `mutation($o: ID!) { returnPrescriptionQuantity(orderId: $o) { orderId } }`;
    const owner = user('PATIENT');
    const { id } = await upload(sg(), owner);
    for (const caller of [owner, user('PHARMACIST'), user('ADMIN'), user('COURIER'), anonymous]) {
      expect(await outcome(caller, take, { o: uuidv7(), p: id, u: owner.userId })).toBe(
        'FORBIDDEN',
      );
      expect(await outcome(caller, give, { o: uuidv7() })).toBe('FORBIDDEN');
    }
  });
});
