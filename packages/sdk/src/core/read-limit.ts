// The key's read limit as the client last saw it (`X-RateLimit-Remaining` and `-Reset` of every read's
// response), so that a burst of stream opens (a thousand `calls.wait` with `onEvent`, one call stream each)
// is spaced within the limit instead of being answered 429. Opens wait their turn in order; while the
// window has room they pass at once. A few requests of each window are left to the client's other reads.
import { RATE_LIMITS } from '@kaicalls/contract/facts';
import { sleep } from './retry.js';

const WINDOW_MS = RATE_LIMITS.default.windowSeconds * 1000;
/** The first wait for a window's end when the server's clock is not ours (then doubling, up to the window). */
const PROBE_MS = 1_000;
/** Past the window's end, in case the server's clock is a little behind ours. */
const MARGIN_MS = 50;

export class ReadLimiter {
  #limit: number = RATE_LIMITS.default.requests;
  /**
   * Reads left in the window, counting opens sent but not yet answered. Until a response says, the whole
   * limit of the spec: a burst before the first answer is held to it too.
   */
  #remaining: number = RATE_LIMITS.default.requests;
  /** The window's end, in the server's Unix seconds (`X-RateLimit-Reset`). */
  #reset = 0;
  #probes = 0;
  /** Opens let through whose response has not come: a new window's count may not include them yet. */
  #inflight = 0;
  #tail: Promise<void> = Promise.resolve();

  /** Reads left in the window that opens leave to other requests. */
  get #reserve(): number {
    return Math.max(2, Math.ceil(this.#limit * 0.05));
  }

  /**
   * Takes in a read's rate-limit headers; `opened`: the response of an open this limiter let through
   * (undefined headers: that open got no response).
   */
  observe(headers: Headers | undefined, opened = false): void {
    if (opened) this.#inflight = Math.max(0, this.#inflight - 1);
    const remaining = Number(headers?.get('x-ratelimit-remaining') ?? Number.NaN);
    if (!headers || !Number.isFinite(remaining)) return;
    const limit = Number(headers.get('x-ratelimit-limit'));
    if (limit > 0) this.#limit = limit;
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (reset > this.#reset) {
      this.#reset = reset;
      // The opens still on their way may land in this window after this response was counted.
      this.#remaining = remaining - this.#inflight;
    } else {
      this.#remaining = Math.min(this.#remaining, remaining);
    }
    if (this.#remaining > this.#reserve) {
      this.#probes = 0;
      this.#wake?.();
    }
  }

  /** Ends the head of the queue's wait early: a response showed room (a probe's, or another read's). */
  #wake: (() => void) | undefined;

  /** Sleeps `ms`, or less if a response shows room meanwhile. */
  async #pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    const woken = new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const nap = sleep(ms, controller.signal);
      nap.catch(() => {}); // ended by the `finally` below once woken
      await Promise.race([nap, woken]);
    } finally {
      this.#wake = undefined;
      signal?.removeEventListener('abort', onAbort);
      controller.abort();
    }
  }

  /** Resolves when one more read fits in the window (at once while it has room); rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.#tail.then(() => this.#take(signal));
    this.#tail = turn.catch(() => {});
    return turn;
  }

  async #take(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      if (this.#remaining > this.#reserve) {
        this.#remaining--;
        this.#inflight++;
        return;
      }
      const untilReset = this.#reset * 1000 - Date.now();
      if (untilReset > 0 && untilReset <= WINDOW_MS) {
        // Our clock agrees with the server's: sleep to the window's end, then it is full again.
        await sleep(untilReset + MARGIN_MS, signal);
        this.#remaining = this.#limit;
        continue;
      }
      if (this.#remaining <= 0) {
        // Nothing left to learn with: a whole window is sure to have turned.
        await sleep(WINDOW_MS, signal);
        this.#remaining = this.#limit;
        continue;
      }
      // The server's clock is not ours (a sped-up mock, a skewed clock): wait, then let one read through
      // (from the reserve) to learn whether the window turned; waits double while it has not.
      await this.#pause(Math.min(PROBE_MS * 2 ** this.#probes++, WINDOW_MS), signal);
      if (this.#remaining > this.#reserve) continue;
      this.#remaining--;
      this.#inflight++;
      return;
    }
  }
}
