import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphUrls } from '@pharmacy/service';
import { freePorts, startTestSubgraph, userCaller } from '@pharmacy/testing';
import { usersSubgraph } from '../server';
import { anonymous, errorCodeOf, gatewayService, signUpAs, type TestUsers } from './fixtures';
import { addPharmacy, useUsersWithInventory } from './with-inventory';

const running = useUsersWithInventory();
const admin = userCaller('ADMIN');

const ASSIGN = `mutation($userId: ID!, $pharmacyId: ID!) {
  assignStaff(userId: $userId, pharmacyId: $pharmacyId) { id role pharmacies { id } }
}`;
const UNASSIGN = `mutation($userId: ID!, $pharmacyId: ID!) {
  unassignStaff(userId: $userId, pharmacyId: $pharmacyId) { id pharmacies { id } }
}`;
const SET_ROLE = `mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { role } }`;
const ACCESS = 'query($id: ID!) { currentAccess(userId: $id) { role pharmacyIds } }';
type Staffed = { id: string; pharmacies: { id: string }[] };

const call = <T>(
  caller: Parameters<ReturnType<typeof running>['users']['call']>[0],
  query: string,
  variables: Record<string, unknown>,
) => running().users.call<T>(caller, query, variables);
const pharmacyIdsOf = async (userId: string) =>
  (await call<{ currentAccess: { pharmacyIds: string[] } }>(gatewayService, ACCESS, { id: userId }))
    .data?.currentAccess.pharmacyIds;

