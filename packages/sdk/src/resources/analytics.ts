import type { APIPromise } from '../core/api-promise.js';
import { APIResource } from '../core/resource.js';
import type { Query, RequestOptions } from '../core/types.js';
import type { Analytics as AnalyticsReport } from '../generated/models.js';

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
   * Gets totals by day, week or month, with booking rate, average duration, emergency detection rate and
   * missed-call recovery. Ranges beyond the plan's throw `UpgradeRequiredError`.
   * @example
   * const report = await kai.analytics.get({ period: 'week', from: '2026-02-01T00:00:00Z' });
   * console.log(report.bookingRate, report.totals.appointmentsBooked);
   */
  get(params?: AnalyticsGetParams, options?: RequestOptions): APIPromise<AnalyticsReport> {
    return this._transport.request('getAnalytics', [], params, options);
  }
}
