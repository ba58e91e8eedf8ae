import { BadUserInputError } from '@pharmacy/errors';
import { isUuid } from './ids';

/**
 * Cursor pagination over UUIDv7 ids: they are time-ordered, so pages are ordered by id desc and
 * a cursor is the base64url of the last id of a page.
 */
export interface PageRequest {
  first: number;
  /** Rows come newest first, so the next page starts below this id. */
  afterId: string | null;
}

export interface Connection<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');
/** The text a cursor encodes; the caller checks that it is an id. */
export const decodeCursor = (cursor: string): string =>
  Buffer.from(cursor, 'base64url').toString('utf8');

/** The page size asked for: 20 when absent, otherwise 1 to 100. */
export function parseFirst(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new BadUserInputError('first must be between 1 and 100', { field: 'first' });
  }
  return size;
}

export function parsePage(
  first: number | null | undefined,
  after: string | null | undefined,
): PageRequest {
  const size = parseFirst(first);
  if (after == null) return { first: size, afterId: null };
  const afterId = decodeCursor(after);
  if (!isUuid(afterId))
    throw new BadUserInputError('after is not a valid cursor', { field: 'after' });
  return { first: size, afterId };
}

/** `rows` were fetched with limit first + 1; the extra row only says that there is more. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  page: Pick<PageRequest, 'first'>,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > page.first,
  };
}
