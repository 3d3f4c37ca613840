import type { APIPromise } from '../core/api-promise.js';
import { WaitTimeoutError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { anySignal, sleep } from '../core/retry.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { Call, CallTimelineEvent } from '../generated/models.js';

/** The query parameters of `kai.calls.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type CallListParams = Query<'listCalls'>;
/** The body of `kai.calls.create`, camelCase. */
export type CallCreateParams = Body<'createCall'>;
/** The query parameters of `kai.calls.listEvents`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type CallListEventsParams = Query<'listCallEvents'>;

/** Options of `calls.wait` (and the waiting part of `calls.createAndWait`). */
export interface WaitOptions {
  /** Milliseconds to wait in total before throwing `WaitTimeoutError` (default 15 minutes). */
  timeout?: number;
  /**
   * Milliseconds between the first polls when the server sends no `X-Poll-Interval-Ms` hint (default 1000).
   * Polls then back off while the call is quiet, up to 10 times this interval.
   */
  pollInterval?: number;
  /** Stops waiting (and any request in flight) at once; `wait` rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Called with each timeline event, once and in order (`call.ringing`, `call.answered`, `transcript.turn`,
   * `call.ended`, `analysis.complete`, ...). A returned promise is awaited before the next event.
   */
  onEvent?: (event: CallTimelineEvent) => unknown;
}

const DEFAULT_WAIT_TIMEOUT = 15 * 60_000;
const DEFAULT_POLL_INTERVAL = 1_000;
/** Polls back off to this many times the base interval while nothing decisive happens. */
const MAX_BACKOFF_FACTOR = 10;
/** After the hang-up, the analysis follows within seconds: poll at twice the base interval. */
const ENDED_FACTOR = 2;
const EVENTS_PAGE = 100;

// Event types typed against the spec's enum: a rename there fails the build here.
const ANSWERED: CallTimelineEvent['type'] = 'call.answered';
const ENDED: CallTimelineEvent['type'] = 'call.ended';
const ANALYZED: CallTimelineEvent['type'] = 'analysis.complete';

/** A call is done once it has ended and, if it was answered, its analysis (summary) is in. */
function isDone(call: Call): boolean {
  return call.endedAt !== null && (call.answeredAt === null || call.summary !== null);
}

/**
 * Outbound and inbound calls, their outcome, transcript, analysis and timeline.
 * @example
 * const call = await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234' });
 * const done = await kai.calls.wait(call.id, { onEvent: (event) => console.log(event.type) });
 * console.log(done.outcome, done.summary);
 */
export class Calls extends APIResource {
  /**
   * Lists calls, most recent first, by agent, lead, run, status, direction or creation time.
   * @example
   * for await (const call of kai.calls.list({ status: 'completed', createdAfter: '2026-02-01T00:00:00Z' })) {
   *   console.log(call.id, call.outcome);
   * }
   */
  list(params?: CallListParams, options?: RequestOptions): PagePromise<Call> {
    return this._transport.list('listCalls', [], params, options);
  }

  /**
   * Places an outbound call. It sends an `Idempotency-Key` (generated, or `options.idempotencyKey`) that
   * stays the same across retries, so a retried create never places two calls.
   * @example
   * const call = await kai.calls.create({
   *   agentId: 'agt_4Vd9kQ2mXp',
   *   to: '+15125551234',
   *   name: 'John Smith',
   *   context: 'Following up on the consultation request',
   *   metadata: { crm_ticket: 'T-4821' },
   * });
   */
  create(params: CallCreateParams, options?: RequestOptions): APIPromise<Call> {
    return this._transport.request('createCall', [], params, options);
  }

  /**
   * Gets a call: its status and, once it has ended, duration, transcript, summary, sentiment and outcome.
   * @example
   * const call = await kai.calls.get('call_8fK2pQ7vN3');
   */
  get(callId: string, options?: RequestOptions): APIPromise<Call> {
    return this._transport.request('getCall', [callId], undefined, options);
  }

  /**
   * Cancels a call that is still queued or ringing (`ConflictError` once it was answered or has ended).
   * @example
   * const call = await kai.calls.cancel('call_8fK2pQ7vN3');
   * console.log(call.status); // 'canceled'
   */
  cancel(callId: string, options?: RequestOptions): APIPromise<Call> {
    return this._transport.request('cancelCall', [callId], undefined, options);
  }

  /**
   * Lists the call's timeline in order; `afterSequence` reads only what is new.
   * @example
   * const { data: events } = await kai.calls.listEvents('call_8fK2pQ7vN3', { afterSequence: 4 });
   */
  listEvents(
    callId: string,
    params?: CallListEventsParams,
    options?: RequestOptions,
  ): PagePromise<CallTimelineEvent> {
    return this._transport.list('listCallEvents', [callId], params, options);
  }

  /**
   * Waits until the call has ended and, if it was answered, its analysis is complete, then resolves with
   * the final call (status, outcome, summary, transcript), whatever the outcome. It reads the timeline
   * incrementally, so `onEvent` sees each event once and in order; it polls no faster than the server's
   * `X-Poll-Interval-Ms` hint and backs off while the call is quiet. Throws `WaitTimeoutError` (with
   * `lastCall`) after `timeout`, and the signal's reason as soon as `signal` aborts.
   * @example
   * const call = await kai.calls.wait('call_8fK2pQ7vN3', {
   *   timeout: 5 * 60_000,
   *   onEvent: (event) => console.log(event.type, event.data.text ?? ''),
   * });
   * console.log(call.status, call.summary);
   */
  async wait(callId: string, options: WaitOptions = {}): Promise<Call> {
    return this.#wait(callId, options, null);
  }

  /**
   * Places a call and waits for it to finish: `create` then `wait`.
   * @example
   * const call = await kai.calls.createAndWait(
   *   { agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234' },
   *   { onEvent: (event) => console.log(event.type) },
   * );
   */
  async createAndWait(
    params: CallCreateParams,
    options: WaitOptions & Pick<RequestOptions, 'idempotencyKey'> = {},
  ): Promise<Call> {
    const created = await this.create(params, {
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
    });
    return this.#wait(created.id, options, created);
  }

  async #wait(callId: string, options: WaitOptions, known: Call | null): Promise<Call> {
    const timeout = options.timeout ?? DEFAULT_WAIT_TIMEOUT;
    const pollInterval = options.pollInterval ?? DEFAULT_POLL_INTERVAL;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error('kaicalls: wait timeout')), timeout);
    const { signal, dispose } = anySignal([options.signal, deadline.signal]);
    let lastCall = known;
    let after = 0;
    let answered = false;
    let ended = false;
    let analyzed = false;
    let quietPolls = 0;
    try {
      for (;;) {
        const { data: page, response } = await this.listEvents(
          callId,
          { afterSequence: after, limit: EVENTS_PAGE },
          { signal },
        ).withResponse();
        for (const event of page.data) {
          if (event.sequence <= after) continue;
          after = event.sequence;
          if (event.type === ANSWERED) answered = true;
          else if (event.type === ENDED) ended = true;
          else if (event.type === ANALYZED) analyzed = true;
          await options.onEvent?.(event);
        }
        // A long backlog: read the rest before sleeping.
        if (page.hasMore) continue;

        if (ended && (!answered || analyzed)) {
          lastCall = await this.get(callId, { signal });
          if (isDone(lastCall)) return lastCall;
        }

        const hint = Number(response.headers.get('x-poll-interval-ms'));
        const base = hint > 0 ? hint : pollInterval;
        // Once the call has ended only the analysis is left, seconds away: short polls again.
        const delay = ended ? base * ENDED_FACTOR : base * Math.min(2 ** quietPolls, MAX_BACKOFF_FACTOR);
        quietPolls++;
        await sleep(delay, signal);
      }
    } catch (error) {
      if (options.signal?.aborted || !deadline.signal.aborted) throw error;
      // Best effort: the freshest state for the error, within a short grace period.
      lastCall = await this.get(callId, { signal: options.signal, timeout: 5_000, maxRetries: 0 }).catch(
        () => lastCall,
      );
      throw new WaitTimeoutError(callId, timeout, lastCall);
    } finally {
      clearTimeout(timer);
      dispose();
    }
  }
}
