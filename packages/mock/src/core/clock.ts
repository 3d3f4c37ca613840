// The mock's clock. Virtual by default (time moves only when a test advances it, so timelines are exact
// and instant); real time scaled by `speed` for the server (speed 10 plays a 60 s call in 6 s).
// Timers live in a binary heap so that 10,000 concurrent calls cost O(log n) per event.

/**
 * The mock's clock (`mock.clock`): every timeline step, webhook retry and rate-limit window runs on it.
 * Virtual by default: time stands still until a test moves it, so a 2-minute call plays in microseconds and
 * always the same way. With `speed`, it runs in real time multiplied by it (the server's clock).
 * @example
 * const call = await kai.calls.create({ agentId, to: '+15005550100' });
 * await mock.clock.advance(60_000); // a minute of the call's timeline, at once
 * await mock.clock.runUntilIdle(); // the rest: hang-up, analysis, webhooks and their retries
 */
export interface Clock {
  /**
   * Milliseconds since the epoch, on the mock's clock; the mock's timestamps (`created_at`, ...) come from it.
   * @example
   * const before = mock.clock.now();
   * await mock.clock.advance(5_000);
   * mock.clock.now() - before; // 5000
   */
  now(): number;
  /**
   * Runs `fn` when the clock reaches `at` (ms since the epoch). Returns an id for `cancel`.
   * @example
   * mock.clock.at(Date.parse('2026-02-16T16:00:00Z'), () => console.log('an hour in'));
   */
  at(at: number, fn: () => void): number;
  /**
   * Runs `fn` after `ms` of mock time. Returns an id for `cancel`.
   * @example
   * const id = mock.clock.after(30_000, () => console.log('30 s of mock time later'));
   */
  after(ms: number, fn: () => void): number;
  /**
   * Cancels a timer of `at` or `after` that has not run yet.
   * @example
   * const id = mock.clock.after(1_000, () => console.log('never runs'));
   * mock.clock.cancel(id);
   */
  cancel(id: number): void;
  /**
   * Moves time forward by `ms` (0 to {@link MAX_ADVANCE_MS}; anything else throws a RangeError), running
   * every timer due on the way, in order. On the virtual clock it resolves once the work those timers
   * started (webhook attempts) has settled. On a real-time clock it jumps: the clock stays `ms` ahead from
   * then on and keeps running at its speed, and it resolves once the due steps have run, without waiting
   * for the webhook attempts they started (an endpoint that never answers must not hold it).
   * @example
   * await mock.clock.advance(2 * 3600_000); // past the webhook retries of the next two hours
   */
  advance(ms: number): Promise<void>;
  /**
   * Virtual clock only (throws with `speed`): runs timers until none is left, or until `limitMs` of mock
   * time has passed (default 7 days, well past the last webhook retry).
   * @example
   * await mock.clock.runUntilIdle({ limitMs: 10 * 60_000 });
   */
  runUntilIdle(options?: {
    /** Mock milliseconds to run at most, from now. Default 7 days. */
    limitMs?: number;
  }): Promise<void>;
  /**
   * How many timers are pending: 0 once every call, run and delivery has finished.
   * @example
   * await mock.clock.runUntilIdle();
   * expect(mock.clock.pending()).toBe(0);
   */
  pending(): number;
  /**
   * Real-time milliseconds for `ms` of mock time (ms / speed; the same for a virtual clock).
   * @example
   * mock.clock.toRealMs(60_000); // 6000 with speed 10
   */
  toRealMs(ms: number): number;
  /** Mock milliseconds per real millisecond, or undefined for a virtual clock. */
  readonly speed: number | undefined;
  /** Where the clock started (ms since the epoch); `mock.reset()` returns it here. */
  readonly start: number;
  /**
   * Async work started by a timer (a webhook attempt) that `advance` and `runUntilIdle` wait for before
   * they return or run the next timer, so that what it schedules lands at the right time.
   * @example
   * mock.clock.after(1_000, () => mock.clock.track(fetch(endpointUrl, { method: 'POST' })));
   */
  track(work: Promise<unknown>): void;
  /**
   * Stops real-time scheduling (server shutdown); pending timers never run.
   * @example
   * mock.clock.stop();
   */
  stop(): void;
}

interface Timer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
  /** The scope that set it, if any: disposing the scope cancels it. */
  owner: ClockScope | undefined;
}

/**
 * The clock as one runtime of the mock sees it: the same time, but the timers it sets are its own.
 * `dispose()` (on `mock.reset()`) cancels every one still pending, and any set afterwards never runs.
 */
export interface ClockScope extends Clock {
  dispose(): void;
}

/** The clock a mock owns: the public {@link Clock}, plus scopes for its runtimes. */
export interface MockClock extends Clock {
  /** A view of this clock whose timers can all be canceled at once. */
  scope(): ClockScope;
  /** Returns the clock to its start and forgets every timer (`mock.reset()`); a real-time clock runs on from there. */
  rewind(): void;
}

/**
 * The longest single `advance`, in ms: ten years. Larger jumps would take dates past what ISO 8601 and the
 * state file can hold; `advance` throws a RangeError, `POST /_mock/clock/advance` answers 400.
 * @example
 * await mock.clock.advance(MAX_ADVANCE_MS); // the furthest one step goes
 */
export const MAX_ADVANCE_MS = 10 * 365 * 24 * 3600_000;

