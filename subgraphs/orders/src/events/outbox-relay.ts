import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { AppError, ErrorCode } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';
import type { OrdersDatabase } from '../context';
import { outbox } from '../db/schema';

export interface OutboxEvent {
  id: string;
  topic: string;
  payload: unknown;
  attempts: number;
}

export interface OutboxRelayOptions {
  db: OrdersDatabase;
  log: Logger;
  /** Hands one event to the services that react to it; throws when they could not take it. */
  deliver(event: OutboxEvent): Promise<void>;
  intervalMs: number;
  batchSize?: number;
  /** How long a claimed event is left to the relay that claimed it. */
  leaseMs?: number;
  maxBackoffMs?: number;
}

/** Refusals that no retry can change: the event is parked for an operator instead. */
const permanentCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
]);
const isPermanent = (error: unknown) =>
  error instanceof AppError && permanentCodes.has(String(error.extensions.code));
const after = (ms: number) => sql`now() + ${ms} * interval '1 millisecond'`;

/**
 * Publishes the outbox at least once. Rows are claimed with FOR UPDATE SKIP LOCKED and leased,
 * so several replicas share the work without taking the same row, and delivery happens outside
 * any transaction (no connection held during a network call). A failed delivery is retried
 * with exponential backoff; consumers apply each event once, by event id or by order id.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private stopped = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Publishes whatever is due, soon; calls while a pass runs fold into one more pass. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.track(this.drain()).finally(() => {
      this.draining = undefined;
      if (this.drainAgain) {
        this.drainAgain = false;
        this.kick();
      }
    });
  }

  /** Delivers these just-written events now; any that fail stay for the periodic pass. */
  async deliverNow(ids: string[]): Promise<void> {
    if (this.stopped || ids.length === 0) return;
    await this.track(
      (async () => {
        const claimed = await this.options.db
          .update(outbox)
          .set(this.claim())
          .where(and(inArray(outbox.id, ids), isNull(outbox.publishedAt)))
          .returning();
        for (const event of claimed.sort((a, b) => (a.id < b.id ? -1 : 1)))
          await this.attempt(event);
      })(),
    );
  }

  /** Stops the timer and waits for deliveries under way; what is left waits for a restart. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async drain(): Promise<void> {
    const { db, batchSize = 20 } = this.options;
    while (!this.stopped) {
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(isNull(outbox.publishedAt), lte(outbox.availableAt, sql`now()`)))
        .orderBy(asc(outbox.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(outbox)
        .set(this.claim())
        .where(inArray(outbox.id, due))
        .returning();
      // Oldest first, so the events of one order arrive in the order they happened.
      for (const event of claimed.sort((a, b) => (a.id < b.id ? -1 : 1))) await this.attempt(event);
      if (claimed.length < batchSize) return;
    }
  }

  private claim() {
    return {
      availableAt: after(this.options.leaseMs ?? 30_000),
      attempts: sql`${outbox.attempts} + 1`,
    };
  }

  private async attempt(event: OutboxEvent): Promise<void> {
    const { db, log, maxBackoffMs = 5_000 } = this.options;
    try {
      await this.options.deliver(event);
      await db
        .update(outbox)
        .set({ publishedAt: sql`now()`, lastError: null })
        .where(eq(outbox.id, event.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isPermanent(error)) {
        log.error('outbox event refused, parked', {
          eventId: event.id,
          topic: event.topic,
          error: message,
        });
        await db
          .update(outbox)
          .set({ availableAt: sql`'infinity'::timestamptz`, lastError: message })
          .where(eq(outbox.id, event.id));
        return;
      }
      const backoff = Math.min(maxBackoffMs, 250 * 2 ** Math.max(0, event.attempts - 1));
      log.warn('outbox delivery failed, will retry', {
        eventId: event.id,
        topic: event.topic,
        backoff,
        error: message,
      });
      await db
        .update(outbox)
        .set({ availableAt: after(backoff), lastError: message })
        .where(eq(outbox.id, event.id));
    }
  }

  private track(work: Promise<void>): Promise<void> {
    const tracked = work.catch((error: unknown) =>
      this.options.log.error('outbox relay pass failed', { error: String(error) }),
    );
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
    return tracked;
  }
}
