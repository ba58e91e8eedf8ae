import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import { usersByIds, type UserRow, type UsersDatabase } from './db/queries';
import type { UsersDeps } from './deps';

export interface UsersLoaders {
  userById: DataLoader<string, UserRow | null>;
}

export interface UsersContext {
  caller: Caller;
  /** The end user's address as seen by the gateway: what sign-in attempts are counted by. */
  clientAddress: string;
  db: UsersDatabase;
  log: Logger;
  deps: UsersDeps;
  loaders: UsersLoaders;
  /** Set once this request signed someone in: the payload's user is then the caller's own. */
  signedInUserId?: string;
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(db: UsersDatabase): UsersLoaders {
  return {
    userById: new DataLoader(async (ids) => matchById(ids, await usersByIds(db, [...ids]))),
  };
}

export function createUsersContext(
  runtime: { db: UsersDatabase; log: Logger; deps: UsersDeps },
  caller: Caller,
  req: IncomingMessage,
): UsersContext {
  const { db, log, deps } = runtime;
  const clientAddress = String(req.headers['x-client-address'] ?? 'unknown');
  return { caller, clientAddress, db, log, deps, loaders: createLoaders(db) };
}
