import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { requireUser, type Caller, type Role, type UserCaller } from '@pharmacy/auth';
import type { Queryable } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionRow } from '../context';
import * as schema from '../db/schema';

export type AccessAction = (typeof schema.prescriptionAccessLog.$inferInsert)['action'];

export const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;

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
  if (user.userId === prescription.patientId) return;
  if (user.role === 'PHARMACIST' || user.role === 'ADMIN') return;
  throw new ForbiddenError('You may not see this prescription');
}

/** Whose prescription lists a caller may see: their own, or anyone's for staff and services. */
export function assertCanListFor(caller: Caller, patientId: string): void {
  if (caller.kind === 'service') return;
  const user = requireUser(caller);
  if (user.userId === patientId) return;
  if (user.role === 'PHARMACIST' || user.role === 'ADMIN') return;
  throw new ForbiddenError("You may not see this user's prescriptions");
}

function actorOf(caller: Caller): { actorId: string; actorRole: string } {
  if (caller.kind === 'user') return { actorId: caller.userId, actorRole: caller.role };
  if (caller.kind === 'service') return { actorId: caller.service, actorRole: 'SERVICE' };
  return { actorId: 'anonymous', actorRole: 'ANONYMOUS' };
}

/** Writes one audit entry; pass the transaction that made the change so both commit together. */
export async function recordAccess(
  db: Queryable<typeof schema>,
  caller: Caller,
  prescriptionIds: string[],
  action: AccessAction,
): Promise<void> {
  if (prescriptionIds.length === 0) return;
  const actor = actorOf(caller);
  await db
    .insert(schema.prescriptionAccessLog)
    .values(
      prescriptionIds.map((prescriptionId) => ({ id: uuidv7(), prescriptionId, action, ...actor })),
    );
}
