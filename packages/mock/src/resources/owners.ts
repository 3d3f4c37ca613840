// The lookups every resolver goes through: a request sees a record only when its scope
// (../http/scope.ts) reaches the record's business (../core/ownership.ts). A record of another business
// is answered as if it did not exist (404), and lists leave it out.
import type { Core } from '../core/context.js';
import { type Item, OWNERSHIP, type Owned, ownerOf } from '../core/ownership.js';
import { notFound } from '../http/errors.js';
import { reaches, type Scope } from '../http/scope.js';

/** Whether the request's scope reaches the record. */
export function visible<C extends Owned>(ctx: Core, scope: Scope, collection: C, record: Item<C>): boolean {
  return reaches(scope, ownerOf(ctx, collection, record));
}

/**
 * The records of a collection the scope reaches: what every list starts from.
 * @example paginate(visibleRecords(ctx, scope, 'agents').filter(...), query, (a) => a.created_at)
 */
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
