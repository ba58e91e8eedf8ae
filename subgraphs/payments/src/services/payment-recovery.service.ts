import type { OutboxRelay } from '@pharmacy/outbox';
import { startPeriodicTask, type Logger, type PeriodicTask } from '@pharmacy/service';
import {
  approvalById,
  staleUnsettledApprovals,
  touchApproval,
  type PaymentApprovalRow,
  type PaymentsDatabase,
} from '../db/queries';
import { interrupted, type ChargeOutcome } from '../provider/payment-provider';
import { providerFor, type Providers } from '../provider/providers';
import { recordChargeOutcome } from './charge-outcome.service';
import { chargeLookupOf } from './charge-key';

/**
 * Settles charges whose outcome was never recorded (the process stopped mid-charge, a webhook
 * was lost): the provider is asked what became of each, by the id recorded before money moved or
 * by the payment's key, and that is recorded. Only a charge the provider never made, or one never
 * confirmed (cancelled first, so nothing takes money through it later), is DECLINED; one still
 * waiting for its customer stays REQUIRES_ACTION.
 */
export class PaymentRecovery {
  private task: PeriodicTask | undefined;

  constructor(
    private readonly deps: {
      db: PaymentsDatabase;
      log: Logger;
      relay: OutboxRelay;
      providers: Providers;
      pendingTimeoutMs: number;
    },
  ) {}

  start(): void {
    const every = Math.min(30_000, Math.max(100, Math.round(this.deps.pendingTimeoutMs / 2)));
    this.task = startPeriodicTask({
      name: 'recovery',
      intervalMs: every,
      run: () => this.recover(),
      log: this.deps.log,
    });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
  }

  /** One pass over the charges nothing was heard of for a while; how many were looked at. */
  async recover(): Promise<number> {
    const { db, pendingTimeoutMs } = this.deps;
    const stale = await staleUnsettledApprovals(db, { olderThanMs: pendingTimeoutMs, limit: 20 });
    for (const { id } of stale) {
      try {
        await this.settle(id);
      } catch (error) {
        // The provider may be unreachable: the next pass asks again.
        await touchApproval(db, id);
        this.deps.log.warn('could not settle a charge', { approvalId: id, error });
      }
    }
    return stale.length;
  }

  /** Asks the provider about one PENDING or REQUIRES_ACTION approval and records its answer. */
  async settle(approvalId: string): Promise<PaymentApprovalRow | null> {
    const { db, log } = this.deps;
    const approval = await approvalById(db, approvalId);
    if (approval?.status !== 'PENDING' && approval?.status !== 'REQUIRES_ACTION')
      return approval ?? null;
    const outcome = await this.outcomeOf(approval);
    if (!outcome || outcome.status === approval.status) {
      await touchApproval(db, approval.id);
      return approval;
    }
    const recorded = await recordChargeOutcome(this.deps, approval.id, outcome, [approval.status]);
    log.warn('settled a charge with the provider', {
      approvalId,
      from: approval.status,
      status: outcome.status,
    });
    return recorded ?? (await approvalById(db, approvalId)) ?? null;
  }

  /** What to record, or null while the provider is still at it. */
  private async outcomeOf(approval: PaymentApprovalRow): Promise<ChargeOutcome | null> {
    const provider = providerFor(this.deps.providers, approval.provider);
    const found = await provider.findCharge(chargeLookupOf(approval));
    if (!found) {
      // Never made: nothing was charged. One that waited for its customer stays as it is.
      return approval.status === 'PENDING' ? interrupted(null) : null;
    }
    if (found.status !== 'PENDING') return found;
    if (found.confirmed || approval.status !== 'PENDING') return null;
    const cancelled = await provider.cancelCharge(found.reference);
    return cancelled.status === 'PENDING' ? null : cancelled;
  }
}