describe('assignStaff and unassignStaff', () => {
  it('an admin assigns a pharmacist to pharmacies; assigning again changes nothing', async () => {
    const pharmacist = await signUpAs(running().users, 'PHARMACIST');
    const [a, b] = [await addPharmacy(running().inventory), await addPharmacy(running().inventory)];
    const first = await call<{ assignStaff: Staffed }>(admin, ASSIGN, {
      userId: pharmacist.userId,
      pharmacyId: a,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.assignStaff).toEqual({
      id: pharmacist.userId,
      role: 'PHARMACIST',
      pharmacies: [{ id: a }],
    });

    // Uppercase names the same pharmacy; twice is no change.
    await call(admin, ASSIGN, { userId: pharmacist.userId, pharmacyId: a.toUpperCase() });
    const both = await call<{ assignStaff: Staffed }>(admin, ASSIGN, {
      userId: pharmacist.userId,
      pharmacyId: b,
    });
    expect(both.data?.assignStaff.pharmacies).toEqual([{ id: a }, { id: b }]);
    expect(await pharmacyIdsOf(pharmacist.userId)).toEqual([a, b].sort());
  });

  it('refuses a patient, an admin, an unknown user or pharmacy, and changes nothing', async () => {
    const pharmacyId = await addPharmacy(running().inventory);
    for (const role of ['PATIENT', 'ADMIN'] as const) {
      const user = await signUpAs(running().users, role);
      const result = await call(admin, ASSIGN, { userId: user.userId, pharmacyId });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'userId',
      });
      expect(await pharmacyIdsOf(user.userId)).toEqual([]);
    }
    for (const userId of [crypto.randomUUID(), 'not-an-id']) {
      expect(errorCodeOf(await call(admin, ASSIGN, { userId, pharmacyId }))).toBe('NOT_FOUND');
    }
    const courier = await signUpAs(running().users, 'COURIER');
    for (const unknown of [crypto.randomUUID(), 'not-an-id']) {
      const result = await call(admin, ASSIGN, { userId: courier.userId, pharmacyId: unknown });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Pharmacy not found',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    expect(await pharmacyIdsOf(courier.userId)).toEqual([]);
  });

  it('only admins assign and unassign', async () => {
    const courier = await signUpAs(running().users, 'COURIER');
    const pharmacyId = await addPharmacy(running().inventory);
    const variables = { userId: courier.userId, pharmacyId };
    for (const caller of [
      userCaller('PHARMACIST', undefined, [pharmacyId]),
      userCaller('PATIENT'),
      userCaller('COURIER', courier.userId, [pharmacyId]),
    ]) {
      expect(errorCodeOf(await call(caller, ASSIGN, variables))).toBe('FORBIDDEN');
      expect(errorCodeOf(await call(caller, UNASSIGN, variables))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await call(anonymous, ASSIGN, variables))).toBe('UNAUTHENTICATED');
    expect(await pharmacyIdsOf(courier.userId)).toEqual([]);
  });

  it('unassigns a courier from one pharmacy; again is no change', async () => {
    const courier = await signUpAs(running().users, 'COURIER');
    const [a, b] = [await addPharmacy(running().inventory), await addPharmacy(running().inventory)];
    for (const pharmacyId of [a, b])
      await call(admin, ASSIGN, { userId: courier.userId, pharmacyId });
    for (let i = 0; i < 2; i++) {
      const result = await call<{ unassignStaff: Staffed }>(admin, UNASSIGN, {
        userId: courier.userId,
        pharmacyId: a,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.unassignStaff.pharmacies).toEqual([{ id: b }]);
    }
    expect(
      errorCodeOf(await call(admin, UNASSIGN, { userId: crypto.randomUUID(), pharmacyId: a })),
    ).toBe('NOT_FOUND');
  });

  it('a role change between pharmacist and courier keeps the pharmacies; to patient or admin leaves them', async () => {
    const pharmacyId = await addPharmacy(running().inventory);
    for (const leaving of ['PATIENT', 'ADMIN'] as const) {
      const staff = await signUpAs(running().users, 'PHARMACIST');
      await call(admin, ASSIGN, { userId: staff.userId, pharmacyId });
      await call(admin, SET_ROLE, { userId: staff.userId, role: 'COURIER' });
      expect(await pharmacyIdsOf(staff.userId)).toEqual([pharmacyId]);
      const result = await call(admin, SET_ROLE, { userId: staff.userId, role: leaving });
      expect(result.errors).toBeUndefined();
      expect(await pharmacyIdsOf(staff.userId)).toEqual([]);
      // Back to staff: the old pharmacies do not come back by themselves.
      await call(admin, SET_ROLE, { userId: staff.userId, role: 'PHARMACIST' });
      expect(await pharmacyIdsOf(staff.userId)).toEqual([]);
    }
  });

  it('remembers who assigned whom', async () => {
    const pharmacist = await signUpAs(running().users, 'PHARMACIST');
    const pharmacyId = await addPharmacy(running().inventory);
    await call(admin, ASSIGN, { userId: pharmacist.userId, pharmacyId });
    const rows = await running().users.runtime.db.query.staffMemberships.findMany({
      where: (m, { eq }) => eq(m.userId, pharmacist.userId),
    });
    expect(rows).toMatchObject([{ pharmacyId, assignedBy: admin.userId }]);
  });
});

describe('assignStaff while inventory cannot answer', () => {
  let users: TestUsers | undefined;
  beforeAll(async () => {
    // A port nobody listens on: inventory is down.
    const [port] = await freePorts(1);
    const peers = { ...subgraphUrls({}), inventory: `http://127.0.0.1:${port}/graphql` };
    users = await startTestSubgraph(usersSubgraph, { config: { peers } });
  });
  afterAll(() => users?.stop());

  it('answers SERVICE_UNAVAILABLE and assigns nobody', async () => {
    const courier = await signUpAs(users!, 'COURIER');
    const variables = { userId: courier.userId, pharmacyId: crypto.randomUUID() };
    expect(errorCodeOf(await users!.call(admin, ASSIGN, variables))).toBe('SERVICE_UNAVAILABLE');
    const access = await users!.call<{ currentAccess: { pharmacyIds: string[] } }>(
      gatewayService,
      ACCESS,
      { id: courier.userId },
    );
    expect(access.data?.currentAccess.pharmacyIds).toEqual([]);
  });
});
