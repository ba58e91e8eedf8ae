import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  anonymous,
  callerOf,
  errorCodeOf,
  gatewayService,
  LOGIN,
  REFRESH,
  signUp,
  useUsers,
  type SignedUp,
} from './fixtures';

const users = useUsers({ limits: { loginPerAccount: 3 } });

const CHANGE = `mutation($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}`;
const ACCESS = 'query($id: ID!, $sid: ID) { currentAccess(userId: $id, sessionId: $sid) { role } }';
const NEW_PASSWORD = 'another long password';

const login = (user: SignedUp, password: string) =>
  users().call<{ login: { accessToken: string; refreshToken: string } }>(anonymous, LOGIN, {
    email: user.email,
    password,
  });
const sessionOpen = async (user: SignedUp, sid: string) =>
  (await users().call<{ currentAccess: unknown }>(gatewayService, ACCESS, { id: user.userId, sid }))
    .data?.currentAccess != null;
const change = (user: SignedUp, currentPassword: string, newPassword: string) =>
  users().call<{ changePassword: boolean }>(callerOf(user), CHANGE, {
    currentPassword,
    newPassword,
  });

describe('changePassword', () => {
  it('sets the new password and signs out every other session, not this one', async () => {
    const user = await signUp(users());
    const other = (await login(user, user.password)).data!.login;
    const otherSid = String(decodeJwt(other.accessToken).sid);

    const result = await change(user, user.password, NEW_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(result.data?.changePassword).toBe(true);

    expect(await sessionOpen(user, user.sessionId)).toBe(true);
    expect(await sessionOpen(user, otherSid)).toBe(false);
    const refreshOther = await users().call(anonymous, REFRESH, { token: other.refreshToken });
    expect(errorCodeOf(refreshOther)).toBe('UNAUTHENTICATED');
    const refreshOwn = await users().call(anonymous, REFRESH, { token: user.refreshToken });
    expect(refreshOwn.errors).toBeUndefined();

    expect(errorCodeOf(await login(user, user.password))).toBe('UNAUTHENTICATED');
    expect((await login(user, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it.each([
    ['a wrong current password', 'not my password', NEW_PASSWORD, 'currentPassword'],
    ['a weak new password', null, 'short', 'newPassword'],
    ['a common new password', null, 'password123', 'newPassword'],
    ['the current password again', null, null, 'newPassword'],
  ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_, current, next, field) => {
    const user = await signUp(users());
    const result = await change(user, current ?? user.password, next ?? user.password);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await sessionOpen(user, user.sessionId)).toBe(true);
    expect((await login(user, user.password)).errors).toBeUndefined();
  });

  it('counts a wrong current password as a failed sign-in of the account', async () => {
    const user = await signUp(users());
    for (let i = 0; i < 3; i++) {
      const result = await change(user, `wrong password ${i}`, NEW_PASSWORD);
      expect(errorCodeOf(result)).toBe('BAD_USER_INPUT');
    }
    expect(errorCodeOf(await change(user, user.password, NEW_PASSWORD))).toBe('RATE_LIMITED');
    expect(errorCodeOf(await login(user, user.password))).toBe('RATE_LIMITED');
  });

  it('needs a signed-in caller', async () => {
    const result = await users().call(anonymous, CHANGE, {
      currentPassword: 'whatever it is',
      newPassword: NEW_PASSWORD,
    });
    expect(errorCodeOf(result)).toBe('UNAUTHENTICATED');
  });
});
