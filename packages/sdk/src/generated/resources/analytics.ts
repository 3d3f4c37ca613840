// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Analytics as AnalyticsModel } from '../models.js';

/** The query parameters of `kai.analytics.get`, camelCase. */
export type AnalyticsGetParams = Query<'getAnalytics'>;

/**
 * Call totals and rates over a period.
 * @example
 * const report = await kai.analytics.get({ period: 'week' });
 * console.log(report.bookingRate, report.totals.calls);
 */
export class Analytics extends APIResource {
  /**
   * Get analytics.
   *
   * Returns call totals by day, week or month over a range, with the booking rate, average duration,
   * emergency detection rate and missed-call recovery rate. Ranges longer than the plan allows (90 days on
   * Starter) get 402 `upgrade_required`.
   * @example
   * const report = await kai.analytics.get({ period: 'week', from: '2026-02-01T00:00:00Z' });
   * console.log(report.bookingRate, report.totals.appointmentsBooked);
   */
  get(params?: AnalyticsGetParams, options?: RequestOptions): APIPromise<AnalyticsModel> { return this._transport.request('getAnalytics', [], params, options); }
}
