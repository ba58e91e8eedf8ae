import { describe, expect, it } from 'vitest';
import { batchById, groupBy, groupRows, matchById } from './batch';

const a = '01890a5d-ac96-774b-bcce-b302099a8057';
const b = '01890a5d-ac96-774b-bcce-b302099a8058';
const c = '01890a5d-ac96-774b-bcce-b302099a8059';

describe('batchById', () => {
  it('queries once with the distinct ids, leaving out non-ids', async () => {
    const calls: string[][] = [];
    const rows = await batchById([a, 'nope', b, a, "'; drop table x"], async (ids) => {
      calls.push(ids);
      return ids.map((id) => ({ id }));
    });
    expect(calls).toEqual([[a, b]]);
    expect(rows).toEqual([{ id: a }, { id: b }]);
  });

  it('does not query at all when no key is an id', async () => {
    let called = false;
    const rows = await batchById(['nope', ''], async () => {
      called = true;
      return [{ id: a }];
    });
    expect(rows).toEqual([]);
    expect(called).toBe(false);
  });
});

describe('matchById', () => {
  it('answers in key order, null for missing keys, repeated keys repeated', () => {
    const rows = [
      { id: b, n: 2 },
      { id: a, n: 1 },
    ];
    expect(matchById([a, c, b, a, 'nope'], rows)).toEqual([rows[1], null, rows[0], rows[1], null]);
  });
});

describe('groupBy', () => {
  const lines = [
    { id: 1, orderId: b },
    { id: 2, orderId: a },
    { id: 3, orderId: null },
    { id: 4, orderId: b },
  ];

  it('groups rows by key in key order, rows in their order, [] for a key without rows', () => {
    expect(groupBy([a, b, c], lines, (l) => l.orderId)).toEqual([
      [lines[1]],
      [lines[0], lines[3]],
      [],
    ]);
  });

  it('leaves out rows naming no key', () => {
    const groups = groupRows(lines, (l) => l.orderId);
    expect([...groups.keys()]).toEqual([b, a]);
    expect([...groups.values()].flat()).not.toContain(lines[2]);
  });
});
