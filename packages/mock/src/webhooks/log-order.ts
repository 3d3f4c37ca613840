// The event log and the deliveries are append-only maps: their insertion order is the order things
// happened, even among records stamped with the same millisecond (a virtual clock stamps a whole burst
// with one instant). Lists sort on `created_at` with that order as the tie-breaker, so "most recent first"
// is exact and a cursor never skips or repeats.
import { type PageQuery, paginate } from '../http/pagination.js';

interface Logged {
  id: string;
  created_at: string;
}

/**
 * One page of the records of `log` that pass `keep`, most recent first (or oldest first).
 * @example pageOfLog(ctx.state.events, query, (e) => e.type === 'call.completed')
 */
export function pageOfLog<T extends Logged>(
  log: Map<string, T>,
  query: PageQuery,
  keep: (item: T) => boolean,
  order: 'desc' | 'asc' = 'desc',
) {
  const page = paginate(inLogOrder(log, keep), query, (entry) => entry.key, order);
  return { ...page, data: page.data.map((entry) => entry.item) };
}

/** The records of `log` that pass `keep`, each with a sort key `created_at#sequence`. */
export function inLogOrder<T extends Logged>(log: Map<string, T>, keep: (item: T) => boolean) {
  const entries: Array<{ id: string; key: string; item: T }> = [];
  let sequence = 0;
  for (const item of log.values()) {
    if (keep(item))
      entries.push({ id: item.id, key: `${item.created_at}#${String(sequence).padStart(10, '0')}`, item });
    sequence++;
  }
  return entries;
}
