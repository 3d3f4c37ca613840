// The surface is camelCase, the wire snake_case. Keys convert by rule, except inside free-form maps
// (metadata, call variables), whose keys belong to the customer; which properties those are is derived
// from the spec (src/generated/casing.ts).
import { freeFormKeys } from '../generated/casing.js';

type SnakeToCamel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<SnakeToCamel<Tail>>}`
  : S;
type CamelToSnake<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${CamelToSnake<Tail>}`
  : S;

/** A free-form map keeps its keys: any object type with a string index signature. */
type IsMap<T> = string extends keyof T ? true : false;

/** The camelCase view of a wire (snake_case) type. */
export type Camelize<T> = T extends readonly (infer U)[]
  ? Camelize<U>[]
  : T extends object
    ? IsMap<T> extends true
      ? T
      : { [K in keyof T as K extends string ? SnakeToCamel<K> : K]: Camelize<T[K]> }
    : T;

/** The wire (snake_case) view of a camelCase type. */
export type Snakify<T> = T extends readonly (infer U)[]
  ? Snakify<U>[]
  : T extends object
    ? IsMap<T> extends true
      ? T
      : { [K in keyof T as K extends string ? CamelToSnake<K> : K]: Snakify<T[K]> }
    : T;

// Memoized: the same few hundred keys of the spec come back in every payload, and the regex replace was
// most of the conversion's cost (5× the memoized version, measured on webhook events). Bounded, in case
// payloads carry keys the spec does not name.
function memo(rename: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let name = cache.get(key);
    if (name === undefined) {
      name = rename(key);
      if (cache.size > 2000) cache.clear();
      cache.set(key, name);
    }
    return name;
  };
}

const camelKey = /* @__PURE__ */ memo((key) =>
  key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
);
const snakeKey = /* @__PURE__ */ memo((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

function convert(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, rename));
  if (value === null || typeof value !== 'object' || value.constructor !== Object) return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const name = rename(key);
    // Free-form maps are named the same in both cases (`metadata`, `variables`).
    out[name] = freeFormKeys.has(name) ? item : convert(item, rename);
  }
  return out;
}

/**
 * Converts a wire payload to the SDK's camelCase surface (what the SDK does to every response); keys inside
 * free-form maps (`metadata`, `variables`) are kept as sent. Useful for JSON you got without the SDK.
 * @example
 * const call = camelize({ ended_at: null, metadata: { crm_ticket: 'T-4821' } });
 * // { endedAt: null, metadata: { crm_ticket: 'T-4821' } }
 */
export function camelize<T>(value: T): Camelize<T> {
  return convert(value, camelKey) as Camelize<T>;
}

/**
 * Converts a camelCase SDK value to the wire's snake_case (what the SDK does to every request body and query);
 * keys inside free-form maps (`metadata`, `variables`) are kept as given.
 * @example
 * const body = snakify({ agentId: 'agt_4Vd9kQ2mXp', metadata: { crmTicket: 'T-4821' } });
 * // { agent_id: 'agt_4Vd9kQ2mXp', metadata: { crmTicket: 'T-4821' } }
 */
export function snakify<T>(value: T): Snakify<T> {
  return convert(value, snakeKey) as Snakify<T>;
}
