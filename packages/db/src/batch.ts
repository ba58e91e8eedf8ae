import { isUuid } from './ids';

// Helpers for DataLoader batch functions: one query for all the keys of a batch, then the rows
// handed back in the order of the keys, as DataLoader requires.

/** Runs `query` once for the keys that can be ids at all; a non-UUID key never reaches SQL. */
export async function batchById<R>(
  keys: readonly string[],
  query: (ids: string[]) => Promise<R[]>,
) {
  const ids = [...new Set(keys.filter(isUuid))];
  return ids.length > 0 ? query(ids) : [];
}

/** Rows by the key each names (rows naming none are left out), each group in row order. */
export function groupRows<R>(
  rows: readonly R[],
  keyOf: (row: R) => string | null,
): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** For each key, the rows that name it (none: an empty list). */
export function groupBy<R>(
  keys: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string | null,
): R[][] {
  const groups = groupRows(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}

/** For each key, the row with that id, or null. */
export function matchById<R extends { id: string }>(
  keys: readonly string[],
  rows: readonly R[],
): (R | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => byId.get(key) ?? null);
}
