import { isTableEmpty } from '@pharmacy/db';
import { DEMO_PASSWORD, demoUsers } from '@pharmacy/demo';
import { insertUsers, type UsersDatabase } from './db/queries';
import * as schema from './db/schema';
import { hashPassword } from './services/password';

/** One demo user per role, only into an empty database. */
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
}
