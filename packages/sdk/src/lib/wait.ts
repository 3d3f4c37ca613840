// `calls.wait`: follows a call until it is done and resolves with the final call. By default over streams:
// without `onEvent`, the client's shared stream of terminal events (./call-watch.ts); with it, the call's
// own timeline stream until the call is done (`until: 'done'`: one request), its `end` event carrying the
// final call. Polling (./poll.ts) is the
// fallback when the server does not stream, and what `follow: 'poll'` asks for.
import { APIUserAbortError, KaiCallsError, WaitTimeoutError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { anySignal } from '../core/retry.js';
import type { Call, CallTimelineEvent } from '../generated/models.js';
import type { Calls } from '../generated/resources/calls.js';
import type { CallWatch } from './call-watch.js';
import { pollForCall, startState, type TimelineState, track } from './poll.js';
import { doesNotStream, endpoint, READY_TIMEOUT_MS } from './streaming.js';

/** Options of `calls.wait` (and the waiting part of `calls.createAndWait`). */
export interface WaitOptions {
  /** Milliseconds to wait in total before throwing `WaitTimeoutError` (default 15 minutes). */
  timeout?: number | undefined;
  /**
   * When polling: milliseconds between the first polls when the server sends no `X-Poll-Interval-Ms` hint
   * (default 1000). Polls then back off while the call is quiet, up to 10 times this interval.
   */
  pollInterval?: number | undefined;
  /**
   * Stops waiting (and any request in flight) at once; `wait` rejects with `APIUserAbortError` (`name`
   * `'AbortError'`), its `cause` the signal's reason.
   */
  signal?: AbortSignal | undefined;
  /**
   * Called with each timeline event, once and in order (`call.ringing`, `call.answered`, `transcript.turn`,
   * `call.ended`, `analysis.complete`, ...). A returned promise is awaited before the next event.
   */
  onEvent?: ((event: CallTimelineEvent) => unknown) | undefined;
  /**
   * How the wait follows the call. `'stream'` (the default): over Server-Sent Events (the account's
   * terminal events, shared by the client's waits; with `onEvent`, the call's own timeline stream), falling
   * back to polling, with a line at `info` level, when the server does not stream. `'poll'`: poll the
   * call's timeline (`listEvents`), as before streams existed.
   */
  follow?: 'stream' | 'poll' | undefined;
}

/** What a wait needs of the client. */
export interface WaitContext {
  calls: Pick<Calls, 'get' | 'listEvents' | 'stream'>;
  watch: CallWatch;
  log: Logger;
}

const DEFAULT_WAIT_TIMEOUT = 15 * 60_000;

/**
 * Waits until the call has ended and, if it was answered, its analysis is complete, and resolves with the
 * final call. `known` is the call as last seen (the created call of `createAndWait`), reported by a
 * `WaitTimeoutError` if nothing newer could be read; `live`: the shared stream was live before the call was
 * placed, so it cannot have missed its end.
 */
export async function waitForCall(
  context: WaitContext,
  callId: string,
  options: WaitOptions,
  known: Call | null,
  live = false,
): Promise<Call> {
  const { calls, watch } = context;
  const timeout = options.timeout ?? DEFAULT_WAIT_TIMEOUT;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new KaiCallsError('kaicalls: wait timeout')), timeout);
  const { signal, dispose } = anySignal([options.signal, deadline.signal]);
  const poll = (state?: TimelineState) => pollForCall(calls, callId, options, signal, state);
  try {
    if (options.follow === 'poll') return await poll();
    if (options.onEvent) return await followTimeline(context, callId, options.onEvent, signal, poll);
    return await watch.wait(callId, signal, !live, () => poll());
  } catch (error) {
    if (options.signal?.aborted) {
      throw error instanceof APIUserAbortError
        ? error
        : APIUserAbortError.of(`waiting for ${callId}`, options.signal);
    }
    if (!deadline.signal.aborted) throw error;
    // Best effort: the freshest state for the error, within a short grace period.
    const lastCall = await calls
      .get(callId, { signal: options.signal, timeout: 5_000, maxRetries: 0 })
      .catch(() => known);
    throw new WaitTimeoutError(callId, timeout, lastCall);
  } finally {
    clearTimeout(timer);
    dispose();
  }
}

/**
 * `calls.createAndWait`: places the call with `create`, then waits for it. Without `onEvent` the shared
 * stream of terminal events is held open first, so the call's end cannot come before it is listening (and
 * the wait needs no check of whether the call ended before the stream was live).
 */
export async function createAndWaitForCall(
  context: WaitContext,
  create: (signal: AbortSignal | undefined) => Promise<Call>,
  options: WaitOptions,
): Promise<Call> {
  const shared = options.follow !== 'poll' && !options.onEvent;
  const hold = shared ? await context.watch.hold() : undefined;
  try {
    const created = await create(options.signal);
    return await waitForCall(context, created.id, options, created, hold?.live);
  } finally {
    hold?.release();
  }
}

/** Whether the client's server streams call timelines: null until a stream said. */
const streamsTimelines = new WeakMap<CallWatch, boolean>();

/**
 * The call's timeline stream: each event to `onEvent` as it happens, then the final call from the `end`
 * event. If the stream fails, polling goes on from the last event seen (so `onEvent` still sees each once).
 */
async function followTimeline(
  { calls, watch, log }: WaitContext,
  callId: string,
  onEvent: (event: CallTimelineEvent) => unknown,
  signal: AbortSignal,
  poll: (state: TimelineState) => Promise<Call>,
): Promise<Call> {
  const state = startState();
  if (streamsTimelines.get(watch) === false) return poll(state);
  let live = false;
  // Until the call is done (ended and, if answered, analyzed), as polling waits: not for its follow-ups.
  const stream = calls.stream(
    callId,
    { until: 'done' },
    {
      signal,
      timeout: READY_TIMEOUT_MS,
      onReady: () => {
        live = true;
      },
    },
  );
  let handling = false;
  try {
    for await (const event of stream) {
      track(state, event);
      handling = true;
      await onEvent(event);
      handling = false;
    }
    streamsTimelines.set(watch, true);
    return (await stream.result()).call;
  } catch (error) {
    if (handling || signal.aborted || !(error instanceof KaiCallsError)) throw error;
    if (!live && doesNotStream(error)) {
      // A 404 may only mean that there is no such call: the server streams unless polling finds it.
      state.onReachable = () => {
        if (streamsTimelines.has(watch)) return;
        streamsTimelines.set(watch, false);
        log.info(
          `calls.wait: the call's timeline stream (${endpoint('streamCallEvents')}) is not available (${error.message}); waits with onEvent poll the timeline instead, from now on for this client.`,
        );
      };
    } else {
      log.info(
        `calls.wait: the timeline stream of ${callId} failed (${error.message}); polling from sequence ${state.after} on.`,
      );
    }
    return poll(state);
  }
}
