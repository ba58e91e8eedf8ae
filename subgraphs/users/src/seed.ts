import { isTableEmpty } from '@pharmacy/db';
import { DEMO_PASSWORD, demoStaffMemberships, demoUsers } from '@pharmacy/demo';
import { insertUsers, type UsersDatabase } from './db/queries';
import * as schema from './db/schema';
import { insertStaffMemberships } from './db/staff-queries';
import { hashPassword } from './services/password';

/**
 * One demo user per role, the pharmacist and the courier working for every demo pharmacy, only
 * into an empty database. Rows another process wrote first are left as they are.
 */
export async function seedUsers(db: UsersDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.users))) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await insertUsers(
    db,
    demoUsers.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      phone: user.phone,
      address: user.address,
      passwordHash,
    })),
  );
  await insertStaffMemberships(db, demoStaffMemberships);
}
