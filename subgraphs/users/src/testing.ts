/**
 * What tests and benchmarks outside users may use of it (the module itself is "."). The e2e auth
 * tests sign tokens with the users service's own key, read from its running deps; other
 * subgraphs' tests write the staff they need straight into its tables.
 */
import { v7 as uuidv7 } from 'uuid';
import type { UsersDatabase } from './db/queries';
import { staffMemberships, users } from './db/schema';
import type { Role } from './generated/enums';
export type { UsersDeps } from './deps';
export * as tables from './db/schema';

/**
 * A new user of `role` working for these pharmacies (none by default), written straight into the
 * users database in one transaction; its id. The account cannot sign in: it has no password.
 */
export async function writeStaffMember(
  db: UsersDatabase,
  member: { role: Role; pharmacyIds?: readonly string[] },
): Promise<string> {
  const id = uuidv7();
  const pharmacyIds = member.pharmacyIds ?? [];
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      email: `${member.role.toLowerCase()}-${id}@example.test`,
      name: `Test ${member.role.toLowerCase()}`,
      role: member.role,
      // No password hashes to this: nobody signs in as this user.
      passwordHash: 'not-a-password-hash',
    });
    if (pharmacyIds.length > 0)
      await tx
        .insert(staffMemberships)
        .values(pharmacyIds.map((pharmacyId) => ({ userId: id, pharmacyId })));
  });
  return id;
}
