import { v7 as uuidv7 } from 'uuid';
import { requireUser, type Caller } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import {
  accessLogOf,
  type AccessAction,
  type AccessLogEntry,
  type PrescriptionsQueryable,
} from '../db/queries';
import { prescriptionAccessLog } from '../db/schema';

/**
 * The actor as the audit trail names it: a user id and role, or the service's own name and
 * SERVICE (unlike actorOf in @pharmacy/auth, which prefixes service names).
 */
function auditActor(caller: Caller): { actorId: string; actorRole: string } {
  if (caller.kind === 'user') return { actorId: caller.userId, actorRole: caller.role };
  if (caller.kind === 'service') return { actorId: caller.service, actorRole: 'SERVICE' };
  return { actorId: 'anonymous', actorRole: 'ANONYMOUS' };
}

/** Writes one audit entry; pass the transaction that made the change so both commit together. */
export async function recordAccess(
  db: PrescriptionsQueryable,
  caller: Caller,
  prescriptionIds: string[],
  action: AccessAction,
): Promise<void> {
  if (prescriptionIds.length === 0) return;
  const actor = auditActor(caller);
  await db
    .insert(prescriptionAccessLog)
    .values(
      prescriptionIds.map((prescriptionId) => ({ id: uuidv7(), prescriptionId, action, ...actor })),
    );
}

/** The audit trail of one prescription, for admins (and services). */
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
