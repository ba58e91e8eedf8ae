import {
  isAdmin,
  managesPharmacy,
  requireUser,
  worksFor,
  type Caller,
  type Role,
  type UserCaller,
} from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionRow } from '../db/queries';
import type { Visibility } from '../db/visibility';

/** A signed-in person (with one of `roles`, when given). Services act only through their own operations. */
export function requirePerson(caller: Caller, ...roles: Role[]): UserCaller {
  if (caller.kind === 'service') throw new ForbiddenError('Services may not do this');
  const user = requireUser(caller);
  if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenError();
  return user;
}

/** A pharmacist's pharmacies, as ids SQL can compare (anything else matches nothing anyway). */
const pharmaciesOf = (caller: UserCaller) =>
  caller.pharmacyIds.filter(isUuid).map((id) => id.toLowerCase());

/**
 * Who may review (verify, reject, see the document of) a prescription: admins, and pharmacists
 * when it was sent to one of their pharmacies or to none. Nobody reviews their own.
 */
export function mayReview(
  caller: Caller,
  prescription: Pick<PrescriptionRow, 'pharmacyId'>,
): boolean {
  if (isAdmin(caller)) return true;
  if (caller.kind !== 'user' || caller.role !== 'PHARMACIST') return false;
  return prescription.pharmacyId === null || managesPharmacy(caller, prescription.pharmacyId);
}

/**
 * Who may read one prescription: services, admins, its patient, and pharmacists who may review
 * it or work where an order took from it (`takenAt`, asked only when it decides). The SQL twin
 * is readVisibility.
 */
export async function mayRead(
  caller: Caller,
  prescription: Pick<PrescriptionRow, 'patientId' | 'pharmacyId'>,
  takenAt: () => Promise<readonly string[]>,
): Promise<boolean> {
  if (caller.kind === 'service' || isAdmin(caller)) return true;
  const user = requireUser(caller);
  if (user.userId === prescription.patientId || mayReview(user, prescription)) return true;
  if (user.role !== 'PHARMACIST') return false;
  return (await takenAt()).some((pharmacyId) => worksFor(user, pharmacyId));
}

/** The prescriptions lists may show the caller: mayRead as SQL. */
export function readVisibility(caller: Caller): Visibility {
  if (caller.kind === 'service' || isAdmin(caller)) return 'all';
  const user = requireUser(caller);
  if (user.role !== 'PHARMACIST') return { patientId: user.userId };
  const mine = pharmaciesOf(user);
  return { patientId: user.userId, sentTo: mine, takenAt: mine };
}

/** Query.prescriptions for staff: the review queue, those sent to their pharmacies or to none. */
export function reviewQueueVisibility(caller: Caller): Visibility {
  if (caller.kind === 'service' || isAdmin(caller)) return 'all';
  return { sentTo: pharmaciesOf(requireUser(caller)) };
}

/** Whose prescription lists a caller may ask for: their own, or anyone's for staff and services. */
export function assertCanListFor(caller: Caller, patientId: string): void {
  if (caller.kind === 'service') return;
  const user = requireUser(caller);
  if (user.userId === patientId || user.role === 'PHARMACIST' || user.role === 'ADMIN') return;
  throw new ForbiddenError("You may not see this user's prescriptions");
}
