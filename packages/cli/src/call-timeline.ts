// Follows a call's timeline for `calls wait`, `calls create --wait` and `calls watch`: over the call's
// stream (`GET /v1/calls/{call_id}/stream`: one request, each event as it happens, the final call in its
// `end` event), or, when the server does not stream, by polling the timeline as before streams existed.
// Either way each event reaches `onEvent` once, in order, as on the wire (snake_case).
import { type CallTimelineEvent, isKaiCallsError, type KaiCalls, snakify } from 'kaicalls';

/** A timeline event as on the wire. */
export interface WireTimelineEvent {
  sequence: number;
  type: string;
  status: string;
  offset_ms: number;
  data: Record<string, unknown>;
  [key: string]: unknown;
}

/** The final call, as on the wire (as `calls get --json` prints it). */
export type WireCall = Record<string, unknown>;

export interface FollowOptions {
  /** Stops following (Ctrl+C, or the wait's deadline): the promise rejects with the signal's reason. */
  signal: AbortSignal;
  /** Each timeline event, once and in order: as on the wire, and as the SDK gives it (camelCase). */
  onEvent(wire: WireTimelineEvent, event: CallTimelineEvent): void;
  /** A line at info level (shown with --verbose): the fallback to polling. */
  info(text: string): void;
  /**
   * `'done'` (`calls wait`, `create --wait`): stop once the call is done, ended and, if answered, analyzed;
   * `'last_event'` (`calls watch`): follow it to its last event, what follows from the outcome included.
   */
  until: 'done' | 'last_event';
}

/** How long the stream may take to send `ready` before the server is taken for one that does not stream. */
const READY_TIMEOUT_MS = 5_000;
/** The SDK's polling wait is bounded by our signal, not by its own default timeout. */
const NO_TIMEOUT = 2 ** 31 - 1;

/**
 * Whether a stream's failure before it was live means the server does not stream this (a 404 or 406 on the
 * stream's route, a 403 for a key that may not read it, an answer that is not an event stream, or no `ready`
 * in time, as behind a proxy that buffers): then polling follows the call, and polling's own error (a call
 * that does not exist, a missing scope) is the one reported.
 */
function doesNotStream(error: unknown): boolean {
  const { name, status } = error as { name?: string; status?: unknown };
  if (name === 'UnexpectedResponseError' || name === 'APITimeoutError') return true;
  return typeof status === 'number' && [403, 404, 406].includes(status) && name !== 'UnexpectedRedirectError';
}

/**
 * Follows the call until it is done and resolves with the final call.
 *
 * @example
 * const { call } = await followTimeline(kai, 'call_8fK2pQ7vN3', { signal, onEvent: print, info: ctx.info });
 */
export async function followTimeline(
  kai: KaiCalls,
  callId: string,
  options: FollowOptions,
): Promise<{ call: WireCall; via: 'stream' | 'poll' }> {
  const { signal } = options;
  let last = 0;
  const emit = (event: CallTimelineEvent) => {
    if (event.sequence <= last) return;
    last = event.sequence;
    options.onEvent(snakify(event) as unknown as WireTimelineEvent, event);
  };
  let live = false;
  const stream = kai.calls.stream(
    callId,
    { until: options.until },
    {
      signal,
      timeout: READY_TIMEOUT_MS,
      onReady: () => {
        live = true;
      },
    },
  );
  let why: string;
  try {
    for await (const event of stream) emit(event);
    const end = await stream.result();
    return { call: snakify(end.call) as unknown as WireCall, via: 'stream' };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // A stream that was live and then failed too often in a row: polling goes on from the last event.
    if (!isKaiCallsError(error) || (!live && !doesNotStream(error))) throw error;
    why = live
      ? `the call's stream failed (${(error as Error).message}); polling its timeline from sequence ${last} on`
      : `the server does not stream call timelines (${(error as Error).message}); polling the timeline instead`;
  }
  // Said once polling has read the call: a 404 may only mean that there is no such call.
  let said = false;
  await kai.calls.wait(callId, {
    signal,
    timeout: NO_TIMEOUT,
    // The SDK's own wait streams too unless told to poll.
    follow: 'poll',
    onEvent: (event) => {
      if (!said) options.info(`${callId}: ${why}.`);
      said = true;
      emit(event);
    },
  });
  // The final call as on the wire: the poll's answer is camelCase.
  const { json } = await kai.calls.get(callId, { signal }).withResponse();
  return { call: json as WireCall, via: 'poll' };
}
