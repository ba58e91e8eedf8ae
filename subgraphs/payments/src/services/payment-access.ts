import { isSelfOr, requireUser, type Caller } from '@pharmacy/auth';
import { ForbiddenError } from '@pharmacy/errors';
import type { PaymentApprovalRow } from '../db/queries';

/** Anyone but an anonymous caller (UNAUTHENTICATED): signed-in users and services. */
export function requireKnownCaller(caller: Caller): void {
  if (caller.kind !== 'service') requireUser(caller);
}

/** A user's payments: the user, pharmacists and admins, and other services. */
export const canSeePaymentsOf = (caller: Caller, payerId: string): boolean =>
  isSelfOr(caller, payerId, 'PHARMACIST', 'ADMIN');

export const canSeeApproval = (
  caller: Caller,
  approval: Pick<PaymentApprovalRow, 'payerId'>,
): boolean => canSeePaymentsOf(caller, approval.payerId);

/** Every payment at once: pharmacists, admins and services only. */
export function requireStaffOrService(caller: Caller): void {
  requireKnownCaller(caller);
  if (caller.kind === 'user' && caller.role !== 'PHARMACIST' && caller.role !== 'ADMIN') {
    throw new ForbiddenError('Only pharmacists and admins may list all payments');
  }
}
