import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { service, upload, user, usePrescriptions } from './fixtures';

let statements = 0;
const sg = usePrescriptions({ onQuery: () => void statements++ });

/** SQL statements one request sends. Tests in a file run one at a time, so the count is its own. */
async function statementsFor(caller: Caller, query: string, variables?: Record<string, unknown>) {
  statements = 0;
  const result = await sg().call(caller, query, variables);
  expect(result.errors).toBeUndefined();
  return statements;
}

/** A patient with `count` prescriptions of three items each. */
async function patientWith(count: number) {
  const patient = user('PATIENT');
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const items = Array.from({ length: 3 }, () => ({ medicationId: uuidv7(), quantity: 2 }));
    ids.push((await upload(sg(), patient, { items })).id);
  }
  return { patient, ids };
}

const ITEMS = `items { id medication { id } remainingQuantity }`;

describe('SQL statements per request', () => {
  it('prescriptions { items { remainingQuantity } } does not grow with the prescriptions', async () => {
    const one = await patientWith(1);
    const many = await patientWith(8);
    const query = `{ prescriptions { id patient { id } ${ITEMS} } }`;
    const forOne = await statementsFor(one.patient, query);
    // The list, the items, what is taken, and the one INSERT of the access log.
    expect(forOne).toBeLessThanOrEqual(4);
    expect(await statementsFor(many.patient, query)).toBe(forOne);
    // Staff see every prescription in the database: still the same few statements.
    expect(await statementsFor(user('PHARMACIST'), query)).toBe(forOne);
  });

  it('entity references and User.prescriptions batch across representations', async () => {
    const a = await patientWith(1);
    const b = await patientWith(6);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Prescription { id ${ITEMS} } ... on User { id prescriptions { id ${ITEMS} } } } }`;
    const refs = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Prescription', id })) });
    const users = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'User', id })) });
    const forOne = await statementsFor(service, query, refs(a.ids));
    expect(await statementsFor(service, query, refs([...a.ids, ...b.ids]))).toBe(forOne);
    const forOneUser = await statementsFor(service, query, users(a.patient.userId));
    expect(await statementsFor(service, query, users(a.patient.userId, b.patient.userId))).toBe(
      forOneUser,
    );
  });
});
