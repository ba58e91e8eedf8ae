import { isStaff, type Caller } from '@pharmacy/auth';
import type { UsersContext } from '../context';
import type { UserRow } from '../db/queries';
import { Role } from '../generated/enums';

/**
 * Who may see a user: the user, pharmacists and admins; anyone signed in may see staff members
 * (who verified a prescription, who delivers), and couriers the customers they deliver to.
 */
export function canSeeUser(caller: Caller, user: Pick<UserRow, 'id' | 'role'>): boolean {
  if (caller.kind === 'service') return true;
  if (caller.kind !== 'user') return false;
  if (caller.userId === user.id) return true;
  if (isStaff(caller) || caller.role === Role.COURIER) return true;
  return user.role !== Role.PATIENT;
}

/** Email, phone and address: the user (also just after signing in), pharmacists and admins. */
export function canSeeContactDetails(ctx: UsersContext, user: Pick<UserRow, 'id'>): boolean {
  const { caller } = ctx;
  if (ctx.signedInUserId === user.id || caller.kind === 'service') return true;
  if (caller.kind !== 'user') return false;
  return caller.userId === user.id || isStaff(caller);
}
