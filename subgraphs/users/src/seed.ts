import { isTableEmpty } from '@pharmacy/db';
import { DEMO_PASSWORD, demoUsers } from '@pharmacy/demo';
import type { UsersDatabase } from './context';
import * as schema from './db/schema';
import { hashPassword } from './services/password';

/** One demo user per role, only into an empty database. */
export async function seedUsers(db: UsersDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.users))) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(schema.users).values(
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
}
