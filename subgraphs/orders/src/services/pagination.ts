import { BadUserInputError } from '@pharmacy/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from arguments and representations are checked before they reach SQL as a uuid. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value);

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

export function parsePage(
  first: number | null | undefined,
  after: string | null | undefined,
): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new BadUserInputError('first must be between 1 and 100', { field: 'first' });
  }
  if (after == null) return { first: size, afterId: null };
  const afterId = Buffer.from(after, 'base64url').toString('utf8');
  if (!isUuid(afterId))
    throw new BadUserInputError('after is not a valid cursor', { field: 'after' });
  return { first: size, afterId };
}

/** `rows` were fetched with limit first + 1; the extra row only says that there is more. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  page: PageRequest,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last ? Buffer.from(last.id, 'utf8').toString('base64url') : null,
    hasNextPage: rows.length > page.first,
  };
}
