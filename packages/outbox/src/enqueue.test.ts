import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, throwawayDatabase, type DatabaseHandle, type Driver } from '@pharmacy/db';
import { INLINE_GRACE_MS, outboxWriter } from './enqueue';
import { createOutboxTable, outbox, outboxSchema, type OutboxSchema } from './outbox-test-table';

const enqueue = outboxWriter<{ 'order.placed': { orderId: string } }, OutboxSchema>(outbox);

// Like the subgraph tests: PostgreSQL when TEST_DATABASE_URL is set, otherwise PGlite.
const database = throwawayDatabase('enqueue');
const driver: Driver = 'url' in database.location ? 'postgres' : 'pglite';

describe(`enqueue on ${driver}`, () => {
  let handle: DatabaseHandle<OutboxSchema>;

  beforeAll(async () => {
    handle = await openDatabase({
      schema: outboxSchema,
      migrationsFolder: '.',
      migrate: false,
      ...database.location,
    });
    await createOutboxTable(handle.db);
  });

  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  beforeEach(async () => {
    await handle.db.delete(outbox);
  });

  const rows = () =>
    handle.db
      .select({
        id: outbox.id,
        topic: outbox.topic,
        payload: outbox.payload,
        publishedAt: outbox.publishedAt,
        attempts: outbox.attempts,
        delayMs: sql<number>`extract(epoch from ${outbox.availableAt} - ${outbox.createdAt})::float8 * 1000`,
      })
      .from(outbox)
      .orderBy(outbox.id);

  it('writes the event in the caller transaction, due at once', async () => {
    const id = await handle.db.transaction((tx) => enqueue(tx, 'order.placed', { orderId: 'o-1' }));
    expect(await rows()).toEqual([
      {
        id,
        topic: 'order.placed',
        payload: { orderId: 'o-1' },
        publishedAt: null,
        attempts: 0,
        delayMs: 0,
      },
    ]);
  });

  it('leaves no event when the transaction rolls back', async () => {
    let written: string | undefined;
    const failing = handle.db.transaction(async (tx) => {
      written = await enqueue(tx, 'order.placed', { orderId: 'o-2' });
      expect(await tx.select().from(outbox).where(eq(outbox.id, written))).toHaveLength(1);
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');
    expect(written).toBeDefined();
    expect(await rows()).toEqual([]);
  });

  it('gives time-ordered ids, so oldest first is id order', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      ids.push(
        await handle.db.transaction((tx) => enqueue(tx, 'order.placed', { orderId: `o-${n}` })),
      );
    }
    expect(ids.toSorted()).toEqual(ids);
    expect((await rows()).map((r) => r.id)).toEqual(ids);
  });

  it('an inline event is due only after the grace period', async () => {
    await handle.db.transaction((tx) =>
      enqueue(tx, 'order.placed', { orderId: 'o-3' }, { inline: true }),
    );
    expect((await rows())[0]!.delayMs).toBe(INLINE_GRACE_MS);
  });
});
