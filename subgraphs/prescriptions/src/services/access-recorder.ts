import { v7 as uuidv7 } from 'uuid';
import type { Caller } from '@pharmacy/auth';
import { insertReads, type AccessLogRow } from '../db/access-log-queries';
import type { PrescriptionsQueryable } from '../db/queries';
import { auditActor } from './audit-actor';

/**
 * The reads of one request, written when it ends (the subgraph's beforeResponse): one entry per
 * prescription however many paths read it, and one INSERT for the whole request, so recording
 * costs the same whatever the request reads. The gateway may call several times for one of its
 * requests (a fetch per step of its plan): with the operation id it gives (OPERATION_ID_HEADER),
 * those calls are recorded once too. Changes are written by the transaction that makes them (recordChange).
 */
export class AccessRecorder {
  /** By prescription id: reads are the one action collected here. */
  private readonly pending = new Map<string, AccessLogRow>();

  constructor(
    private readonly caller: Caller,
    /** The gateway's id of the client operation, when it gave one. */
    private readonly operationId: string | null,
  ) {}

  /** Notes that the caller read these prescriptions (only what they were allowed to see). */
  read(prescriptionIds: Iterable<string>): void {
    for (const prescriptionId of prescriptionIds) {
      if (this.pending.has(prescriptionId)) continue;
      this.pending.set(prescriptionId, {
        id: uuidv7(),
        prescriptionId,
        action: 'READ',
        at: new Date(),
        operationId: this.operationId,
        ...auditActor(this.caller),
      });
    }
  }

  /** Writes what was noted, in one statement. */
  async flush(db: PrescriptionsQueryable): Promise<void> {
    const rows = [...this.pending.values()];
    this.pending.clear();
    await insertReads(db, rows);
  }
}
