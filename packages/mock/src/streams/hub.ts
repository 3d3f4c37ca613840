// The live streams of one runtime: a call's timeline (`GET /v1/calls/{id}/stream`) and the event log
// (`GET /v1/events/stream`). A stream sends what is already stored after its resume point, then, from the
// same synchronous step, what is stored next: the engine and the log append synchronously, so nothing
// falls between the backlog and the live part, and nothing is sent twice. ../runtime.ts feeds the hub
// from the bus; `dispose()` (a reset, the server's close) ends every stream.
import type { Core, MockEvent } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import type { Engine } from '../engine/engine.js';
import type { SseBody, SseSink } from '../http/sse.js';

type Call = Schemas['Call'];
type TimelineEvent = Schemas['CallTimelineEvent'];

/** Done as `until=done` means it: ended and, if answered, analyzed (its terminal event is out). */
const isDone = (call: Call) => call.ended_at !== null && (call.answered_at === null || call.summary !== null);

/** Real ms of silence before a stream's heartbeat comment unless `streams.heartbeatMs` says otherwise (the spec's 15 s). */
export const DEFAULT_HEARTBEAT_MS = 15_000;
/** What a reconnecting EventSource should wait, in ms (`retry:` in the first frame). */
export const RETRY_MS = 1_000;

/** What an event stream sends: events stored after `after` (none of the past without it) that pass `keep`. */
export interface EventFilter {
  after: string | undefined;
  keep: (event: MockEvent) => boolean;
}

export interface StreamHub {
  /**
   * A call's timeline after sequence `after`, live until its last step (or, `untilDone`, until it is done:
   * its terminal event is out), then `end` with the call.
   */
  call(callId: string, after: number, untilDone?: boolean): SseBody;
  /** The event log after `filter.after`, then live; it does not end. */
  events(filter: EventFilter): SseBody;
  /** The engine appended a timeline event. */
  appended(event: TimelineEvent): void;
  /** The engine played a call's last step: its streams end. */
  finished(call: Call): void;
  /** A call's terminal event is out: the streams that wait only until it is done end. */
  settled(call: Call): void;
  /** An event was written to the log. */
  stored(event: MockEvent): void;
  /** How many streams are open. */
  readonly size: number;
  /** Ends every stream cleanly; streams opened later end at once. */
  dispose(): void;
}

/** One open stream: its sink, and the heartbeat that speaks when nothing else has for a while. */
class Subscriber {
  private last = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private released = false;

  constructor(
    readonly sink: SseSink,
    private readonly heartbeatMs: number,
    private readonly release: (subscriber: Subscriber) => void,
  ) {
    this.arm(heartbeatMs);
  }

  send(event: string, data: unknown, id?: string, retry?: number) {
    this.sink.send({ event, id, retry, data });
    this.last = Date.now();
  }

  /** Ends the response and forgets the stream. */
  end() {
    this.sink.end();
    this.close();
  }

  /** Forgets the stream (the sink was closed by its client, a cut, or `end`). Idempotent. */
  close() {
    if (this.released) return;
    this.released = true;
    clearTimeout(this.timer);
    this.release(this);
  }

