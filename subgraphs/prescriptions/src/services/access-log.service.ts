import { v7 as uuidv7 } from 'uuid';
import { isAdmin, requireUser } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import {
  accessLogOf,
  insertAccessLog,
  type AccessAction,
  type AccessLogEntry,
  type UserAccessRow,
} from '../db/access-log-queries';
import type { PrescriptionRow, PrescriptionsQueryable } from '../db/queries';
import type { AuditActor } from './audit-actor';

/** Records a change; pass the transaction that made it, so both commit together. */
export async function recordChange(
  tx: PrescriptionsQueryable,
  actor: AuditActor,
  prescriptionIds: string[],
  action: Exclude<AccessAction, 'READ'>,
): Promise<void> {
  await insertAccessLog(
    tx,
    prescriptionIds.map((prescriptionId) => ({ id: uuidv7(), prescriptionId, action, ...actor })),
  );
}

/** Query.prescriptionAccessLog: the whole audit trail of one prescription, for admins (and services). */
export async function listAccessLog(
  ctx: PrescriptionsContext,
  prescriptionId: string,
): Promise<AccessLogEntry[]> {
  if (ctx.caller.kind !== 'service') {
    const user = requireUser(ctx.caller);
    if (user.role !== 'ADMIN') throw new ForbiddenError('Only admins may read the access log');
  }
  if (!isUuid(prescriptionId)) return [];
  return accessLogOf(ctx.db, prescriptionId);
}

/** Prescription.accessLog: who read or changed it, for its patient and admins; batched. */
export function userAccessLogOf(
  ctx: PrescriptionsContext,
  prescription: PrescriptionRow,
): Promise<UserAccessRow[]> {
  const { caller } = ctx;
  const mine = caller.kind === 'user' && caller.userId === prescription.patientId;
  if (!mine && !isAdmin(caller))
    throw new ForbiddenError('Only its patient and admins may see who read a prescription');
  return ctx.loaders.accessLogByPrescriptionId.load(prescription.id);
}
