import { ForbiddenError, UnauthenticatedError } from '@pharmacy/errors';

export const roles = ['PATIENT', 'PHARMACIST', 'COURIER', 'ADMIN'] as const;
export type Role = (typeof roles)[number];

/** Who is asking: nobody, a signed-in user (through the gateway), or another service. */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      role: Role;
      /** The pharmacies a pharmacist or courier works for now; empty for patients and admins. */
      pharmacyIds: readonly string[];
      /** The session (refresh token family) the request was made in, when known. */
      sessionId?: string;
    }
  | { kind: 'service'; service: string };

export type UserCaller = Extract<Caller, { kind: 'user' }>;

export const anonymous: Caller = { kind: 'anonymous' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function requireUser(caller: Caller): UserCaller {
  if (caller.kind !== 'user') throw new UnauthenticatedError();
  return caller;
}

export function requireRole(caller: Caller, ...allowed: Role[]): UserCaller {
  const user = requireUser(caller);
  if (!allowed.includes(user.role)) throw new ForbiddenError();
  return user;
}

export function requireService(caller: Caller): void {
  if (caller.kind !== 'service') throw new ForbiddenError('Only services may call this');
}

/** Pharmacists and admins see the prescriptions and orders they work on. */
export function isStaff(caller: Caller): boolean {
  return caller.kind === 'user' && (caller.role === 'PHARMACIST' || caller.role === 'ADMIN');
}

export function isAdmin(caller: Caller): boolean {
  return caller.kind === 'user' && caller.role === 'ADMIN';
}

/** A pharmacist or courier who works for `pharmacyId`. */
export function worksFor(caller: Caller, pharmacyId: string | null | undefined): boolean {
  return caller.kind === 'user' && pharmacyId != null && caller.pharmacyIds.includes(pharmacyId);
}

/**
 * Who may act for a pharmacy (its orders, stock, the prescriptions sent to it): services,
 * admins, and the pharmacists who work for it.
 */
export function managesPharmacy(caller: Caller, pharmacyId: string | null | undefined): boolean {
  if (caller.kind === 'service' || isAdmin(caller)) return true;
  return caller.kind === 'user' && caller.role === 'PHARMACIST' && worksFor(caller, pharmacyId);
}

/**
 * The pharmacies whose data a list may show the caller as staff: 'all' for services and admins,
 * a pharmacist's own pharmacies, and none for anyone else.
 */
export function managedPharmacies(caller: Caller): 'all' | readonly string[] {
  if (caller.kind === 'service' || isAdmin(caller)) return 'all';
  if (caller.kind === 'user' && caller.role === 'PHARMACIST') return caller.pharmacyIds;
  return [];
}

/** The caller is the user `userId`, or someone allowed to see everybody's data of this kind. */
export function isSelfOr(caller: Caller, userId: string, ...roles: Role[]): boolean {
  if (caller.kind === 'service') return true;
  if (caller.kind !== 'user') return false;
  return caller.userId === userId || roles.includes(caller.role);
}

/** Who made a change, for audit trails: a user id or a service name. */
export function actorOf(caller: Caller): string {
  if (caller.kind === 'user') return caller.userId;
  if (caller.kind === 'service') return `service:${caller.service}`;
  return 'anonymous';
}
