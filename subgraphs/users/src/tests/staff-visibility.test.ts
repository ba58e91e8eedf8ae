import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { userCaller } from '@pharmacy/testing';
import { insertStaffMemberships } from '../db/staff-queries';
import { errorCodeOf, signUpAs, useUsers } from './fixtures';

const statements: string[] = [];
const users = useUsers({ onQuery: (sql) => statements.push(sql) });
const admin = userCaller('ADMIN');

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User { id pharmacies { id } }
    ... on Pharmacy { id staff { id role } }
  }
}`;
type Entity = { id: string; pharmacies?: { id: string }[]; staff?: { id: string }[] };

const entities = (caller: Caller, representations: { __typename: string; id: string }[]) =>
  users().call<{ _entities: (Entity | null)[] }>(caller, ENTITIES, { representations });
const pharmacyRef = (id: string) => ({ __typename: 'Pharmacy', id });
const userRef = (id: string) => ({ __typename: 'User', id });

/** A new pharmacy id with a new pharmacist and courier working for it. */
async function staffedPharmacy() {
  const pharmacyId = crypto.randomUUID();
  const pharmacist = await signUpAs(users(), 'PHARMACIST');
  const courier = await signUpAs(users(), 'COURIER');
  await insertStaffMemberships(users().runtime.db, [
    { userId: pharmacist.userId, pharmacyId },
    { userId: courier.userId, pharmacyId },
  ]);
  return { pharmacyId, pharmacist, courier };
}

describe('User.pharmacies and Pharmacy.staff', () => {
  it('lists the pharmacies a user works for; none for a patient', async () => {
    const { pharmacyId, pharmacist } = await staffedPharmacy();
    const patient = await signUpAs(users(), 'PATIENT');
    const result = await entities(admin, [userRef(pharmacist.userId), userRef(patient.userId)]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: pharmacist.userId, pharmacies: [{ id: pharmacyId }] },
      { id: patient.userId, pharmacies: [] },
    ]);
  });

  it("shows a pharmacy's staff to admins and its own pharmacists, to nobody else", async () => {
    const { pharmacyId, pharmacist, courier } = await staffedPharmacy();
    const staff = [
      { id: pharmacist.userId, role: 'PHARMACIST' },
      { id: courier.userId, role: 'COURIER' },
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    const own = userCaller('PHARMACIST', pharmacist.userId, [pharmacyId]);
    for (const caller of [admin, own]) {
      const result = await entities(caller, [pharmacyRef(pharmacyId)]);
      expect(result.errors).toBeUndefined();
      const listed = result.data?._entities[0]?.staff ?? [];
      expect([...listed].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(staff);
    }
    const refused = [
      userCaller('PHARMACIST', undefined, [crypto.randomUUID()]),
      userCaller('COURIER', courier.userId, [pharmacyId]),
      userCaller('PATIENT'),
    ];
    for (const caller of refused) {
      const result = await entities(caller, [pharmacyRef(pharmacyId)]);
      expect(errorCodeOf(result)).toBe('FORBIDDEN');
      expect(result.data?._entities[0]?.staff ?? null).toBeNull();
    }
  });

  it('answers any number of users or pharmacies with the same few statements', async () => {
    const counted = async (representations: { __typename: string; id: string }[]) => {
      statements.length = 0;
      const result = await entities(admin, representations);
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const staffed: Awaited<ReturnType<typeof staffedPharmacy>>[] = [];
    for (let i = 0; i < 6; i++) staffed.push(await staffedPharmacy());
    const usersOf = (n: number) => staffed.slice(0, n).map((s) => userRef(s.pharmacist.userId));
    const pharmaciesOf = (n: number) => staffed.slice(0, n).map((s) => pharmacyRef(s.pharmacyId));
    expect(await counted(usersOf(6))).toBe(await counted(usersOf(2)));
    expect(await counted(pharmaciesOf(6))).toBe(await counted(pharmaciesOf(2)));
    expect(await counted([...usersOf(6), ...pharmaciesOf(6)])).toBeLessThanOrEqual(3);
  });
});
