// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { CommunicationRun, RunPreview, RunValidation } from '../models.js';

/** The body of `kai.runs.validate`, `kai.runs.preview` and `kai.runs.create`, camelCase. */
export type RunCreateParams = Body<'createRun'>;
/** The query parameters of `kai.runs.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type RunListParams = Query<'listRuns'>;

/**
 * Outbound calls to a list of contacts, on a schedule, inside a call window.
 * @example
 * const run = await kai.runs.get('run_8Kc2vT6nQe');
 * if (run.status === 'running') await kai.runs.pause(run.id);
 */
export class Runs extends APIResource {
  /**
   * Validate a communication run.
   *
   * Checks a run definition without creating anything or contacting anyone. Always 200 for a well-formed
   * request; `valid` and `problems` say whether it would be accepted and why not.
   * @example
   * const { valid, problems } = await kai.runs.validate(run);
   */
  validate(params: RunCreateParams, options?: RequestOptions): APIPromise<RunValidation> { return this._transport.request('validateRun', [], params, options); }

  /**
   * Preview a communication run.
   *
   * Shows what a run would do (when each contact would be called, in which call windows, at what estimated
   * cost) without creating it or contacting anyone.
   * @example
   * const preview = await kai.runs.preview(run);
   */
  preview(params: RunCreateParams, options?: RequestOptions): APIPromise<RunPreview> { return this._transport.request('previewRun', [], params, options); }

  /**
   * List communication runs.
   *
   * Returns communication runs, most recently created first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const run of kai.runs.list({ status: 'running' })) console.log(run.id, run.progress);
   */
  list(params?: RunListParams, options?: RequestOptions): PagePromise<CommunicationRun> { return this._transport.list('listRuns', [], params, options); }

  /**
   * Create a communication run.
   *
   * Creates a run and starts it at `schedule.start_at` (or now). One call is placed per contact, at most
   * `max_concurrent_calls` at a time, only inside the call window in the run's timezone. `Idempotency-Key`
   * is required, so a retried request never contacts anyone twice.
   *
   * The SDK sends the required `Idempotency-Key` for you (a random one, or `options.idempotencyKey`), the
   * same across the request's retries.
   * @example
   * const run = await kai.runs.create(
   *   { name: 'February outreach', agentId: 'agt_4Vd9kQ2mXp', contacts: [{ to: '+15125551234', name: 'John Smith' }] },
   *   { idempotencyKey: `spring-campaign-${batchId}` },
   * );
   */
  create(params: RunCreateParams, options?: RequestOptions): APIPromise<CommunicationRun> { return this._transport.request('createRun', [], params, options); }

  /**
   * Get a communication run.
   *
   * Returns a run with its progress counters.
   * @example
   * const run = await kai.runs.get('run_9Lc2vX7nHf');
   */
  get(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> { return this._transport.request('getRun', [runId], undefined, options); }

  /**
   * Pause a communication run.
   *
   * Stops dispatching new calls; calls already in progress finish. Only a `scheduled` or `running` run can
   * be paused (409 `conflict` otherwise).
   * @example
   * await kai.runs.pause('run_9Lc2vX7nHf');
   */
  pause(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> { return this._transport.request('pauseRun', [runId], undefined, options); }

  /**
   * Resume a communication run.
   *
   * Resumes dispatching a `paused` run (409 `conflict` otherwise).
   * @example
   * await kai.runs.resume('run_9Lc2vX7nHf');
   */
  resume(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> { return this._transport.request('resumeRun', [runId], undefined, options); }

  /**
   * Cancel a communication run.
   *
   * Cancels a run. Contacts not yet called are counted as `canceled`; calls in progress finish. A run that
   * has completed or was canceled cannot be canceled (409 `conflict`).
   * @example
   * await kai.runs.cancel('run_9Lc2vX7nHf');
   */
  cancel(runId: string, options?: RequestOptions): APIPromise<CommunicationRun> { return this._transport.request('cancelRun', [runId], undefined, options); }
}
