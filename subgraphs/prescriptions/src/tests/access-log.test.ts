import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { prescriptionAccessLog } from '../db/schema';
import { errorCodeOf, service, upload, user, usePrescriptions, verify } from './fixtures';

let statements: string[] = [];
const sg = usePrescriptions({ onQuery: (sql) => void statements.push(sql) });

const logInserts = () =>
  statements.filter((sql) => /^insert into "prescription_access_log"/i.test(sql)).length;

/**
 * The READ entries of these prescriptions by these actors (user ids or service names), as
 * [prescription, actor, role]. On PostgreSQL the test files share one database, and staff of
 * other files list every prescription sent to no pharmacy.
 */
async function readsOf(ids: string[], actorIds: string[]) {
  const rows = await sg()
    .runtime.db.select()
    .from(prescriptionAccessLog)
    .where(
      and(
        inArray(prescriptionAccessLog.prescriptionId, ids),
        eq(prescriptionAccessLog.action, 'READ'),
        inArray(prescriptionAccessLog.actorId, actorIds),
      ),
    )
    .orderBy(prescriptionAccessLog.id);
  return rows.map((row) => [row.prescriptionId, row.actorId, row.actorRole]);
}

async function request(caller: Caller, query: string, variables?: Record<string, unknown>) {
  statements = [];
  const result = await sg().call(caller, query, variables);
  expect(result.errors).toBeUndefined();
  return result;
}

