import { z } from 'zod';
import { requireRole } from '@pharmacy/auth';
import { parsePage, toConnection, type Connection } from '@pharmacy/db';
import { parseInput } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { userPage, type UserRow } from '../db/queries';
import { Role } from '../generated/enums';
import type { QueryUsersArgs } from '../generated/resolvers';

/** The search term; the page (first, after) is checked by parsePage, as in every connection. */
const userSearch = z.object({
  search: z
    .string()
    .trim()
    .max(200, 'search must be at most 200 characters')
    .nullish()
    .transform((term) => term || null),
});

/**
 * Admins: accounts (deleted ones left out), oldest first, matching `search` in the name or the
 * email (case-insensitive, as typed: % and _ match themselves) and of `role` when given.
 */
export async function listUsers(
  ctx: UsersContext,
  args: QueryUsersArgs,
): Promise<Connection<UserRow>> {
  requireRole(ctx.caller, Role.ADMIN);
  const page = parsePage(args.first, args.after || null);
  const { search } = parseInput(userSearch, args);
  const rows = await userPage(ctx.db, { ...page, search, role: args.role ?? null });
  const connection = toConnection(rows, page);
  for (const user of connection.nodes) ctx.loaders.userById.prime(user.id, user);
  return connection;
}
