// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Job } from '../models.js';

/** The query parameters of `kai.jobs.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type JobListParams = Query<'listJobs'>;

/**
 * Evidence of the background work done for calls and runs.
 * @example
 * for await (const job of kai.jobs.list()) console.log(job.id);
 */
export class Jobs extends APIResource {
  /**
   * List jobs.
   *
   * Returns the background work done for calls and runs (transcription, analysis, follow-up SMS, dispatch),
   * most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const item of kai.jobs.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: JobListParams, options?: RequestOptions): PagePromise<Job> { return this._transport.list('listJobs', [], params, options); }

  /**
   * Get a job.
   *
   * Returns one job with its status and timing.
   * @example
   * const item = await kai.jobs.get('job_5Xr9pD2tGk');
   */
  get(jobId: string, options?: RequestOptions): APIPromise<Job> { return this._transport.request('getJob', [jobId], undefined, options); }
}