async function patientWith(count: number) {
  const patient = user('PATIENT');
  const ids: string[] = [];
  for (let n = 0; n < count; n++) ids.push((await upload(sg(), patient)).id);
  return { patient, ids };
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Prescription { id } ... on User { prescriptions { id } } } }`;
const refs = (typename: string, ...ids: string[]) => ({
  r: ids.map((id) => ({ __typename: typename, id })),
});

describe('reads in the access log', () => {
  it('one request reading N prescriptions writes N entries with one INSERT, and the next writes again', async () => {
    const { patient, ids } = await patientWith(5);
    await request(patient, `{ prescriptions { id items { id } } }`);
    expect(logInserts()).toBe(1);
    const once = ids.map((id) => [id, patient.userId, 'PATIENT']);
    expect((await readsOf(ids, [patient.userId])).sort()).toEqual(once.sort());
    await request(patient, `{ prescriptions { id } }`);
    expect(logInserts()).toBe(1);
    expect(await readsOf(ids, [patient.userId])).toHaveLength(10);
  });

  it('reading the same prescription by several paths in one request writes one entry', async () => {
    const { patient, ids } = await patientWith(1);
    const id = ids[0]!;
    await request(
      patient,
      `query($id: ID!, $r: [_Any!]!) { a: prescription(id: $id) { id } b: prescription(id: $id) { id }
        prescriptions { id } _entities(representations: $r) { ... on User { prescriptions { id } } } }`,
      { id, r: [{ __typename: 'User', id: patient.userId }] },
    );
    expect(logInserts()).toBe(1);
    expect(await readsOf([id], [patient.userId])).toEqual([[id, patient.userId, 'PATIENT']]);
  });

  it('records a request the gateway sends in several calls (one request id) once', async () => {
    const { patient, ids } = await patientWith(2);
    const operationId = `test-${uuidv7()}`;
    const asOneRequest = { 'x-operation-id': operationId };
    // As the gateway plans `{ prescriptions { id } me { prescriptions { id } } }`: two fetches.
    await sg().call(patient, `{ prescriptions { id } }`, {}, asOneRequest);
    statements = [];
    await sg().call(patient, ENTITIES, refs('User', patient.userId), asOneRequest);
    expect(logInserts()).toBe(1);
    expect(await readsOf(ids, [patient.userId])).toHaveLength(2);
    await sg().call(
      patient,
      `{ prescriptions { id } }`,
      {},
      { 'x-operation-id': `test-${uuidv7()}` },
    );
    expect(await readsOf(ids, [patient.userId])).toHaveLength(4);
  });

  it('records every path: by id, the lists, User.prescriptions and entity references', async () => {
    const { patient, ids } = await patientWith(1);
    const id = ids[0]!;
    const pharmacist = user('PHARMACIST');
    await request(patient, `query($id: ID!) { prescription(id: $id) { id } }`, { id });
    await request(pharmacist, `{ prescriptions { id } }`);
    await request(pharmacist, ENTITIES, refs('User', patient.userId));
    // Order.prescription reaches prescriptions as an entity reference.
    await request(service, ENTITIES, refs('Prescription', id));
    expect(await readsOf([id], [patient.userId, pharmacist.userId, 'orders'])).toEqual([
      [id, patient.userId, 'PATIENT'],
      [id, pharmacist.userId, 'PHARMACIST'],
      [id, pharmacist.userId, 'PHARMACIST'],
      [id, 'orders', 'SERVICE'],
    ]);
  });

  it('a request that reads nothing writes nothing, and refused reads are not recorded', async () => {
    const { ids } = await patientWith(1);
    await request(user('PATIENT'), `{ prescriptions { id } }`);
    expect(logInserts()).toBe(0);
    statements = [];
    const stranger = user('PATIENT');
    const refused = await sg().call(stranger, ENTITIES, refs('Prescription', ids[0]!));
    expect(errorCodeOf(refused)).toBe('FORBIDDEN');
    expect(logInserts()).toBe(0);
    expect(await readsOf(ids, [stranger.userId])).toEqual([]);
  });
});

describe('Prescription.accessLog', () => {
  const LOG = `query($id: ID!) { prescription(id: $id) { id accessLog { at actor { id } action } } }`;
  type Log = {
    prescription: { accessLog: { at: string; actor: { id: string }; action: string }[] };
  };
  const logOf = async (caller: Caller, id: string) =>
    (await request(caller, LOG, { id })).data as Log;
  const TAKE = `mutation($o: ID!, $p: ID!, $u: ID!, $m: ID!) { takePrescriptionQuantity(orderId: $o,
    prescriptionId: $p, patientId: $u, lines: [{ medicationId: $m, quantity: 1 }]) { orderId } }`;

  it('shows its patient and admins the users who read or changed it, oldest first', async () => {
    const patient = user('PATIENT');
    const pharmacist = user('PHARMACIST');
    const admin = user('ADMIN');
    const medicationId = uuidv7();
    const { id } = await upload(sg(), patient, { items: [{ medicationId, quantity: 2 }] });
    await request(patient, `query($id: ID!) { prescription(id: $id) { id } }`, { id });
    await verify(sg(), id, pharmacist);
    await request(service, ENTITIES, refs('Prescription', id)); // a service's own read: not shown
    const take = { o: uuidv7(), p: id, u: patient.userId, m: medicationId };
    await request(service, TAKE, take);

    // On PostgreSQL staff of other test files read it too (it was sent to no pharmacy).
    const ours = new Set([patient.userId, pharmacist.userId, admin.userId]);
    const logBy = async (caller: Caller) =>
      (await logOf(caller, id)).prescription.accessLog.filter((entry) => ours.has(entry.actor.id));
    const seen = await logBy(patient);
    expect(seen.map((entry) => [entry.actor.id, entry.action])).toEqual([
      [patient.userId, 'CREATE'],
      [patient.userId, 'READ'],
      [pharmacist.userId, 'VERIFY'],
      [patient.userId, 'DISPENSE'],
    ]);
    expect([...seen.map((e) => e.at)].sort()).toEqual(seen.map((e) => e.at));
    // The patient's last request is in it now: its read was written before it was answered.
    const forAdmin = await logBy(admin);
    expect(forAdmin.map((entry) => entry.action)).toEqual([
      'CREATE',
      'READ',
      'VERIFY',
      'DISPENSE',
      'READ',
    ]);
  });

  it('is FORBIDDEN to everyone else, pharmacists and services included', async () => {
    const { id } = await upload(sg(), user('PATIENT'));
    const asPharmacist = await sg().call(user('PHARMACIST'), LOG, { id });
    const asService = await sg().call(
      service,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Prescription { accessLog { action } } } }`,
      refs('Prescription', id),
    );
    for (const result of [asPharmacist, asService]) {
      expect(errorCodeOf(result)).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data)).not.toContain('CREATE');
    }
  });
});