/** The latest time the clock reaches, 9999-12-31T23:59:59.999Z: past it, ISO 8601 dates take six digits. */
export const MAX_CLOCK_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Why the clock cannot advance by `ms` from `now`: past {@link MAX_CLOCK_MS}; undefined when it can. */
export function pastLatest(ms: number, now: number): string | undefined {
  if (now + ms <= MAX_CLOCK_MS) return undefined;
  return `the clock goes no later than ${new Date(MAX_CLOCK_MS).toISOString()} and is at ${new Date(now).toISOString()}, so it can advance at most ${Math.max(0, MAX_CLOCK_MS - now)} ms more`;
}

/**
 * Throws unless `ms` is a number of milliseconds `advance` accepts (from `now`, when given: the clock does
 * not pass {@link MAX_CLOCK_MS}).
 */
export function checkAdvance(ms: unknown, now?: number): asserts ms is number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS)
    throw new RangeError(
      `@kaicalls/mock: advance() takes 0 to ${MAX_ADVANCE_MS} milliseconds (ten years), got ${String(ms)}.`,
    );
  const late = now === undefined ? undefined : pastLatest(ms, now);
  if (late) throw new RangeError(`@kaicalls/mock: advance(${ms}) refused: ${late}.`);
}

export interface ClockOptions {
  /** Where the clock starts, in ms since the epoch. */
  start: number;
  /** Omit for a virtual clock; a number runs in real time multiplied by it. */
  speed?: number;
}

/** One turn of the event loop: setImmediate where there is one (a setTimeout(0) costs a millisecond or more). */
const tick = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

export function createClock({ start, speed }: ClockOptions): MockClock {
  const heap: Timer[] = [];
  const canceled = new Set<number>();
  let nextId = 1;
  let seq = 0;
  let virtualNow = start;
  let realStart = Date.now();
  let wake: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();

  /** Lets promise callbacks queued by timers run, then waits for tracked work (and the work it starts). */
  async function settle() {
    await tick();
    while (inFlight.size > 0) {
      await Promise.all(inFlight);
      await tick();
    }
  }

  /** How far a real-time clock was jumped forward by `advance`. */
  let jumped = 0;

  const now = () => (speed === undefined ? virtualNow : start + (Date.now() - realStart) * speed + jumped);

  const less = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  function push(timer: Timer) {
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }
  function pop(): Timer | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
  function peek(): Timer | undefined {
    while (heap.length > 0 && canceled.has(heap[0]!.id)) canceled.delete(pop()!.id);
    return heap[0];
  }

  /** Runs every timer due at or before `until`, advancing virtual time to each as it fires. */
  function runDue(until: number) {
    for (let timer = peek(); timer && timer.at <= until; timer = peek()) {
      pop();
      if (speed === undefined) virtualNow = Math.max(virtualNow, timer.at);
      timer.fn();
    }
  }

  function schedule() {
    if (speed === undefined || stopped) return;
    if (wake) clearTimeout(wake);
    const next = peek();
    if (!next) return;
    // setTimeout takes at most 2^31 - 1 ms (24.8 days) and fires at once beyond it: wake then and look again.
    const delay = Math.min(Math.max(0, (next.at - now()) / speed), 2 ** 31 - 1);
    wake = setTimeout(() => {
      wake = undefined;
      runDue(now());
      schedule();
    }, delay);
    // A server's pending timers must not keep a finished test process alive.
    (wake as { unref?: () => void }).unref?.();
  }

  function set(at: number, fn: () => void, owner: ClockScope | undefined) {
    const id = nextId++;
    push({ id, at, seq: seq++, fn, owner });
    schedule();
    return id;
  }

  const clock: MockClock = {
    speed,
    start,
    now,
    at(at, fn) {
      return set(at, fn, undefined);
    },
    after(ms, fn) {
      return clock.at(now() + ms, fn);
    },
    cancel(id) {
      if (id > 0) canceled.add(id);
    },
    async advance(ms) {
      checkAdvance(ms, now());
      if (speed !== undefined) {
        // A server's CI job cannot wait two hours for a webhook retry: jump, then fire what fell due. The
        // attempts those steps start run on by themselves (real time: each has its own timeout).
        jumped += ms;
        runDue(now());
        schedule();
        await tick();
        return;
      }
      const until = virtualNow + ms;
      runDue(until);
      virtualNow = until;
      // Let promise callbacks queued by the timers (webhook deliveries) settle.
      await settle();
    },
    async runUntilIdle({ limitMs = 7 * 24 * 3600_000 } = {}) {
      if (speed !== undefined)
        throw new Error('@kaicalls/mock: runUntilIdle() needs the virtual clock (omit `speed`).');
      const limit = virtualNow + limitMs;
      for (let next = peek(); next && next.at <= limit; next = peek()) {
        runDue(next.at);
        await settle();
      }
    },
    pending() {
      return heap.length - canceled.size;
    },
    track(work) {
      const forget = () => {
        inFlight.delete(done);
      };
      const done: Promise<void> = work.then(forget, forget);
      inFlight.add(done);
    },
    toRealMs(ms) {
      return speed === undefined ? ms : ms / speed;
    },
    stop() {
      stopped = true;
      if (wake) clearTimeout(wake);
    },
    rewind() {
      heap.length = 0;
      canceled.clear();
      virtualNow = start;
      realStart = Date.now();
      jumped = 0;
      schedule();
    },
    scope() {
      let disposed = false;
      const scope: ClockScope = {
        ...clock,
        // A disposed scope sets no timer: 0 is an id no timer has, so canceling it is harmless.
        at: (at, fn) => (disposed ? 0 : set(at, fn, scope)),
        after: (ms, fn) => scope.at(now() + ms, fn),
        dispose() {
          disposed = true;
          for (const timer of heap) if (timer.owner === scope) canceled.add(timer.id);
          schedule();
        },
      };
      return scope;
    },
  };
  return clock;
}
