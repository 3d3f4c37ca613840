// `calls.wait`: follows a call's timeline until the call is done, in as few requests as the server's poll
// hints allow. More than one operation (`listCallEvents`, then `getCall`), so written by hand.
import { WaitTimeoutError } from '../core/errors.js';
import { anySignal, sleep } from '../core/retry.js';
import type { Call, CallTimelineEvent } from '../generated/models.js';
import type { Calls } from '../generated/resources/calls.js';

/** Options of `calls.wait` (and the waiting part of `calls.createAndWait`). */
export interface WaitOptions {
  /** Milliseconds to wait in total before throwing `WaitTimeoutError` (default 15 minutes). */
  timeout?: number | undefined;
  /**
   * Milliseconds between the first polls when the server sends no `X-Poll-Interval-Ms` hint (default 1000).
   * Polls then back off while the call is quiet, up to 10 times this interval.
   */
  pollInterval?: number | undefined;
  /** Stops waiting (and any request in flight) at once; `wait` rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Called with each timeline event, once and in order (`call.ringing`, `call.answered`, `transcript.turn`,
   * `call.ended`, `analysis.complete`, ...). A returned promise is awaited before the next event.
   */
  onEvent?: ((event: CallTimelineEvent) => unknown) | undefined;
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
 * Waits until the call has ended and, if it was answered, its analysis is complete, and resolves with the
 * final call. `known` is the call as last seen (the created call of `createAndWait`), reported by a
 * `WaitTimeoutError` if nothing newer could be read.
 */
export async function waitForCall(
  calls: Pick<Calls, 'get' | 'listEvents'>,
  callId: string,
  options: WaitOptions,
  known: Call | null,
): Promise<Call> {
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
      const { data: page, response } = await calls
        .listEvents(callId, { afterSequence: after, limit: EVENTS_PAGE }, { signal })
        .withResponse();
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
        lastCall = await calls.get(callId, { signal });
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
    lastCall = await calls
      .get(callId, { signal: options.signal, timeout: 5_000, maxRetries: 0 })
      .catch(() => lastCall);
    throw new WaitTimeoutError(callId, timeout, lastCall);
  } finally {
    clearTimeout(timer);
    dispose();
  }
}
