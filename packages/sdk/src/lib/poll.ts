// Waiting by polling: the call's timeline page by page (`listCallEvents` after the last sequence seen),
// paced by the server's `X-Poll-Interval-Ms` and backing off while the call is quiet, then the final call
// (`getCall`). What `calls.wait` does with `follow: 'poll'`, and against a server that does not stream.
import { sleep } from '../core/retry.js';
import type { Call, CallTimelineEvent } from '../generated/models.js';
import type { Calls } from '../generated/resources/calls.js';

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
export function isDone(call: Call): boolean {
  return call.endedAt !== null && (call.answeredAt === null || call.summary !== null);
}

/** What a wait has seen of the timeline so far (a stream's wait hands it on when it falls back to polling). */
export interface TimelineState {
  /** The last sequence already handed to `onEvent`: polling goes on after it. */
  after: number;
  answered: boolean;
  ended: boolean;
  analyzed: boolean;
  /** Called once the first page came back (the call exists and the server answers). */
  onReachable?: (() => void) | undefined;
}

export const startState = (): TimelineState => ({
  after: 0,
  answered: false,
  ended: false,
  analyzed: false,
});

/** Takes in one event of the timeline (in order, each once). */
export function track(state: TimelineState, event: CallTimelineEvent): void {
  state.after = event.sequence;
  if (event.type === ANSWERED) state.answered = true;
  else if (event.type === ENDED) state.ended = true;
  else if (event.type === ANALYZED) state.analyzed = true;
}

/** Polls until the call is done and resolves with it; `onEvent` sees each event after `state.after` once. */
export async function pollForCall(
  calls: Pick<Calls, 'get' | 'listEvents'>,
  callId: string,
  options: {
    pollInterval?: number | undefined;
    onEvent?: ((event: CallTimelineEvent) => unknown) | undefined;
  },
  signal: AbortSignal,
  state: TimelineState = startState(),
): Promise<Call> {
  const pollInterval = options.pollInterval ?? DEFAULT_POLL_INTERVAL;
  let quietPolls = 0;
  for (;;) {
    const { data: page, response } = await calls
      .listEvents(callId, { afterSequence: state.after, limit: EVENTS_PAGE }, { signal })
      .withResponse();
    state.onReachable?.();
    state.onReachable = undefined;
    for (const event of page.data) {
      if (event.sequence <= state.after) continue;
      track(state, event);
      await options.onEvent?.(event);
    }
    // A long backlog: read the rest before sleeping.
    if (page.hasMore) continue;

    const { ended } = state;
    if (ended && (!state.answered || state.analyzed)) {
      const call = await calls.get(callId, { signal });
      if (isDone(call)) return call;
    }

    const hint = Number(response.headers.get('x-poll-interval-ms'));
    const base = hint > 0 ? hint : pollInterval;
    // Once the call has ended only the analysis is left, seconds away: short polls again.
    const delay = ended ? base * ENDED_FACTOR : base * Math.min(2 ** quietPolls, MAX_BACKOFF_FACTOR);
    quietPolls++;
    await sleep(delay, signal);
  }
}
