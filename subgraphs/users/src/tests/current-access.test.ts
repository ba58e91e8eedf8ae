import { describe, expect, it } from 'vitest';
import { updateUserRole } from '../db/queries';
import { Role } from '../generated/enums';
import { anonymous, gatewayService, registerPatient, useUsers } from './fixtures';

const users = useUsers();

const CURRENT_ACCESS = 'query($id: ID!) { currentAccess(userId: $id) { userId role } }';
type Answer = { currentAccess: { userId: string; role: string } | null };

describe('currentAccess (services only)', () => {
  it('answers a service with the role the user holds now', async () => {
    const userId = await registerPatient(users());
    const before = await users().call<Answer>(gatewayService, CURRENT_ACCESS, { id: userId });
    expect(before.errors).toBeUndefined();
    expect(before.data?.currentAccess).toEqual({ userId, role: 'PATIENT' });

    await updateUserRole(users().runtime.db, { userId, role: Role.COURIER });
    const after = await users().call<Answer>(gatewayService, CURRENT_ACCESS, { id: userId });
    expect(after.data?.currentAccess).toEqual({ userId, role: 'COURIER' });
  });

  it('answers null for an id that names nobody', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
      const result = await users().call<Answer>(gatewayService, CURRENT_ACCESS, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.currentAccess).toBeNull();
    }
  });

  it('refuses everyone but services, even for their own id', async () => {
    const userId = await registerPatient(users());
    const self = { kind: 'user', userId, role: 'ADMIN' } as const;
    for (const caller of [anonymous, self]) {
      const result = await users().call<Answer>(caller, CURRENT_ACCESS, { id: userId });
      expect(result.data?.currentAccess ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
