import type { OutboxRelay } from '@pharmacy/outbox';
import { startPeriodicTask, type Logger, type PeriodicTask } from '@pharmacy/service';
import { stalePendingApprovals, type PaymentsDatabase } from '../db/queries';
import type { ChargeResult, PaymentProvider } from '../provider/payment-provider';
import { recordChargeOutcome } from './charge-outcome.service';

/** What a charge the provider never made comes to: DECLINED frees the order for another try. */
const interrupted: ChargeResult = {
  status: 'DECLINED',
  method: null,
  reason: 'The payment was interrupted; nothing was charged.',
};

/**
 * Settles charges whose outcome was never recorded (the process stopped mid-charge): the
 * provider is asked what happened under the attempt's key; a charge it never made is DECLINED,
 * which frees the order for another attempt.
 */
export class PaymentRecovery {
  private task: PeriodicTask | undefined;

  constructor(
    private readonly deps: {
      db: PaymentsDatabase;
      log: Logger;
      relay: OutboxRelay;
      provider: PaymentProvider;
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

  async recover(): Promise<number> {
    const { db, provider, pendingTimeoutMs } = this.deps;
    const stale = await stalePendingApprovals(db, { olderThanMs: pendingTimeoutMs, limit: 20 });
    for (const { id } of stale) {
      const result = (await provider.findCharge(id)) ?? interrupted;
      await recordChargeOutcome(this.deps, id, result);
      this.deps.log.warn('settled an interrupted charge', {
        approvalId: id,
        status: result.status,
      });
    }
    return stale.length;
  }
}
