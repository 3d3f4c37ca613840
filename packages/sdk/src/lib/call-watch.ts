// The waits of one client without `onEvent` share one stream of the account's terminal events
// (`streamEvents`, types call.completed, call.failed and call.missed, each carrying the final call), so that
// a thousand waits cost one stream and a few checks, not a poll loop each. The stream opens with the first
// wait and closes when none is left; it resumes with `Last-Event-ID` on a drop (the Stream does that).
//
// A call may have ended before the stream went live: once it is, each newly registered wait's call is
// checked once (`getCall` for a few, pages of `listCalls`, most recent first, for many). A wait registered
// while the stream was already live for `createAndWait`'s create needs no check at all.
import { TERMINAL_CALL_EVENTS } from '@kaicalls/contract/facts';
import type { KaiCallsError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Stream } from '../core/stream.js';
import type { Call, Event, EventType } from '../generated/models.js';
import type { Calls } from '../generated/resources/calls.js';
import type { Events } from '../generated/resources/events.js';
import { isDone } from './poll.js';
import { doesNotStream, endpoint, READY_TIMEOUT_MS } from './streaming.js';

/** The events that end a call, each once, each carrying the call as it ends (typed against the spec). */
// Typed against the spec's enum: the list itself comes from the spec's `x-terminal`.
const TERMINAL: EventType[] = [...TERMINAL_CALL_EVENTS];
const TERMINAL_SET: ReadonlySet<string> = new Set(TERMINAL);
/** Up to this many calls to check are fetched one by one; more are looked for in pages of the call list. */
const FEW = 3;
const PAGE = 100;
/** Calls that ended without a wait yet (a create's response still on its way): kept for a late wait. */
const RECENT = 1_000;
/** A burst of waits is checked together once none came for this long, */
const CHECK_QUIET_MS = 50;
/** and at the latest this long after its first wait. */
const CHECK_MAX_MS = 500;

interface Waiter {
  callId: string;
  resolve: (call: Call) => void;
  reject: (error: unknown) => void;
  /** What the wait does if the stream fails: poll. */
  fallback: () => Promise<Call>;
}

export class CallWatch {
  readonly #calls: Pick<Calls, 'get' | 'list'>;
  readonly #events: Pick<Events, 'stream'>;
  readonly #log: Logger;
  readonly #waiters = new Map<string, Set<Waiter>>();
  readonly #unchecked = new Set<Waiter>();
  readonly #recent = new Map<string, Call>();
  #stream: Stream<Event> | undefined;
  #live = false;
  #liveWaiters: ((live: boolean) => void)[] = [];
  #holds = 0;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest wait not yet checked asked for its check (the quiet period waits no longer). */
  #checkSince = 0;
  #checking: Promise<void> | undefined;
  /** The server does not stream events (no route, no scope, a buffering proxy): every wait polls. */
  notStreaming = false;

  constructor(calls: Pick<Calls, 'get' | 'list'>, events: Pick<Events, 'stream'>, log: Logger) {
    this.#calls = calls;
    this.#events = events;
    this.#log = log;
  }

