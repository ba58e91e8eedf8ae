import type { Database } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import type { OutboxEvent } from './delivery';
import type { OutboxTable } from './tables';

export interface OutboxRelay {
  start(): void;
  /** Publishes whatever is due, soon; calls while a pass runs fold into one more pass. */
  kick(): void;
  /** Delivers these just-written events now; any that fail stay for the periodic pass. */
  deliverNow(ids: string[]): Promise<void>;
  /** Stops the timer and waits for deliveries under way; what is left waits for a restart. */
  stop(): Promise<void>;
}

export interface OutboxRelayOptions<S extends Record<string, unknown>> {
  /** A connection outside any request: `DatabaseHandle.backgroundDb`. */
  db: Database<S>;
  /** The subgraph's own outbox table (from `outboxTables()`). */
  table: OutboxTable;
  /** The service's logger; the relay logs under component `outbox-relay`. */
  log: Logger;
  /** Hands one event to the services that react to it; throws when they could not take it. */
  deliver(event: OutboxEvent): Promise<void>;
  intervalMs: number;
  batchSize?: number;
  /** How long a claimed event is left to the relay that claimed it. */
  leaseMs?: number;
  maxBackoffMs?: number;
}
