// The lookups every resolver goes through: a request sees a record only when its scope
// (../http/scope.ts) reaches the record's business (../core/ownership.ts). A record of another business
// is answered as if it did not exist (404), and lists leave it out.
import type { Core } from '../core/context.js';
import type { Listed } from '../core/indexes.js';
import type { Range } from '../core/list-index.js';
import { type Item, OWNERSHIP, type Owned, ownerOf } from '../core/ownership.js';
import { notFound } from '../http/errors.js';
import { type PageQuery, pageOf } from '../http/pagination.js';
import { reaches, type Scope } from '../http/scope.js';

/** Whether the request's scope reaches the record. */
export function visible<C extends Owned>(ctx: Core, scope: Scope, collection: C, record: Item<C>): boolean {
  return reaches(scope, ownerOf(ctx, collection, record));
}

/**
 * One page of a collection's records that the scope reaches, in `range` (its index's equality filters and
 * key bounds) and passing `keep`: what every list answers. A bound key walks its business's list only.
 * @example listPage(ctx, scope, 'calls', query, { where: { status: query.status } })
 */
export function listPage<C extends Listed, V = Item<C>>(
  ctx: Core,
  scope: Scope,
  collection: C,
  query: PageQuery,
  range: Range = {},
  options: {
    order?: 'asc' | 'desc';
    keep?: (record: Item<C>) => boolean;
    view?: (record: Item<C>) => V;
  } = {},
) {
  const { keep } = options;
  const where = { ...range.where, business: scope.businessId ?? undefined };
  const reached =
    scope.businessId === null
      ? keep
      : (record: Item<C>) => visible(ctx, scope, collection, record) && (keep === undefined || keep(record));
  return pageOf(ctx.indexes[collection] as never, query, { ...range, where }, {
    ...options,
    keep: reached,
  } as never) as {
    object: 'list';
    data: V[];
    has_more: boolean;
    next_cursor: string | null;
  };
}

/** The records of a collection the scope reaches (small collections; lists use `listPage`). */
export function visibleRecords<C extends Owned>(ctx: Core, scope: Scope, collection: C): Item<C>[] {
  const records = ctx.state[collection] as unknown as Map<string, Item<C>>;
  return [...records.values()].filter((record) => visible(ctx, scope, collection, record));
}

/**
 * One record by id, if the scope reaches it; 404 `not_found` naming `param` otherwise, the same answer
 * for another business's record as for none at all.
 * @example const agent = find(ctx, scope, 'agents', params.agent_id!, 'agent_id');
 */
export function find<C extends Owned>(
  ctx: Core,
  scope: Scope,
  collection: C,
  id: string,
  param: string,
): Item<C> {
  // TypeScript cannot narrow `State[C]` through a generic index; each entry of OWNERSHIP is typed above.
  const record = (ctx.state[collection] as unknown as Map<string, Item<C>>).get(id);
  if (record === undefined || !visible(ctx, scope, collection, record))
    throw notFound(OWNERSHIP[collection].what, id, param);
  return record;
}
