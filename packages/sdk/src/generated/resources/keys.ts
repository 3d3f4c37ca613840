// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { ApiKey, ApiKeyWithSecret } from '../models.js';

/** The query parameters of `kai.keys.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type KeyListParams = Query<'listKeys'>;
/** The body of `kai.keys.create`, camelCase. */
export type KeyCreateParams = Body<'createKey'>;

/**
 * Scoped API keys. A key's secret is returned once, when it is created.
 * @example
 * const { key } = await kai.keys.create({ name: 'CI', scopes: ['calls:read'] });
 * // Store `key` now: it is never shown again.
 */
export class Keys extends APIResource {
  /**
   * List API keys.
   *
   * Returns your API keys. Secrets are never returned here, only each key's `prefix`.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const key of kai.keys.list({ isActive: true })) console.log(key.name, key.scopes);
   */
  list(params?: KeyListParams, options?: RequestOptions): PagePromise<ApiKey> { return this._transport.list('listKeys', [], params, options); }

  /**
   * Create an API key.
   *
   * Creates a scoped API key. The full secret (`key`) is in this response only; store it securely. A key
   * cannot grant scopes its creator lacks (403 `forbidden`), nor reach more than its creator does: a key
   * bound to a business creates keys bound to that business, and a key with an `ip_allowlist` creates keys
   * whose allowlist lies within its own (it is inherited when omitted).
   *
   * Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the
   * request's retries, so a retried create takes effect once.
   * @example
   * const key = await kai.keys.create({ name: 'CRM sync', scopes: ['calls:read'] });
   * saveSecret(key.key);
   */
  create(params: KeyCreateParams, options?: RequestOptions): APIPromise<ApiKeyWithSecret> { return this._transport.request('createKey', [], params, options); }

  /**
   * Get an API key.
   *
   * Returns an API key's name, scopes, prefix and state. The secret is never returned.
   * @example
   * const key = await kai.keys.get('key_6Wm4qZ8sBd');
   */
  get(keyId: string, options?: RequestOptions): APIPromise<ApiKey> { return this._transport.request('getKey', [keyId], undefined, options); }

  /**
   * Revoke an API key.
   *
   * Revokes an API key. It stops working at once; requests with it get 401 `unauthorized`.
   * @example
   * await kai.keys.revoke('key_6Wm4qZ8sBd');
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<ApiKey> { return this._transport.request('revokeKey', [keyId], undefined, options); }
}
