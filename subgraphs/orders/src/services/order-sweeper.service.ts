import { eq } from 'drizzle-orm';
import type { OutboxRelay } from '@pharmacy/outbox';
import { startPeriodicTask, type Logger, type PeriodicTask } from '@pharmacy/service';
import { lockDueUnpaidOrders, lockInterruptedPlacements, type OrdersDatabase } from '../db/queries';
import { orders } from '../db/schema';
import { enqueue } from '../events/outbox';
import type { OrdersSettings } from '../settings';
import { cancelLockedOrder } from './order-cancellation';

const BATCH = 50;

/**
 * Periodic clean-up: unpaid orders past their deadline are cancelled ('payment timeout'), and
 * placements interrupted by a crash are marked failed; both give back what they hold through
 * the outbox. Rows are taken with SKIP LOCKED, so replicas sweep side by side.
 */
export class OrderSweeper {
  private task: PeriodicTask | undefined;

  constructor(
    private readonly deps: {
      db: OrdersDatabase;
      log: Logger;
      relay: OutboxRelay;
      settings: OrdersSettings;
    },
  ) {}

  start(): void {
    this.task = startPeriodicTask({
      name: 'sweep',
      intervalMs: this.deps.settings.sweepIntervalMs,
      run: () => this.sweep(),
      log: this.deps.log,
    });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
  }

  /** One full sweep; returns how many orders expired and how many placements were undone. */
  async sweep(): Promise<{ expired: number; abandoned: number }> {
    let expired = 0;
    let abandoned = 0;
    for (let n = BATCH; n === BATCH; expired += n) n = await this.expireUnpaid();
    for (let n = BATCH; n === BATCH; abandoned += n) n = await this.abandonInterrupted();
    if (expired + abandoned > 0) this.deps.relay.kick();
    return { expired, abandoned };
  }

  private expireUnpaid(): Promise<number> {
    return this.deps.db.transaction(async (tx) => {
      const due = await lockDueUnpaidOrders(tx, { limit: BATCH });
      for (const order of due)
        await cancelLockedOrder(tx, order, 'payment timeout', 'system', { inline: false });
      return due.length;
    });
  }

  private abandonInterrupted(): Promise<number> {
    const olderThanMs = this.deps.settings.placementTimeoutMs;
    return this.deps.db.transaction(async (tx) => {
      const stale = await lockInterruptedPlacements(tx, { olderThanMs, limit: BATCH });
      for (const order of stale) {
        await tx
          .update(orders)
          .set({
            placement: 'FAILED',
            idempotencyKey: null,
            requestHash: null,
            updatedAt: new Date(),
          })
          .where(eq(orders.id, order.id));
        await enqueue(tx, 'order.placement_failed', {
          orderId: order.id,
          prescription: order.prescriptionId !== null,
        });
      }
      if (stale.length > 0)
        this.deps.log.warn('undoing interrupted placements', { count: stale.length });
      return stale.length;
    });
  }
}
