import { isStaff, requireUser, type Caller, type Role, type UserCaller } from '@pharmacy/auth';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionRow } from '../db/queries';

/** A signed-in person (with one of `roles`, when given). Services act only through their own operations. */
export function requirePerson(caller: Caller, ...roles: Role[]): UserCaller {
  if (caller.kind === 'service') throw new ForbiddenError('Services may not do this');
  const user = requireUser(caller);
  if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenError();
  return user;
}

/**
 * Who may see a prescription: its patient, pharmacists and admins, and services. Anonymous
 * callers are asked to sign in; everyone else is refused.
 */
export function assertCanRead(
  caller: Caller,
  prescription: Pick<PrescriptionRow, 'patientId'>,
): void {
  if (caller.kind === 'service') return;
  const user = requireUser(caller);
  if (user.userId === prescription.patientId || isStaff(user)) return;
  throw new ForbiddenError('You may not see this prescription');
}

/** Whose prescription lists a caller may see: their own, or anyone's for staff and services. */
export function assertCanListFor(caller: Caller, patientId: string): void {
  if (caller.kind === 'service') return;
  const user = requireUser(caller);
  if (user.userId === patientId || isStaff(user)) return;
  throw new ForbiddenError("You may not see this user's prescriptions");
}
