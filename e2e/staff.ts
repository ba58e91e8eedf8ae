import { randomUUID } from 'node:crypto';
import { gql, login, registerPatient, TEST_PASSWORD, type Session } from './helpers';
import type { Stack } from './stack';

/** Staff membership through the gateway: pharmacies, who works there, and their roles. */

export type StaffRole = 'PHARMACIST' | 'COURIER';

export const adminSession = (stack: Stack) => login(stack, 'admin@demo.pharmacy');

export const ASSIGN_STAFF =
  'mutation($u: ID!, $p: ID!) { assignStaff(userId: $u, pharmacyId: $p) { id role pharmacies { id } } }';
export const UNASSIGN_STAFF =
  'mutation($u: ID!, $p: ID!) { unassignStaff(userId: $u, pharmacyId: $p) { id role pharmacies { id } } }';
export const SET_ROLE =
  'mutation($u: ID!, $r: Role!) { setUserRole(userId: $u, role: $r) { id role pharmacies { id } } }';

/** A fresh pharmacy added by an admin; nobody works there yet. */
export async function addPharmacy(stack: Stack, admin: Session, name?: string): Promise<string> {
  const { addPharmacy } = await gql<{ addPharmacy: { id: string } }>(
    stack,
    admin,
    'mutation($input: PharmacyInput!) { addPharmacy(input: $input) { id } }',
    {
      input: {
        name: name ?? `Test Pharmacy ${randomUUID().slice(0, 8)}`,
        address: 'Teststraße 1, Berlin',
        latitude: 52.5,
        longitude: 13.4,
      },
    },
  );
  return addPharmacy.id;
}

export const assignStaff = (stack: Stack, admin: Session, userId: string, pharmacyId: string) =>
  gql(stack, admin, ASSIGN_STAFF, { u: userId, p: pharmacyId });

export const unassignStaff = (stack: Stack, admin: Session, userId: string, pharmacyId: string) =>
  gql(stack, admin, UNASSIGN_STAFF, { u: userId, p: pharmacyId });

export const setUserRole = (stack: Stack, admin: Session, userId: string, role: string) =>
  gql(stack, admin, SET_ROLE, { u: userId, r: role });

/** A fresh pharmacist or courier working for `pharmacyIds`, signed in once assigned. */
export async function staffMember(
  stack: Stack,
  admin: Session,
  role: StaffRole,
  pharmacyIds: string[],
): Promise<Session> {
  const created = await registerPatient(stack, `Test ${role.toLowerCase()}`);
  await setUserRole(stack, admin, created.user.id, role);
  for (const pharmacyId of pharmacyIds)
    await assignStaff(stack, admin, created.user.id, pharmacyId);
  return login(stack, created.user.email, TEST_PASSWORD);
}

/** A fresh pharmacy with a pharmacist and a courier of its own. */
export interface Branch {
  pharmacyId: string;
  pharmacist: Session;
  courier: Session;
}

export async function openBranch(stack: Stack, admin: Session): Promise<Branch> {
  const pharmacyId = await addPharmacy(stack, admin);
  const [pharmacist, courier] = await Promise.all([
    staffMember(stack, admin, 'PHARMACIST', [pharmacyId]),
    staffMember(stack, admin, 'COURIER', [pharmacyId]),
  ]);
  return { pharmacyId, pharmacist, courier };
}