  /**
   * Opens the stream if it is not open, and keeps it open until `release` (a create on its way): resolves
   * with whether it is live (false: the server does not stream, so wait by polling).
   */
  async hold(): Promise<{ live: boolean; release: () => void }> {
    this.#holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#holds--;
      this.#closeIfIdle();
    };
    if (this.notStreaming) return { live: false, release };
    this.#open();
    const live = this.#live || (await new Promise<boolean>((resolve) => this.#liveWaiters.push(resolve)));
    return { live, release };
  }

  /**
   * Resolves with the call once it has ended (its terminal event, or a check that finds it done).
   * `check`: look at the call once the stream is live, in case it ended before. Rejects with the signal's
   * reason when it aborts; falls back to `fallback` (polling) when the stream fails.
   */
  wait(callId: string, signal: AbortSignal, check: boolean, fallback: () => Promise<Call>): Promise<Call> {
    if (this.notStreaming) return fallback();
    const ended = this.#recent.get(callId);
    if (ended) return Promise.resolve(ended);
    return new Promise<Call>((resolve, reject) => {
      const onAbort = () => {
        this.#remove(waiter);
        reject(signal.reason);
      };
      const waiter: Waiter = {
        callId,
        resolve: (call) => {
          signal.removeEventListener('abort', onAbort);
          resolve(call);
        },
        reject: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
        fallback,
      };
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const set = this.#waiters.get(callId) ?? new Set();
      this.#waiters.set(callId, set);
      set.add(waiter);
      if (check) {
        this.#unchecked.add(waiter);
        if (this.#live) this.#scheduleCheck();
      }
      this.#open();
    });
  }

  #open(): void {
    if (this.#stream) return;
    this.#live = false;
    const stream = this.#events.stream(
      { types: TERMINAL },
      {
        // A stream that sends no `ready` within seconds sits behind a buffering proxy: poll instead.
        timeout: READY_TIMEOUT_MS,
        onReady: () => {
          if (this.#stream !== stream) return;
          this.#live = true;
          for (const resolve of this.#liveWaiters.splice(0)) resolve(true);
          if (this.#unchecked.size > 0) this.#scheduleCheck();
        },
      },
    );
    this.#stream = stream;
    void this.#read(stream);
  }

  async #read(stream: Stream<Event>): Promise<void> {
    try {
      for await (const event of stream) {
        if (!TERMINAL_SET.has(event.type)) continue;
        this.#settle((event as Extract<Event, { type: 'call.completed' }>).data);
      }
    } catch (error) {
      if (this.#stream === stream) this.#failed(error as KaiCallsError);
    }
  }

  #settle(call: Call): void {
    const waiters = this.#waiters.get(call.id);
    if (!waiters) {
      this.#recent.set(call.id, call);
      if (this.#recent.size > RECENT) this.#recent.delete(this.#recent.keys().next().value!);
      return;
    }
    this.#waiters.delete(call.id);
    for (const waiter of waiters) {
      this.#unchecked.delete(waiter);
      waiter.resolve(call);
    }
    this.#closeIfIdle();
  }

  #remove(waiter: Waiter): void {
    const set = this.#waiters.get(waiter.callId);
    set?.delete(waiter);
    if (set?.size === 0) this.#waiters.delete(waiter.callId);
    this.#unchecked.delete(waiter);
    this.#closeIfIdle();
  }

  #closeIfIdle(): void {
    if (this.#waiters.size > 0 || this.#holds > 0 || !this.#stream) return;
    const stream = this.#stream;
    this.#stream = undefined;
    this.#live = false;
    this.#recent.clear();
    clearTimeout(this.#checkTimer);
    this.#checkTimer = undefined;
    stream.close();
  }

  /** The stream ended with an error: every pending wait polls, and the next wait opens a new stream. */
  #failed(error: KaiCallsError): void {
    const wasLive = this.#live;
    this.#stream = undefined;
    this.#live = false;
    if (!wasLive && doesNotStream(error)) {
      this.notStreaming = true;
      this.#log.info(
        `calls.wait: the account's event stream (${endpoint('streamEvents')}) is not available (${error.message}); waits poll the call's timeline instead, from now on for this client.`,
      );
    } else {
      this.#log.info(
        `calls.wait: the account's event stream failed (${error.message}); the pending waits poll their calls instead.`,
      );
    }
    for (const resolve of this.#liveWaiters.splice(0)) resolve(false);
    const waiters = [...this.#waiters.values()].flatMap((set) => [...set]);
    this.#waiters.clear();
    this.#unchecked.clear();
    for (const waiter of waiters) waiter.fallback().then(waiter.resolve, waiter.reject);
  }

  /**
   * Checks the waits registered since the last check once they stop coming for CHECK_QUIET_MS (a burst is
   * checked together, a page of the call list for a hundred), and never later than CHECK_MAX_MS after the
   * first of them. One check runs at a time.
   */
  #scheduleCheck(): void {
    const now = Date.now();
    if (this.#checkTimer === undefined) this.#checkSince = now;
    clearTimeout(this.#checkTimer);
    const delay = Math.max(0, Math.min(CHECK_QUIET_MS, this.#checkSince + CHECK_MAX_MS - now));
    this.#checkTimer = setTimeout(() => {
      this.#checkTimer = undefined;
      const previous = this.#checking ?? Promise.resolve();
      const run = previous.then(() => this.#check());
      this.#checking = run;
      void run.finally(() => {
        if (this.#checking === run) this.#checking = undefined;
      });
    }, delay);
  }

  /** Looks once at each call whose wait was registered: one that is already done resolves its waits. */
  async #check(): Promise<void> {
    const ids = new Set<string>();
    for (const waiter of this.#unchecked) ids.add(waiter.callId);
    this.#unchecked.clear();
    const pending = new Set([...ids].filter((id) => this.#waiters.has(id)));
    if (pending.size > FEW) {
      try {
        // Most recent first: the calls just placed are on the first pages.
        const budget = Math.ceil(pending.size / PAGE) + 2;
        let page = await this.#calls.list({ limit: PAGE });
        for (let pages = 1; ; pages++) {
          for (const call of page.data) {
            if (!pending.delete(call.id)) continue;
            if (isDone(call)) this.#settle(call);
          }
          if (pending.size === 0 || pages >= budget || !page.hasNextPage()) break;
          page = await page.getNextPage();
        }
      } catch {
        // The calls not seen yet are fetched one by one below.
      }
    }
    await Promise.all(
      [...pending].map(async (id) => {
        if (!this.#waiters.has(id)) return;
        try {
          const call = await this.#calls.get(id);
          if (isDone(call)) this.#settle(call);
        } catch (error) {
          // No such call (404), or no access: what polling would have thrown.
          const waiters = this.#waiters.get(id);
          this.#waiters.delete(id);
          for (const waiter of waiters ?? []) waiter.reject(error);
          this.#closeIfIdle();
        }
      }),
    );
  }
}
