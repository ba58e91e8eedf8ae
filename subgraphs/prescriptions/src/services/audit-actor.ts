import type { Caller } from '@pharmacy/auth';
import type { AccessLogRow } from '../db/access-log-queries';

/** Who an audit entry names. */
export type AuditActor = Pick<AccessLogRow, 'actorId' | 'actorUserId' | 'actorRole'>;

/**
 * The caller as the audit trail names it: a user with their id and role, or a service by its own
 * name with SERVICE (unlike actorOf in @pharmacy/auth, which prefixes service names).
 */
export function auditActor(caller: Caller): AuditActor {
  if (caller.kind === 'user')
    return { actorId: caller.userId, actorUserId: caller.userId, actorRole: caller.role };
  if (caller.kind === 'service')
    return { actorId: caller.service, actorUserId: null, actorRole: 'SERVICE' };
  return { actorId: 'anonymous', actorUserId: null, actorRole: 'ANONYMOUS' };
}

/**
 * A change a service made for a patient (an order's take): the patient is named, and the role
 * names the service that did it.
 */
export function actorForPatient(caller: Caller, patientId: string): AuditActor {
  const by = caller.kind === 'service' ? caller.service : caller.kind;
  return { actorId: patientId, actorUserId: patientId, actorRole: `SERVICE:${by}` };
}
