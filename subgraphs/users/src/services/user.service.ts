import { requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { updateUserRole, type UserRow } from '../db/queries';
import { deleteStaffMembershipsOf } from '../db/staff-queries';
import { Role } from '../generated/enums';
import type { MutationSetUserRoleArgs } from '../generated/resolvers';
import { worksForPharmacies } from './staff.service';
import { canSeeContactDetails, canSeeUser } from './user-visibility';

/** A user the caller may see; null when there is none (an id that is no UUID names nobody). */
export async function findVisibleUser(ctx: UsersContext, id: string): Promise<UserRow | null> {
  if (ctx.caller.kind === 'anonymous') throw new UnauthenticatedError();
  if (!isUuid(id)) return null;
  const user = await ctx.loaders.userById.load(id);
  if (!user) return null;
  if (!canSeeUser(ctx.caller, user)) throw new ForbiddenError('You may not see this user');
  return user;
}

/** The signed-in user; null for anyone else. */
export const findCurrentUser = (ctx: UsersContext): Promise<UserRow | null> | null =>
  ctx.caller.kind === 'user' ? findVisibleUser(ctx, ctx.caller.userId) : null;

/** One contact detail, for those who may see it. */
export function contactDetail<F extends 'email' | 'phone' | 'address'>(
  ctx: UsersContext,
  user: UserRow,
  field: F,
): UserRow[F] {
  if (!canSeeContactDetails(ctx, user))
    throw new ForbiddenError(`You may not see this user's ${field}`);
  return user[field];
}

/**
 * Admins only. A pharmacist or courier who becomes a patient or an admin leaves every pharmacy
 * in the same transaction; between pharmacist and courier the pharmacies stay.
 */
export async function setUserRole(
  ctx: UsersContext,
  input: MutationSetUserRoleArgs,
): Promise<UserRow> {
  const admin = requireRole(ctx.caller, Role.ADMIN);
  if (!isUuid(input.userId)) throw new NotFoundError('User');
  const user = await ctx.db.transaction(async (tx) => {
    const updated = await updateUserRole(tx, input);
    if (updated && !worksForPharmacies(updated.role))
      await deleteStaffMembershipsOf(tx, updated.id);
    return updated;
  });
  if (!user) throw new NotFoundError('User');
  ctx.log.info('role changed', { userId: input.userId, role: input.role, by: admin.userId });
  return user;
}
