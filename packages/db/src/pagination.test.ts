import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseFirst, parsePage, toConnection } from './pagination';

const id = '01890a5d-ac96-774b-bcce-b302099a8057';
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  return 'no error';
};

describe('cursors', () => {
  it('round-trip an id, as an opaque url-safe string', () => {
    const cursor = encodeCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toBe(id);
    expect(parsePage(5, cursor)).toEqual({ first: 5, afterId: id });
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['an empty string', ''],
    ['a cursor of a non-id', encodeCursor("1' or '1'='1")],
    ['a raw id', id],
    ['an id with trailing text', encodeCursor(`${id}x`)],
  ])('refuses %s as BAD_USER_INPUT on field after', (_, cursor) => {
    expect(codeOf(() => parsePage(10, cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('starts at the top without a cursor', () => {
    expect(parsePage(undefined, undefined)).toEqual({ first: 20, afterId: null });
    expect(parsePage(3, null)).toEqual({ first: 3, afterId: null });
  });
});

describe('parseFirst', () => {
  it('defaults to 20 and accepts 1 to 100', () => {
    expect(parseFirst(null)).toBe(20);
    expect(parseFirst(1)).toBe(1);
    expect(parseFirst(100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5, Number.NaN, Infinity])('refuses %s', (first) => {
    expect(codeOf(() => parseFirst(first))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'].map((name, i) => ({ id: `${id.slice(0, -1)}${i}`, name }));

  it('drops the look-ahead row and says there is more', () => {
    const page = toConnection(rows, { first: 2 });
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.endCursor!)).toBe(rows[1]!.id);
  });

  it('ends on a short or empty page', () => {
    expect(toConnection(rows, { first: 3 })).toMatchObject({ hasNextPage: false });
    expect(toConnection([], { first: 3 })).toEqual({
      nodes: [],
      endCursor: null,
      hasNextPage: false,
    });
  });

  it('hands back an endCursor that parsePage accepts for the next page', () => {
    const { endCursor } = toConnection(rows, { first: 1 });
    expect(parsePage(1, endCursor)).toEqual({ first: 1, afterId: rows[0]!.id });
  });
});
