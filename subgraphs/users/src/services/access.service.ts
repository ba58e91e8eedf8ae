import { requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import type { UsersContext } from '../context';
import { userAccess, type UserAccessRow } from '../db/queries';
import type { QueryCurrentAccessArgs } from '../generated/resolvers';

/**
 * Services only: the role and pharmacies a user holds now (tokens carry the role they were
 * issued with). Null for no such user, a deleted account, or a session that has ended.
 */
export async function currentAccess(
  ctx: UsersContext,
  args: QueryCurrentAccessArgs,
): Promise<UserAccessRow | null> {
  requireService(ctx.caller);
  const sessionId = args.sessionId ?? null;
  // An id that is no UUID names nobody, and a session id that is none names no open session.
  if (!isUuid(args.userId) || (sessionId !== null && !isUuid(sessionId))) return null;
  return (await userAccess(ctx.db, { userId: args.userId, sessionId })) ?? null;
}
