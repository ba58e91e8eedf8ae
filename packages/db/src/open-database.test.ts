import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import { throwawayDatabase } from './postgres-database';
import type { DatabaseHandle, Driver, OpenDatabaseOptions } from './types';

const notes = pgTable('notes', { id: uuid('id').primaryKey(), body: text('body').notNull() });
const schema = { notes };
type Handle = DatabaseHandle<typeof schema>;
const newId = () => crypto.randomUUID();

// Each migration fails when applied twice, so a second run would show.
const migrations = [
  'CREATE TABLE "notes" ("id" uuid PRIMARY KEY NOT NULL);',
  'ALTER TABLE "notes" ADD COLUMN "body" text NOT NULL;',
  'ALTER TABLE "notes" ADD COLUMN "added_later" text;',
];

/** A drizzle migrations folder with the first `count` migrations. */
async function migrationsFolder(root: string, count: number): Promise<string> {
  const folder = join(root, String(count));
  await mkdir(join(folder, 'meta'), { recursive: true });
  const entries = migrations.slice(0, count).map((_, idx) => ({
    idx,
    version: '7',
    when: 1_700_000_000_000 + idx,
    tag: `000${idx}_m`,
    breakpoints: true,
  }));
  await writeFile(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries }),
  );
  for (const entry of entries)
    await writeFile(join(folder, `${entry.tag}.sql`), migrations[entry.idx]!);
  return folder;
}

let root: string;
let twoMigrations: string;
let threeMigrations: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'db-migrations-'));
  twoMigrations = await migrationsFolder(root, 2);
  threeMigrations = await migrationsFolder(root, 3);
});

afterAll(() => rm(root, { recursive: true, force: true }));

/** Resolves with the next payload on `channel` once listening. */
async function nextPayload(handle: Handle, channel: string) {
  let resolve!: (payload: string) => void;
  const received = new Promise<string>((r) => (resolve = r));
  const unlisten = await handle.listen(channel, resolve);
  return { received, unlisten };
}

const drivers: Driver[] = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : []),
];

describe.each(drivers)('openDatabase on %s', (driver) => {
  const queries: string[] = [];
  const databases: ReturnType<typeof throwawayDatabase>[] = [];
  const handles: Handle[] = [];
  let shared: Handle;

  /** PGlite in memory (from `template` if given), or a PostgreSQL database of its own. */
  async function open(options: Partial<OpenDatabaseOptions<typeof schema>> = {}) {
    let location: Partial<OpenDatabaseOptions<typeof schema>> = { dataDir: 'memory://' };
    if (driver === 'postgres' && !options.url) {
      const database = throwawayDatabase('db');
      databases.push(database);
      location = database.location;
    }
    const handle = await openDatabase({
      schema,
      migrationsFolder: twoMigrations,
      ...location,
      ...options,
    });
    handles.push(handle);
    return handle;
  }

  beforeAll(async () => {
    shared = await open({ onQuery: (q) => queries.push(q) });
  });

  afterAll(async () => {
    for (const handle of handles) await handle.close();
    for (const database of databases) await database.drop();
  });

  it('applies the migrations; the database works through drizzle', async () => {
    expect(shared.driver).toBe(driver);
    const id = newId();
    await shared.db.insert(notes).values({ id, body: 'hello' });
    expect(
      await shared.db
        .select()
        .from(notes)
        .where(sql`id = ${id}`),
    ).toEqual([{ id, body: 'hello' }]);
  });

  it('on reopening, applies only the migrations not applied yet, and keeps the data', async () => {
    // A PGlite data folder is copied, so the shared one will do; PostgreSQL gets its own.
    const first = driver === 'pglite' ? shared : await open();
    const id = newId();
    await first.db.insert(notes).values({ id, body: 'kept' });
    const same =
      driver === 'pglite' ? { template: await first.dumpTemplate() } : databases.at(-1)!.location;

    const addedLater = { body: notes.body, addedLater: sql<null>`added_later` };
    const unmigrated = await open({ ...same, migrationsFolder: threeMigrations, migrate: false });
    await expect(unmigrated.db.select(addedLater).from(notes)).rejects.toThrow(/added_later/);

    const migrated = await open({ ...same, migrationsFolder: threeMigrations });
    expect(
      await migrated.db
        .select(addedLater)
        .from(notes)
        .where(sql`id = ${id}`),
    ).toEqual([{ body: 'kept', addedLater: null }]);
  });

  it('reports the statements of db to onQuery, but not those of backgroundDb', async () => {
    queries.length = 0;
    await shared.db
      .select()
      .from(notes)
      .where(sql`false`);
    expect(queries).toEqual([expect.stringMatching(/^select .* from "notes" where false$/)]);
    await shared.backgroundDb.select().from(notes);
    expect(queries).toHaveLength(1);
  });

  it('listen receives pg_notify payloads, each listener until it unlistens', async () => {
    /** Notifies `channel`, then waits for a marker sent after it: by then it has arrived. */
    async function notify(payload: string) {
      const marker = await nextPayload(shared, 'status_marker');
      await shared.db.execute(sql`select pg_notify('status_a', ${payload})`);
      await shared.db.execute(sql`select pg_notify('status_marker', 'done')`);
      await marker.received;
      await marker.unlisten();
    }
    const a: string[] = [];
    const b: string[] = [];
    const unlistenA = await shared.listen('status_a', (p) => a.push(p));
    const unlistenB = await shared.listen('status_a', (p) => b.push(p));
    await notify('{"orderId":1}');
    expect([a, b]).toEqual([['{"orderId":1}'], ['{"orderId":1}']]);

    await unlistenA();
    await notify('two');
    expect([a, b]).toEqual([['{"orderId":1}'], ['{"orderId":1}', 'two']]);
    await unlistenB();
  });

  it('dumpTemplate is PGlite only', async () => {
    if (driver === 'postgres') await expect(shared.dumpTemplate()).rejects.toThrow(/PGlite/);
    else expect((await shared.dumpTemplate()).size).toBeGreaterThan(0);
  });
});
