import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD, demoUsers } from '@pharmacy/demo';
import type { UsersDatabase } from './context';
import * as schema from './db/schema';
import { hashPassword } from './services/password';

/** One demo user per role, only into an empty database. */
export async function seedUsers(db: UsersDatabase): Promise<void> {
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.users);
  if (count > 0) return;
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
