// The one cursor pagination of every list: `limit` + `cursor` in, `{ object, data, has_more, next_cursor }`
// out. A cursor names the last item's sort key and id, so deletions between pages never skip or repeat.
// Collections page through their indexes (`pageOf`: a binary search to the cursor, then a walk of one
// page); `paginate` sorts an array, for what is not a collection.
import type { Cursor, ListIndex, Range } from '../core/list-index.js';
import { MockError } from './errors.js';

export interface PageQuery {
  limit?: unknown;
  cursor?: unknown;
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

const limitOf = (query: PageQuery) => (typeof query.limit === 'number' ? query.limit : 20);

/**
 * One page of an indexed collection: the records of `range` that pass `keep`, most recent first by default,
 * each answered as `view` makes it.
 * @example pageOf(ctx.indexes.calls, query, { where: { status: 'in-progress' } })
 */
export function pageOf<T extends { id: string }, V = T>(
  index: ListIndex<T>,
  query: PageQuery,
  range: Range = {},
  options: { order?: 'asc' | 'desc'; keep?: (record: T) => boolean; view?: (record: T) => V } = {},
) {
  const after = typeof query.cursor === 'string' ? decode(query.cursor) : undefined;
  const { items, hasMore } = index.page(range, {
    order: options.order ?? 'desc',
    limit: limitOf(query),
    after,
    keep: options.keep,
  });
  const last = items[items.length - 1];
  const view = options.view ?? ((record: T) => record as unknown as V);
  return {
    object: 'list' as const,
    data: items.map(view),
    has_more: hasMore,
    next_cursor: hasMore && last ? encode({ k: index.keyOf(last), id: last.id }) : null,
  };
}

/**
 * One page of `items`, already in ascending order of a unique numeric `key` (a call's timeline by
 * sequence), from the first item whose key is above `above`: binary searches, no sort.
 * @example pageInOrder(timeline, query, (e) => e.sequence, afterSequence)
 */
export function pageInOrder<T>(
  items: readonly T[],
  query: PageQuery,
  key: (item: T) => number,
  above = -Infinity,
) {
  const after = typeof query.cursor === 'string' ? decode(query.cursor) : undefined;
  const floor = after && typeof after.k === 'number' ? Math.max(above, after.k) : above;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= floor) lo = mid + 1;
    else hi = mid;
  }
  const limit = limitOf(query);
  const data = items.slice(lo, lo + limit);
  const hasMore = lo + limit < items.length;
  const last = data[data.length - 1];
  return {
    object: 'list' as const,
    data,
    has_more: hasMore,
    next_cursor:
      hasMore && last ? encode({ k: key(last), id: (last as unknown as { id: string }).id }) : null,
  };
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
  const limit = limitOf(query);
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
