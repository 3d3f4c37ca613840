import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Query, RequestOptions } from '../core/types.js';
import type { Job } from '../generated/models.js';

/** The query parameters of `kai.jobs.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type JobListParams = Query<'listJobs'>;

/**
 * Evidence of the background work done for calls and runs.
 * @example
 * for await (const job of kai.jobs.list()) console.log(job.id);
 */
export class Jobs extends APIResource {
  /**
   * Lists jobs, by call or lead.
   * @example
   * for await (const item of kai.jobs.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: JobListParams, options?: RequestOptions): PagePromise<Job> {
    return this._transport.list('listJobs', [], params, options);
  }

  /**
   * Gets one of the jobs.
   * @example
   * const item = await kai.jobs.get('job_5Xr9pD2tGk');
   */
  get(jobId: string, options?: RequestOptions): APIPromise<Job> {
    return this._transport.request('getJob', [jobId], undefined, options);
  }
}
