import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, throwawayDatabase, type DatabaseHandle, type Driver } from '@pharmacy/db';
import { BadUserInputError } from '@pharmacy/errors';
import { createLogger } from '@pharmacy/service';
import type { OutboxEvent } from './delivery';
import { outboxWriter } from './enqueue';
import { createOutboxRelay } from './relay';
import type { OutboxRelay, OutboxRelayOptions } from './relay-options';
import { createOutboxTable, outbox, outboxSchema, type OutboxSchema } from './outbox-test-table';

const enqueue = outboxWriter<{ 'thing.happened': { n: number } }, OutboxSchema>(outbox);

const log = createLogger('outbox', 'silent');

/** Polls `condition` until it holds, failing after a deadline. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

// Like the subgraph tests: PostgreSQL when TEST_DATABASE_URL is set, otherwise PGlite.
const database = throwawayDatabase('outbox');
const driver: Driver = 'url' in database.location ? 'postgres' : 'pglite';

describe(`outbox relay on ${driver}`, () => {
  const handles: DatabaseHandle<OutboxSchema>[] = [];
  const relays: OutboxRelay[] = [];
  let db: DatabaseHandle<OutboxSchema>['backgroundDb'];

  /** A connection (pool) to the test database; on PGlite, the one database itself. */
  async function connect() {
    if (driver === 'pglite' && handles[0]) return handles[0];
    const handle = await openDatabase({
      schema: outboxSchema,
      migrationsFolder: '.',
      migrate: false,
      ...database.location,
    });
    handles.push(handle);
    return handle;
  }

  beforeAll(async () => {
    const first = await connect();
    db = first.backgroundDb;
    await createOutboxTable(first.db);
  });

  afterAll(async () => {
    for (const handle of handles) await handle.close();
    await database.drop();
  });

  beforeEach(async () => {
    await db.delete(outbox);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  });

  function relay(
    options: Partial<OutboxRelayOptions<OutboxSchema>> &
      Pick<OutboxRelayOptions<OutboxSchema>, 'deliver'>,
  ) {
    const created = createOutboxRelay({ db, table: outbox, log, intervalMs: 60_000, ...options });
    relays.push(created);
    return created;
  }

  /** Writes `count` events, each in its own committed transaction. */
  async function enqueueEvents(count: number, options: { inline?: boolean } = {}) {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      ids.push(await db.transaction((tx) => enqueue(tx, 'thing.happened', { n }, options)));
    }
    return ids;
  }

  const rowOf = async (id: string) => {
    const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    return row!;
  };

  /** A relay that records what it is handed, and has nothing more to do until kicked. */
  const recording = (fail?: (event: OutboxEvent) => Error | undefined) => {
    const delivered: OutboxEvent[] = [];
    const deliver = async (event: OutboxEvent) => {
      delivered.push(event);
      const error = fail?.(event);
      if (error) throw error;
    };
    return { delivered, deliver };
  };

  it('delivers every due event once, oldest first, in batches, and marks it published', async () => {
    const ids = await enqueueEvents(5);
    const { delivered, deliver } = recording();
    const r = relay({ deliver, batchSize: 2 });
    r.start();
    await waitFor(() => delivered.length === 5);
    r.kick(); // nothing is due any more
    await r.stop();
    expect(delivered.map((e) => e.id)).toEqual(ids);
    expect(delivered.map((e) => e.payload)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
    expect(delivered.every((e) => e.topic === 'thing.happened' && e.attempts === 1)).toBe(true);
    for (const id of ids)
      expect(await rowOf(id)).toMatchObject({ publishedAt: expect.any(Date), attempts: 1 });
  });

  it('leaves an inline event to its writer (deliverNow) during the grace period', async () => {
    const [id] = await enqueueEvents(1, { inline: true });
    const { delivered, deliver } = recording();
    const r = relay({ deliver });
    r.kick();
    await r.stop();
    expect(delivered).toEqual([]);

    const writer = relay({ deliver });
    await writer.deliverNow([id!]);
    await writer.deliverNow([id!]); // already published: not again
    expect(delivered.map((e) => e.id)).toEqual([id]);
    expect((await rowOf(id!)).publishedAt).toBeInstanceOf(Date);
  });

  it('after a failed delivery, waits an exponential backoff, capped at maxBackoffMs', async () => {
    const [id] = await enqueueEvents(1);
    const { delivered, deliver } = recording(() => new Error('consumer down'));
    const r = relay({ deliver, maxBackoffMs: 600 });
    const timing = async () => {
      const [row] = await db
        .select({
          sinceCreated: sql<number>`extract(epoch from ${outbox.availableAt} - ${outbox.createdAt})::float8 * 1000`,
          left: sql<number>`extract(epoch from ${outbox.availableAt} - now())::float8 * 1000`,
        })
        .from(outbox)
        .where(eq(outbox.id, id!));
      return row!;
    };
    // Each attempt sets available_at = (time of the attempt) + backoff, where the attempt is
    // after the row was created and before now: so sinceCreated >= backoff >= left.
    for (const backoff of [250, 500, 600]) {
      await r.deliverNow([id!]);
      const { sinceCreated, left } = await timing();
      expect(sinceCreated).toBeGreaterThanOrEqual(backoff);
      expect(left).toBeLessThanOrEqual(backoff);
    }
    expect(delivered).toHaveLength(3);
    expect(await rowOf(id!)).toMatchObject({
      attempts: 3,
      lastError: 'consumer down',
      publishedAt: null,
    });
  });

  it('retries a failing delivery until it succeeds', async () => {
    const [id] = await enqueueEvents(1);
    const { delivered, deliver } = recording(() =>
      delivered.length <= 2 ? new Error(`attempt ${delivered.length} failed`) : undefined,
    );
    const r = relay({ deliver, intervalMs: 10, maxBackoffMs: 1 });
    r.start();
    await waitFor(async () => (await rowOf(id!)).publishedAt !== null);
    expect(delivered.map((e) => [e.id, e.attempts])).toEqual([
      [id, 1],
      [id, 2],
      [id, 3],
    ]);
    expect(await rowOf(id!)).toMatchObject({ attempts: 3, lastError: null });
  });

  it('parks an event the consumer refuses for good, and does not retry it', async () => {
    const [id] = await enqueueEvents(1);
    const { delivered, deliver } = recording(() => new BadUserInputError('unknown order'));
    const r = relay({ deliver, maxBackoffMs: 1 });
    await r.deliverNow([id!]);
    r.kick();
    await r.stop();
    expect(delivered).toHaveLength(1);
    const [row] = await db
      .select({
        parked: sql<boolean>`${outbox.availableAt} = 'infinity'::timestamptz`,
        lastError: outbox.lastError,
      })
      .from(outbox)
      .where(eq(outbox.id, id!));
    expect(row).toEqual({ parked: true, lastError: 'unknown order' });
  });

  it('delivers again when the relay that claimed an event never finished (lease expired)', async () => {
    const [id] = await enqueueEvents(1);
    const hung = deferred();
    const first = recording();
    const crashed = relay({
      deliver: (e) => first.deliver(e).then(() => hung.promise),
      leaseMs: 100,
    });
    crashed.kick();
    await waitFor(() => first.delivered.length === 1);

    const second = recording();
    relay({ deliver: second.deliver, leaseMs: 100, intervalMs: 10 }).start();
    await waitFor(() => second.delivered.length === 1);
    expect(second.delivered[0]).toMatchObject({ id, attempts: 2 });
    hung.resolve();
  });

  it('two relays on one database never hand out the same event twice', async () => {
    const ids = await enqueueEvents(40);
    const seen: string[] = [];
    const deliver = async (event: OutboxEvent) => {
      seen.push(event.id);
      await new Promise((resolve) => setImmediate(resolve)); // let the other relay run
    };
    // On PostgreSQL each relay has its own connection pool, as two replicas would.
    const other = (await connect()).backgroundDb;
    const a = relay({ deliver, batchSize: 3, intervalMs: 5 });
    const b = relay({ deliver, batchSize: 3, intervalMs: 5, db: other });
    a.start();
    b.start();
    await waitFor(() => new Set(seen).size === ids.length);
    await Promise.all([a.stop(), b.stop()]);
    expect(seen.toSorted()).toEqual(ids.toSorted());
  });

  it.runIf(driver === 'postgres')(
    'skips rows another relay holds locked (SKIP LOCKED)',
    async () => {
      const [lockedId, ...others] = await enqueueEvents(3);
      const other = (await connect()).backgroundDb;
      const locked = deferred();
      const release = deferred();
      const holder = other.transaction(async (tx) => {
        await tx.execute(sql`select id from outbox where id = ${lockedId} for update`);
        locked.resolve();
        await release.promise;
      });
      await locked.promise;
      const { delivered, deliver } = recording();
      const r = relay({ deliver });
      try {
        r.kick();
        await waitFor(() => delivered.length === 2); // without SKIP LOCKED the pass would block here
        expect(delivered.map((e) => e.id)).toEqual(others);
      } finally {
        release.resolve();
        await holder;
      }
      r.kick();
      await waitFor(() => delivered.length === 3);
      expect(delivered[2]!.id).toBe(lockedId);
    },
  );

  it('stop waits for the delivery under way, then takes nothing more', async () => {
    const [id] = await enqueueEvents(1);
    const gate = deferred();
    const { delivered, deliver } = recording();
    const r = relay({ deliver: (e) => deliver(e).then(() => gate.promise), intervalMs: 10 });
    r.start();
    await waitFor(() => delivered.length === 1);

    const order: string[] = [];
    const stopped = r.stop().then(() => order.push('stopped'));
    await db.execute(sql`select 1`); // give stop() every chance to return early
    order.push('released');
    gate.resolve();
    await stopped;
    expect(order).toEqual(['released', 'stopped']);
    expect((await rowOf(id!)).publishedAt).toBeInstanceOf(Date);

    const [later] = await enqueueEvents(1);
    r.kick();
    await r.deliverNow([later!]);
    await r.stop();
    expect(delivered.map((e) => e.id)).toEqual([id]);
    expect(await rowOf(later!)).toMatchObject({ publishedAt: null, attempts: 0 });
  });
});