  // One timer per stream, not reset at every write: when it fires it sends a heartbeat only if the stream
  // was silent for the whole interval, else it waits out the rest of the interval from the last write.
  private arm(ms: number) {
    this.timer = setTimeout(() => {
      if (this.sink.closed) return this.close();
      const silent = Date.now() - this.last;
      if (silent >= this.heartbeatMs) {
        this.sink.comment('heartbeat');
        this.last = Date.now();
        this.arm(this.heartbeatMs);
      } else this.arm(this.heartbeatMs - silent);
    }, ms);
    // A stream waiting on its heartbeat never keeps the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}

export function createStreamHub(ctx: Core, engine: Engine, heartbeatMs: number): StreamHub {
  // The spec's field is whole seconds, at least 1: a shorter test interval is announced rounded up, which
  // only makes a client's watchdog (twice the interval) more patient than it needs to be.
  const ready = { object: 'stream.ready', heartbeat_seconds: Math.max(1, Math.ceil(heartbeatMs / 1000)) };
  const byCall = new Map<string, Set<Subscriber>>();
  const logStreams = new Map<Subscriber, EventFilter>();
  const all = new Set<Subscriber>();
  /** The call streams opened with `until=done`. */
  const untilDoneOnes = new Set<Subscriber>();
  let disposed = false;

  function subscribe(sink: SseSink, release: (s: Subscriber) => void): Subscriber {
    const subscriber = new Subscriber(sink, heartbeatMs, (s) => {
      all.delete(s);
      release(s);
    });
    all.add(subscriber);
    return subscriber;
  }

  const endOf = (call: Call): Schemas['StreamEnd'] => ({
    object: 'stream.end',
    last_sequence: ctx.state.timelines.count(call.id),
    call: { ...call },
  });

  return {
    call(callId, after, untilDone = false) {
      return {
        open(sink) {
          if (disposed) {
            sink.end();
            return () => {};
          }
          const subscriber = subscribe(sink, (s) => {
            const set = byCall.get(callId);
            set?.delete(s);
            if (set?.size === 0) byCall.delete(callId);
            untilDoneOnes.delete(s);
          });
          subscriber.send('ready', ready, undefined, RETRY_MS);
          for (const event of ctx.state.timelines.get(callId) ?? []) {
            if (sink.closed) break;
            if (event.sequence > after) subscriber.send(event.type, event, String(event.sequence));
          }
          const call = ctx.state.calls.get(callId);
          if (sink.closed) subscriber.close();
          else if (!call || !engine.isLive(callId) || (untilDone && isDone(call))) {
            if (call) subscriber.send('end', endOf(call));
            subscriber.end();
          } else {
            const set = byCall.get(callId) ?? new Set();
            byCall.set(callId, set);
            set.add(subscriber);
            if (untilDone) untilDoneOnes.add(subscriber);
          }
          return () => subscriber.close();
        },
      };
    },

    events(filter) {
      return {
        open(sink) {
          if (disposed) {
            sink.end();
            return () => {};
          }
          const subscriber = subscribe(sink, (s) => logStreams.delete(s));
          subscriber.send('ready', ready, undefined, RETRY_MS);
          if (filter.after !== undefined) {
            // The log is a Map in the order events were stored: resume right after the given one.
            let found = false;
            for (const event of ctx.state.events.values()) {
              if (sink.closed) break;
              if (found) {
                if (filter.keep(event)) subscriber.send(event.type, event, event.id);
              } else found = event.id === filter.after;
            }
          }
          if (sink.closed) subscriber.close();
          else logStreams.set(subscriber, filter);
          return () => subscriber.close();
        },
      };
    },

    appended(event) {
      const set = byCall.get(event.call_id);
      if (!set) return;
      for (const subscriber of [...set]) {
        subscriber.send(event.type, event, String(event.sequence));
        if (subscriber.sink.closed) subscriber.close();
      }
    },

    finished(call) {
      const set = byCall.get(call.id);
      if (!set) return;
      const end = endOf(call);
      for (const subscriber of [...set]) {
        subscriber.send('end', end);
        subscriber.end();
      }
    },

    settled(call) {
      const set = byCall.get(call.id);
      if (!set || untilDoneOnes.size === 0) return;
      const end = endOf(call);
      for (const subscriber of [...set]) {
        if (!untilDoneOnes.has(subscriber)) continue;
        subscriber.send('end', end);
        subscriber.end();
      }
    },

    stored(event) {
      if (logStreams.size === 0) return;
      for (const [subscriber, filter] of [...logStreams]) {
        if (!filter.keep(event)) continue;
        subscriber.send(event.type, event, event.id);
        if (subscriber.sink.closed) subscriber.close();
      }
    },

    get size() {
      return all.size;
    },

    dispose() {
      disposed = true;
      for (const subscriber of [...all]) subscriber.end();
    },
  };
}
