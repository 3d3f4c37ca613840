import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { CommunicationRun, RunPreview, RunValidation } from '../generated/models.js';

/** The body of `kai.runs.create`, camelCase. */
export type RunCreateParams = Body<'createRun'>;
/** The query parameters of `kai.runs.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type RunListParams = Query<'listRuns'>;

/**
 * Communication runs: outbound calls to a list of contacts, on a schedule, inside a call window.
 * @example
 * const run = await kai.runs.get('run_8Kc2vT6nQe');
 * if (run.status === 'running') await kai.runs.pause(run.id);
 */
export class Runs extends APIResource {
  /**
   * Checks a run without creating it and lists every problem found.
   * @example
   * const { valid, problems } = await kai.runs.validate(run);
   */
  validate(params: RunCreateParams, options?: RequestOptions): APIPromise<RunValidation> {
    return this._transport.request('validateRun', [], params, options);
  }

  /**
   * Shows when each contact of a run would be called, without creating it.
   * @example
   * const preview = await kai.runs.preview(run);
   */
  preview(params: RunCreateParams, options?: RequestOptions): APIPromise<RunPreview> {
    return this._transport.request('previewRun', [], params, options);
  }

  /**
   * Lists communication runs.
   * @example
   * for await (const run of kai.runs.list({ status: 'running' })) console.log(run.id, run.progress);
   */
  list(params?: RunListParams, options?: RequestOptions): PagePromise<CommunicationRun> {
    return this._transport.list('listRuns', [], params, options);
  }

  /**
   * Creates a run. The required `Idempotency-Key` is generated for you (or pass `idempotencyKey`), so a
   * retried request never launches the same run twice.
   * @example
   * const run = await kai.runs.create(
   *   { name: 'February outreach', agentId: 'agt_4Vd9kQ2mXp', contacts: [{ to: '+15125551234', name: 'John Smith' }] },
   *   { idempotencyKey: `spring-campaign-${batchId}` },
   * );
   */
  create(params: RunCreateParams, options?: RequestOptions): APIPromise<CommunicationRun> {
    return this._transport.request('createRun', [], params, options);
  }

  /**
   * Gets a run with its progress counters.
   * @example
   * const run = await kai.runs.get('run_9Lc2vX7nHf');
   */
  get(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> {
    return this._transport.request('getRun', [runId], undefined, options);
  }

  /**
   * Stops dispatching new calls; calls in progress finish.
   * @example
   * await kai.runs.pause('run_9Lc2vX7nHf');
   */
  pause(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> {
    return this._transport.request('pauseRun', [runId], undefined, options);
  }

  /**
   * Resumes a paused run.
   * @example
   * await kai.runs.resume('run_9Lc2vX7nHf');
   */
  resume(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> {
    return this._transport.request('resumeRun', [runId], undefined, options);
  }

  /**
   * Cancels a run; contacts not yet called are counted as canceled.
   * @example
   * await kai.runs.cancel('run_9Lc2vX7nHf');
   */
  cancel(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> {
    return this._transport.request('cancelRun', [runId], undefined, options);
  }
}
