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

const camelKey = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snakeKey = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function convert(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, rename));
  if (value === null || typeof value !== 'object' || value.constructor !== Object) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = rename(key);
    // Free-form maps are named the same in both cases (`metadata`, `variables`).
    out[name] = freeFormKeys.has(name) ? item : convert(item, rename);
  }
  return out;
}

/** Converts a wire payload to the SDK's camelCase surface. */
export function camelize<T>(value: T): Camelize<T> {
  return convert(value, camelKey) as Camelize<T>;
}

/** Converts a camelCase SDK value to the wire's snake_case. */
export function snakify<T>(value: T): Snakify<T> {
  return convert(value, snakeKey) as Snakify<T>;
}
