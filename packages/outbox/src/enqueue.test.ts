import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type Driver } from '@pharmacy/db';
import { INLINE_GRACE_MS, outboxWriter } from './enqueue';
import { outboxTables } from './tables';

const { outbox } = outboxTables();
const schema = { outbox };
type Schema = typeof schema;
const enqueue = outboxWriter<{ 'order.placed': { orderId: string } }, Schema>(outbox);

const createTable = sql.raw(`CREATE TABLE "outbox" (
  "id" uuid PRIMARY KEY NOT NULL, "topic" text NOT NULL, "payload" jsonb NOT NULL,
  "created_at" timestamptz DEFAULT now() NOT NULL, "published_at" timestamptz,
  "available_at" timestamptz DEFAULT now() NOT NULL, "attempts" integer DEFAULT 0 NOT NULL,
  "last_error" text)`);

// Like the subgraph tests: PostgreSQL when TEST_DATABASE_URL is set, otherwise PGlite.
const driver: Driver = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

describe(`enqueue on ${driver}`, () => {
  let url: string | undefined;
  let handle: DatabaseHandle<Schema>;

  beforeAll(async () => {
    if (driver === 'postgres') {
      const base = new URL(process.env.TEST_DATABASE_URL!);
      base.pathname = `/${base.pathname.slice(1) || 'pharmacy'}_enqueue_${randomBytes(4).toString('hex')}`;
      url = base.toString();
    }
    const location = url ? { url } : { dataDir: 'memory://' };
    handle = await openDatabase({ schema, migrationsFolder: '.', migrate: false, ...location });
    await handle.db.execute(createTable);
  });

  afterAll(async () => {
    await handle?.close();
    if (!url) return;
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const sqlAdmin = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await sqlAdmin
      .unsafe(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`)
      .finally(() => sqlAdmin.end());
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
