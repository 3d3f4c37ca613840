// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Balance, UsageRecord } from '../models.js';

/** The query parameters of `kai.account.listUsage`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type AccountListUsageParams = Query<'listUsage'>;

/**
 * Subscription balance and API usage.
 * @example
 * const balance = await kai.account.getBalance();
 * for await (const record of kai.account.listUsage()) console.log(record.id);
 */
export class Account extends APIResource {
  /**
   * Get the balance.
   *
   * Returns minutes used, phone numbers and subscription status for each of your businesses.
   * @example
   * const balance = await kai.account.getBalance();
   */
  getBalance(options?: RequestOptions): APIPromise<Balance> { return this._transport.request('getBalance', [], undefined, options); }

  /**
   * List API usage.
   *
   * Returns the log of billable API requests, most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const record of kai.account.listUsage({ start: '2026-02-01T00:00:00Z' })) console.log(record);
   */
  listUsage(params?: AccountListUsageParams, options?: RequestOptions): PagePromise<UsageRecord> { return this._transport.list('listUsage', [], params, options); }
}
