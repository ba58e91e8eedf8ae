import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Caller } from '@pharmacy/auth';
import { matchById, type Database } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import * as schema from './db/schema';
import type { RateLimiter } from '@pharmacy/service';
import type { SigningKeys } from './services/signing-keys';

export type UsersDatabase = Database<typeof schema>;
export type UserRow = typeof schema.users.$inferSelect;

export interface UsersDeps {
  keys: SigningKeys;
  /** Attempts per minute (login per account: per 15 minutes) before RATE_LIMITED. */
  limiters: Record<'loginPerAddress' | 'loginPerAccount' | 'registerPerAddress', RateLimiter>;
}

export interface UsersContext {
  caller: Caller;
  /** The end user's address as seen by the gateway. */
  clientAddress: string;
  db: UsersDatabase;
  log: Logger;
  deps: UsersDeps;
  loaders: { userById: DataLoader<string, UserRow | null> };
  /** Set once this request signed someone in: the payload's user is then the caller's own. */
  signedInUserId?: string;
}

export function createUsersContext(
  base: { db: UsersDatabase; log: Logger; deps: UsersDeps },
  caller: Caller,
  clientAddress: string,
): UsersContext {
  const userById = new DataLoader<string, UserRow | null>(async (ids) => {
    const rows = await base.db
      .select()
      .from(schema.users)
      .where(inArray(schema.users.id, [...ids]));
    return matchById(ids, rows);
  });
  return { ...base, caller, clientAddress, loaders: { userById } };
}
