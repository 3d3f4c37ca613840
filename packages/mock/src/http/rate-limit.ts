// Per-key fixed one-minute windows on the mock's clock: 60 call creations and 300 other requests a minute
// (the API's published limits). Every response carries X-RateLimit-*; a 429 carries Retry-After.
import type { Clock } from '../core/clock.js';
import type { Operation } from '../generated/operations.js';
import { MockError } from './errors.js';

/**
 * The per-key rate limits the mock enforces (unless `rateLimit: false`), in requests per minute-long window.
 * @see spec/openapi.yaml, whose introduction states them.
 */
export const LIMITS = {
  /** Calls created (`createCall`) a minute per key. */
  createCall: 60,
  /** Every other request a minute per key. */
  default: 300,
} as const;
const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Counts a request and returns its headers; throws 429 when the window is used up. */
  take(keyId: string, operation: Operation): Record<string, string>;
  /** The headers of the key's current window, without counting a request. */
  peek(keyId: string, operation: Operation): Record<string, string>;
  reset(): void;
}

export function createRateLimiter(clock: Clock, enabled: boolean): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(keyId, operation) {
      const bucket = operation.operationId === 'createCall' ? 'createCall' : 'default';
      const limit = LIMITS[bucket];
      const now = clock.now();
      const start = now - (now % WINDOW_MS);
      const id = `${keyId}:${bucket}`;
      let window = windows.get(id);
      if (!window || window.start !== start) {
        window = { start, count: 0 };
        windows.set(id, window);
      }
      const reset = Math.ceil((start + WINDOW_MS) / 1000);
      const headers = {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.count - 1)),
        'x-ratelimit-reset': String(reset),
      };
      if (enabled && window.count >= limit) {
        const retryAfter = Math.max(1, Math.ceil(clock.toRealMs(start + WINDOW_MS - now) / 1000));
        throw new MockError(
          'rate_limited',
          `Too many requests: ${limit} ${bucket === 'createCall' ? 'call creations' : 'requests'} a minute per key. Retry after ${retryAfter} seconds.`,
          undefined,
          { ...headers, 'x-ratelimit-remaining': '0', 'retry-after': String(retryAfter) },
        );
      }
      window.count++;
      return headers;
    },
    peek(keyId, operation) {
      const bucket = operation.operationId === 'createCall' ? 'createCall' : 'default';
      const limit = LIMITS[bucket];
      const now = clock.now();
      const start = now - (now % WINDOW_MS);
      const window = windows.get(`${keyId}:${bucket}`);
      const used = window && window.start === start ? window.count : 0;
      return {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - used)),
        'x-ratelimit-reset': String(Math.ceil((start + WINDOW_MS) / 1000)),
      };
    },
    reset() {
      windows.clear();
    },
  };
}
