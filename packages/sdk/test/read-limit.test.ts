// src/core/read-limit.ts: stream opens wait for room in the key's read limit as the responses tell it.
import { describe, expect, it } from 'vitest';
import { ReadLimiter } from '../src/core/read-limit.js';

const headers = (remaining: number, reset: number, limit = 300) =>
  new Headers({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
  });

/** Starts `n` acquisitions; `passed()` says how many have resolved so far. */
function burst(limiter: ReadLimiter, n: number) {
  let count = 0;
  const all = Array.from({ length: n }, () => limiter.acquire().then(() => void count++));
  return { passed: () => count, all: Promise.all(all) };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ReadLimiter', () => {
  it('holds a burst to the limit before any response, leaving 5 % to other reads', async () => {
    const limiter = new ReadLimiter();
    const { passed } = burst(limiter, 1_000);
    await tick();
    expect(passed()).toBe(285);
  });

  it('a response from a new window lets the queue go on, as far as that window has room', async () => {
    const limiter = new ReadLimiter();
    limiter.observe(headers(20, 1_000)); // a server clock far from ours: 1970
    const { passed } = burst(limiter, 100);
    await tick();
    expect(passed()).toBe(5); // 20 left, 15 kept back
    limiter.observe(headers(299, 1_060));
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the head of the queue was probing
    expect(passed()).toBe(100);
  });

  it('sleeps until the window resets when the server’s clock agrees with ours', async () => {
    const limiter = new ReadLimiter();
    const reset = Math.ceil(Date.now() / 1000) + 1;
    limiter.observe(headers(15, reset));
    const started = Date.now();
    await limiter.acquire();
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
    expect(Date.now() - started).toBeLessThan(2_200);
  });

  it('an abort leaves the queue', async () => {
    const limiter = new ReadLimiter();
    limiter.observe(headers(0, Math.ceil(Date.now() / 1000) + 30));
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
