// What a request reaches: the business its key is bound to, or the whole account. Made once per request
// by the pipeline from the key; resolvers look records up through it (../resources/owners.ts says which
// business each record belongs to), so no resolver decides visibility by itself.
import type { KeyRecord } from '../core/state.js';

/** The businesses a request reaches. */
export interface Scope {
  /** The one business the key is bound to, or null: every business of the account. */
  readonly businessId: string | null;
}

export function scopeOf(key: KeyRecord): Scope {
  return { businessId: key.record.business_id };
}

/**
 * Whether a scope reaches a record of `owner` (a business id; null for a record of the whole account,
 * undefined when its owner is gone). A bound key reaches its own business's records only.
 */
export function reaches(scope: Scope, owner: string | null | undefined): boolean {
  return scope.businessId === null || owner === scope.businessId;
}
