// The SDK's camelCase types (@kaicalls/contract/api, from a camelCase view of the spec) must say exactly what the
// wire types say once camelized, schema by schema and operation by operation: the same fields, optional
// and nullable in the same places. A generator change that drops or renames anything fails to compile.

import type { components as Camel } from '@kaicalls/contract/api';
import type { components as Wire, operations as WireOperations } from '@kaicalls/contract/openapi';
import { describe, expectTypeOf, it } from 'vitest';
import type { Camelize } from '../src/core/casing.js';
import type { Body, OperationId, Query, Result } from '../src/core/types.js';

/**
 * An intersection (a page is `Page & { data }`, `CompletedCall` is `Call & { … }`) as a single object type, at
 * every depth, so that a nested intersection equals the same fields camelized into one object.
 */
type Flat<T> = T extends readonly (infer I)[]
  ? Flat<I>[]
  : T extends object
    ? { [K in keyof T]: Flat<T[K]> }
    : T;
/** Exact type equality (not mutual assignability), after flattening the top level. */
type Exact<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
/** The item type of a page's `data` (the wire's is `unknown[] & Item[]`, from `Page` and its `allOf`). */
type ItemOf<T> = T extends { data: readonly (infer I)[] } ? Extract<I, object> : never;
/** Exact equality; for pages, of everything but `data`, and of `data`'s items. */
type Same<A, B> =
  Exact<A, B> extends true
    ? true
    : A extends { data: readonly unknown[] }
      ? Exact<Omit<Flat<A>, 'data'>, Omit<Flat<B>, 'data'>> extends true
        ? Exact<ItemOf<A>, ItemOf<B>>
        : false
      : false;

type WireSchemas = Wire['schemas'];
type CamelSchemas = Camel['schemas'];
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type WireSuccess<R> = R[Extract<keyof R, 200 | 201 | 202 | 204>];

/** The schemas whose camelCase type differs from the camelized wire type (none). */
type SchemaMismatch = {
  [Name in keyof WireSchemas]: Name extends keyof CamelSchemas
    ? Same<CamelSchemas[Name], Camelize<WireSchemas[Name]>> extends true
      ? never
      : Name
    : Name;
}[keyof WireSchemas];

/** The operations whose camelCase query, body or result differs from the camelized wire one (none). */
type OperationMismatch = {
  [Id in OperationId]: Same<
    Query<Id>,
    Camelize<NonNullable<WireOperations[Id]['parameters']['query']>>
  > extends true
    ? Same<Body<Id>, Camelize<Json<NonNullable<WireOperations[Id]['requestBody']>>>> extends true
      ? Same<Result<Id>, Camelize<Json<WireSuccess<WireOperations[Id]['responses']>>>> extends true
        ? never
        : `${Id}: result`
      : `${Id}: body`
    : `${Id}: query`;
}[OperationId];

describe('the SDK’s camelCase types', () => {
  it('every schema is its wire schema camelized', () => {
    expectTypeOf<SchemaMismatch>().toEqualTypeOf<never>();
    expectTypeOf<keyof CamelSchemas>().toEqualTypeOf<keyof WireSchemas>();
  });

  it('every operation’s query, body and result are the wire ones camelized', () => {
    expectTypeOf<OperationMismatch>().toEqualTypeOf<never>();
  });

  it('the check sees a difference (so it cannot pass by accident)', () => {
    type Changed = Same<CamelSchemas['Call'], Camelize<WireSchemas['Lead']>>;
    expectTypeOf<Changed>().toEqualTypeOf<false>();
    expectTypeOf<ItemOf<CamelSchemas['CallList']>>().toEqualTypeOf<CamelSchemas['Call']>();
    expectTypeOf<ItemOf<Camelize<WireSchemas['CallList']>>>().toEqualTypeOf<CamelSchemas['Call']>();
    type OtherPage = Same<CamelSchemas['CallList'], Camelize<WireSchemas['LeadList']>>;
    expectTypeOf<OtherPage>().toEqualTypeOf<false>();
    type Renamed = Same<{ endedAt: string | null }, Camelize<{ ended_at?: string | null }>>;
    expectTypeOf<Renamed>().toEqualTypeOf<false>();
  });
});
