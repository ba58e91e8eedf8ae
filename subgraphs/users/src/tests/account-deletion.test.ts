import { describe, expect, it } from 'vitest';
import { userCaller } from '@pharmacy/testing';
import { insertStaffMemberships } from '../db/staff-queries';
import {
  anonymous,
  callerOf,
  errorCodeOf,
  gatewayService,
  LOGIN,
  REFRESH,
  REGISTER,
  signUp,
  signUpAs,
  useUsers,
  useUsersAlone,
  type SignedUp,
} from './fixtures';

const users = useUsers();

const DELETE = 'mutation($password: String!) { deleteAccount(password: $password) }';
const ACCESS = 'query($id: ID!, $sid: ID) { currentAccess(userId: $id, sessionId: $sid) { role } }';
const USER = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User { id name email phone address role pharmacies { id } }
  }
}`;

const deleteAccount = (
  user: SignedUp,
  password = user.password,
  role: 'PATIENT' | 'ADMIN' = 'PATIENT',
) => users().call<{ deleteAccount: boolean }>(callerOf(user, role), DELETE, { password });
const login = (email: string, password: string) =>
  users().call(anonymous, LOGIN, { email, password });
const accessOf = async (id: string, sid?: string) =>
  (await users().call<{ currentAccess: unknown }>(gatewayService, ACCESS, { id, sid })).data
    ?.currentAccess ?? null;

describe('deleteAccount', () => {
  it('erases the person but keeps the row, so what refers to it still resolves', async () => {
    const user = await signUpAs(users(), 'COURIER');
    const profile = await users().call(
      callerOf(user, 'COURIER'),
      'mutation { updateProfile(input: { phone: "+49 1", address: "Torstraße 1" }) { id } }',
    );
    expect(profile.errors).toBeUndefined();
    await insertStaffMemberships(users().runtime.db, [
      { userId: user.userId, pharmacyId: crypto.randomUUID() },
    ]);

    const result = await deleteAccount(user);
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteAccount).toBe(true);

    // As an order's customer or courier resolves for an admin.
    const seen = await users().call<{ _entities: unknown[] }>(userCaller('ADMIN'), USER, {
      representations: [{ __typename: 'User', id: user.userId }],
    });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?._entities).toEqual([
      {
        id: user.userId,
        name: 'Deleted user',
        email: `deleted-${user.userId}@deleted.invalid`,
        phone: null,
        address: null,
        role: 'COURIER',
        pharmacies: [],
      },
    ]);
  });

  it('signs the account out for good: no login, no refresh, no access', async () => {
    const user = await signUp(users());
    expect((await deleteAccount(user)).errors).toBeUndefined();

    const wrongPassword = await login(user.email, 'not the password');
    for (const email of [user.email, `deleted-${user.userId}@deleted.invalid`]) {
      const attempt = await login(email, user.password);
      expect(attempt.errors?.[0]).toMatchObject({
        message: wrongPassword.errors?.[0]?.message,
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(errorCodeOf(await users().call(anonymous, REFRESH, { token: user.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await accessOf(user.userId, user.sessionId)).toBeNull();
    expect(await accessOf(user.userId)).toBeNull();
  });

  it('frees the email address: it can register again, as a new account', async () => {
    const user = await signUp(users());
    await deleteAccount(user);
    const again = await users().call<{ register: { user: { id: string } } }>(anonymous, REGISTER, {
      input: { email: user.email, password: user.password, name: 'Back Again' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.register.user.id).not.toBe(user.userId);
  });

  it('refuses a wrong password with BAD_USER_INPUT and changes nothing', async () => {
    const user = await signUp(users());
    const result = await deleteAccount(user, 'not the password');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(await accessOf(user.userId, user.sessionId)).not.toBeNull();
    expect((await login(user.email, user.password)).errors).toBeUndefined();
  });

  it('needs a signed-in caller', async () => {
    expect(errorCodeOf(await users().call(anonymous, DELETE, { password: 'x' }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

/** Admins are counted over the whole database: each of these has one holding no others. */
function useAdminsAlone() {
  const alone = useUsersAlone();
  return {
    alone,
    leave: (admin: SignedUp) =>
      alone().call(callerOf(admin, 'ADMIN'), DELETE, { password: admin.password }),
  };
}

describe('the last admin', () => {
  const { alone, leave } = useAdminsAlone();

  it('may leave only while another admin stays', async () => {
    const first = await signUpAs(alone(), 'ADMIN');
    expect(errorCodeOf(await leave(first))).toBe('CONFLICT');
    const still = await alone().call<{ currentAccess: unknown }>(gatewayService, ACCESS, {
      id: first.userId,
    });
    expect(still.data?.currentAccess).not.toBeNull();

    const second = await signUpAs(alone(), 'ADMIN');
    expect((await leave(first)).errors).toBeUndefined();
    expect(errorCodeOf(await leave(second))).toBe('CONFLICT');
  });
});

describe('the only two admins leaving at once', () => {
  const { alone, leave } = useAdminsAlone();

  it('lets exactly one of them go', async () => {
    const admins = [await signUpAs(alone(), 'ADMIN'), await signUpAs(alone(), 'ADMIN')];
    const results = await Promise.all(admins.map(leave));
    expect(results.map((result) => errorCodeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });
});
