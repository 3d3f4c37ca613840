// The one cursor pagination of every list: `limit` + `cursor` in, `{ object, data, has_more, next_cursor }`
// out. A cursor names the last item's sort key and id, so deletions between pages never skip or repeat.
import { MockError } from './errors.js';

export interface PageQuery {
  limit?: unknown;
  cursor?: unknown;
}

interface Cursor {
  k: string | number;
  id: string;
}

const encode = (cursor: Cursor) =>
  btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function decode(text: string): Cursor {
  try {
    const cursor = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
    if (
      cursor &&
      typeof cursor.id === 'string' &&
      (typeof cursor.k === 'string' || typeof cursor.k === 'number')
    )
      return cursor;
  } catch {}
  throw new MockError(
    'invalid_request',
    'Invalid query parameter: cursor is not a cursor this API returned. Pass the next_cursor of the previous page, or omit it.',
    'cursor',
  );
}

/**
 * One page of `items`, ordered by `sortKey` (descending by default: most recent first), ties broken by id.
 * @example paginate([...state.calls.values()], query, (c) => c.created_at)
 */
export function paginate<T extends { id: string }>(
  items: Iterable<T>,
  query: PageQuery,
  sortKey: (item: T) => string | number,
  order: 'desc' | 'asc' = 'desc',
) {
  const limit = typeof query.limit === 'number' ? query.limit : 20;
  const sign = order === 'desc' ? -1 : 1;
  const compare = (a: Cursor, b: Cursor) =>
    sign * (a.k < b.k ? -1 : a.k > b.k ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const keyed = [...items].map((item) => ({ item, at: { k: sortKey(item), id: item.id } }));
  keyed.sort((a, b) => compare(a.at, b.at));
  const after = typeof query.cursor === 'string' ? decode(query.cursor) : undefined;
  const start = after ? keyed.findIndex((entry) => compare(entry.at, after) > 0) : 0;
  const rest = start < 0 ? [] : keyed.slice(start);
  const page = rest.slice(0, limit);
  const hasMore = rest.length > limit;
  return {
    object: 'list' as const,
    data: page.map((entry) => entry.item),
    has_more: hasMore,
    next_cursor: hasMore ? encode(page[page.length - 1]!.at) : null,
  };
}
