import {
  isSelfOr,
  managedPharmacies,
  managesPharmacy,
  requireRole,
  requireUser,
  type Caller,
} from '@pharmacy/auth';
import { ForbiddenError } from '@pharmacy/errors';
import type { PaymentApprovalRow } from '../db/queries';

type ApprovalScope = Pick<PaymentApprovalRow, 'payerId' | 'pharmacyId'>;

/** Anyone but an anonymous caller (UNAUTHENTICATED): signed-in users and services. */
export function requireKnownCaller(caller: Caller): void {
  if (caller.kind !== 'service') requireUser(caller);
}

/**
 * An approval: its payer, admins, services, and the pharmacists of the order's pharmacy. One
 * recorded before approvals knew their pharmacy is the payer's and admins' only.
 */
export const canSeeApproval = (caller: Caller, approval: ApprovalScope): boolean =>
  isSelfOr(caller, approval.payerId, 'ADMIN') || managesPharmacy(caller, approval.pharmacyId);

/**
 * Which of a user's approvals the caller sees: all of them for the user, admins and services;
 * those of their own pharmacies for a pharmacist. Anyone else is FORBIDDEN.
 */
export function approvalsVisibleOf(
  caller: Caller,
  payerId: string,
): (approval: ApprovalScope) => boolean {
  if (isSelfOr(caller, payerId, 'ADMIN')) return () => true;
  if (caller.kind !== 'user' || caller.role !== 'PHARMACIST')
    throw new ForbiddenError("You may not see this user's payments");
  return (approval) => canSeeApproval(caller, approval);
}

/**
 * The pharmacies whose approvals a list may show: 'all' for admins and services, a pharmacist's
 * own; patients and couriers may not list payments at all.
 */
export function listablePharmacies(caller: Caller): 'all' | readonly string[] {
  requireKnownCaller(caller);
  if (caller.kind === 'user' && caller.role !== 'PHARMACIST' && caller.role !== 'ADMIN') {
    throw new ForbiddenError('Only pharmacists and admins may list payments');
  }
  return managedPharmacies(caller);
}

/** Refunds: admins, and the pharmacists of the order's pharmacy. */
export function requireRefunder(caller: Caller, approval: ApprovalScope): void {
  requireRole(caller, 'PHARMACIST', 'ADMIN');
  if (!managesPharmacy(caller, approval.pharmacyId)) {
    throw new ForbiddenError("Only admins and this order's pharmacists may refund it");
  }
}
