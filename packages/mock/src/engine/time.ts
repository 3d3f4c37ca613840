// ISO 8601 timestamps for the engine's records. A burst of calls stamps the same instants over and over
// (a run dispatches several calls in the same millisecond; steps fall on the same offsets), so formatted
// strings are cached: faster than formatting a Date each time, and the records share one string.

const cache = new Map<number, string>();
const LIMIT = 50_000;

/**
 * `ms` since the epoch as `2026-02-16T15:00:06.500Z`.
 * @example isoOf(Date.UTC(2026, 1, 16)) // '2026-02-16T00:00:00.000Z'
 */
export function isoOf(ms: number): string {
  let iso = cache.get(ms);
  if (iso === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    iso = new Date(ms).toISOString();
    cache.set(ms, iso);
  }
  return iso;
}
