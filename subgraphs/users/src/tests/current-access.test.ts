import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { updateUserRole } from '../db/queries';
import { insertStaffMemberships } from '../db/staff-queries';
import { Role } from '../generated/enums';
import {
  anonymous,
  gatewayService,
  LOGIN,
  REFRESH,
  registerPatient,
  signUp,
  useUsers,
} from './fixtures';

const users = useUsers();

const CURRENT_ACCESS = `query($id: ID!, $sid: ID) {
  currentAccess(userId: $id, sessionId: $sid) { userId role pharmacyIds }
}`;
type Access = { userId: string; role: string; pharmacyIds: string[] };
type Answer = { currentAccess: Access | null };

const accessOf = async (id: string, sid?: string) => {
  const result = await users().call<Answer>(gatewayService, CURRENT_ACCESS, { id, sid });
  expect(result.errors).toBeUndefined();
  return result.data?.currentAccess ?? null;
};

type Pair = { accessToken: string; refreshToken: string };
const LOGOUT = 'mutation($token: String!) { logout(refreshToken: $token) }';

describe('currentAccess (services only)', () => {
  it('answers a service with the role and pharmacies the user holds now', async () => {
    const userId = await registerPatient(users());
    expect(await accessOf(userId)).toEqual({ userId, role: 'PATIENT', pharmacyIds: [] });

    await updateUserRole(users().runtime.db, { userId, role: Role.COURIER });
    const pharmacyIds = [crypto.randomUUID(), crypto.randomUUID()].sort();
    await insertStaffMemberships(
      users().runtime.db,
      pharmacyIds.map((pharmacyId) => ({ userId, pharmacyId })),
    );
    expect(await accessOf(userId)).toEqual({ userId, role: 'COURIER', pharmacyIds });
  });

  it('answers null for an id that names nobody', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) expect(await accessOf(id)).toBeNull();
  });

  it('names the session in the access token, and answers while that session is open', async () => {
    const session = await signUp(users());
    expect(session.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await accessOf(session.userId, session.sessionId)).toMatchObject({ role: 'PATIENT' });

    // A refreshed token belongs to the same session.
    const refreshed = await users().call<{ refreshSession: Pair }>(anonymous, REFRESH, {
      token: session.refreshToken,
    });
    expect(decodeJwt(refreshed.data!.refreshSession.accessToken).sid).toBe(session.sessionId);
    expect(await accessOf(session.userId, session.sessionId)).not.toBeNull();

    // Someone else's session, and a session id that is no id, name no open session of theirs.
    const other = await signUp(users());
    expect(await accessOf(session.userId, other.sessionId)).toBeNull();
    expect(await accessOf(session.userId, 'not-a-uuid')).toBeNull();
  });

  it('answers null once the session was logged out, and only for that session', async () => {
    const first = await signUp(users());
    const second = await users().call<{ login: Pair }>(anonymous, LOGIN, { ...first });
    const secondSid = String(decodeJwt(second.data!.login.accessToken).sid);
    expect(secondSid).not.toBe(first.sessionId);

    await users().call(anonymous, LOGOUT, { token: first.refreshToken });
    expect(await accessOf(first.userId, first.sessionId)).toBeNull();
    expect(await accessOf(first.userId, secondSid)).not.toBeNull();
    // Without a session id the user's access is still answered (services asking for a user).
    expect(await accessOf(first.userId)).not.toBeNull();
  });

  it('answers null once a reused refresh token revoked the session', async () => {
    const session = await signUp(users());
    await users().call(anonymous, REFRESH, { token: session.refreshToken });
    await users().call(anonymous, REFRESH, { token: session.refreshToken });
    expect(await accessOf(session.userId, session.sessionId)).toBeNull();
  });

  it('refuses everyone but services, even for their own id', async () => {
    const userId = await registerPatient(users());
    const self = { kind: 'user', userId, role: 'ADMIN', pharmacyIds: [] } as const;
    for (const caller of [anonymous, self]) {
      const result = await users().call<Answer>(caller, CURRENT_ACCESS, { id: userId });
      expect(result.data?.currentAccess ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
