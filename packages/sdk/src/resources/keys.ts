import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { ApiKey, ApiKeyWithSecret } from '../generated/models.js';

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
   * Lists API keys (never their secrets).
   * @example
   * for await (const key of kai.keys.list({ isActive: true })) console.log(key.name, key.scopes);
   */
  list(params?: KeyListParams, options?: RequestOptions): PagePromise<ApiKey> {
    return this._transport.list('listKeys', [], params, options);
  }

  /**
   * Creates a key with the scopes given. Its secret (`key`) is in this response only: store it now.
   * @example
   * const key = await kai.keys.create({ name: 'CRM sync', scopes: ['calls:read'] });
   * saveSecret(key.key);
   */
  create(params: KeyCreateParams, options?: RequestOptions): APIPromise<ApiKeyWithSecret> {
    return this._transport.request('createKey', [], params, options);
  }

  /**
   * Gets a key (without its secret).
   * @example
   * const key = await kai.keys.get('key_6Wm4qZ8sBd');
   */
  get(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._transport.request('getKey', [keyId], undefined, options);
  }

  /**
   * Revokes a key: requests with it get 401 from now on.
   * @example
   * await kai.keys.revoke('key_6Wm4qZ8sBd');
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._transport.request('revokeKey', [keyId], undefined, options);
  }
}
