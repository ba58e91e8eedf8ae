import { and, asc, inArray, isNull, lte, sql } from 'drizzle-orm';
import { attemptDelivery, claimColumns, oldestFirst, type OutboxEvent } from './delivery';
import type { OutboxRelay, OutboxRelayOptions } from './relay-options';

/**
 * Publishes the outbox at least once. Rows are claimed with FOR UPDATE SKIP LOCKED and leased,
 * so several replicas share the work without taking the same row, and delivery happens outside
 * any transaction (no connection held during a network call). A failed delivery is retried
 * with exponential backoff; consumers apply each event once, by event id or by order id.
 */
export function createOutboxRelay<S extends Record<string, unknown>>(
  options: OutboxRelayOptions<S>,
): OutboxRelay {
  const log = options.log.child({ component: 'outbox-relay' });
  const delivery = { ...options, log, maxBackoffMs: options.maxBackoffMs ?? 5_000 };
  const { db, table, batchSize = 20, leaseMs = 30_000 } = options;
  const attempt = (event: OutboxEvent) => attemptDelivery(delivery, event);

  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | undefined;
  let drainAgain = false;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();

  function track(work: Promise<void>): Promise<void> {
    const tracked = work.catch((error: unknown) =>
      log.error('outbox relay pass failed', { error }),
    );
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    return tracked;
  }

  async function drain(): Promise<void> {
    while (!stopped) {
      const due = db
        .select({ id: table.id })
        .from(table)
        .where(and(isNull(table.publishedAt), lte(table.availableAt, sql`now()`)))
        .orderBy(asc(table.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(table)
        .set(claimColumns(table, leaseMs))
        .where(inArray(table.id, due))
        .returning();
      for (const event of oldestFirst(claimed)) await attempt(event);
      if (claimed.length < batchSize) return;
    }
  }

  const relay: OutboxRelay = {
    start() {
      timer = setInterval(() => relay.kick(), options.intervalMs);
      timer.unref();
      relay.kick();
    },
    kick() {
      if (stopped) return;
      if (draining) {
        drainAgain = true;
        return;
      }
      draining = track(drain()).finally(() => {
        draining = undefined;
        if (drainAgain) {
          drainAgain = false;
          relay.kick();
        }
      });
    },
    async deliverNow(ids) {
      if (stopped || ids.length === 0) return;
      await track(
        (async () => {
          const claimed = await db
            .update(table)
            .set(claimColumns(table, leaseMs))
            .where(and(inArray(table.id, ids), isNull(table.publishedAt)))
            .returning();
          for (const event of oldestFirst(claimed)) await attempt(event);
        })(),
      );
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
  return relay;
}
