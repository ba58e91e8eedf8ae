import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { batchById, groupBy, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import { usersByIds, type UserRow, type UsersDatabase } from './db/queries';
import { membershipsOfUsers, staffOfPharmacies } from './db/staff-queries';
import type { UsersDeps } from './deps';

export interface UsersLoaders {
  userById: DataLoader<string, UserRow | null>;
  /** The pharmacies each user works for. */
  pharmacyIdsByUser: DataLoader<string, string[]>;
  /** The staff of each pharmacy, by name. */
  staffByPharmacy: DataLoader<string, UserRow[]>;
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
  const userById: UsersLoaders['userById'] = new DataLoader(async (ids) =>
    matchById(ids, await batchById(ids, (found) => usersByIds(db, found))),
  );
  return {
    userById,
    pharmacyIdsByUser: new DataLoader(async (userIds) => {
      const rows = await batchById(userIds, (ids) => membershipsOfUsers(db, ids));
      return groupBy(userIds, rows, (row) => row.userId).map((group) =>
        group.map((row) => row.pharmacyId),
      );
    }),
    staffByPharmacy: new DataLoader(async (pharmacyIds) => {
      const rows = await batchById(pharmacyIds, (ids) => staffOfPharmacies(db, ids));
      const staff = groupBy(pharmacyIds, rows, (row) => row.pharmacyId);
      // Each staff member is one of the users this request may read again.
      for (const { user } of rows) userById.prime(user.id, user);
      return staff.map((group) => group.map((row) => row.user));
    }),
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
