// Per-key fixed windows on the mock's clock, as the spec's `x-rate-limit` states them (60 call creations and
// 300 other requests a minute). Every response carries X-RateLimit-*; a 429 carries Retry-After.

import { RATE_LIMITS } from '@kaicalls/contract/facts';
import type { Operation } from '@kaicalls/contract/operations';
import type { Clock } from '../core/clock.js';
import { MockError } from './errors.js';

type Bucket = keyof typeof RATE_LIMITS;

/**
 * The per-key rate limits the mock enforces (unless `rateLimit: false`), in requests per window: `default`
 * for every operation without a limit of its own, else keyed by operationId.
 * @see spec/openapi.yaml `x-rate-limit`, at the root and on `createCall`.
 * @example
 * const res = await fetch('https://kaicalls.com/api/v1/leads', { headers: { authorization: `Bearer ${mock.testKey}` } });
 * res.headers.get('x-ratelimit-limit'); // String(LIMITS.default)
 */
export const LIMITS = Object.fromEntries(
  Object.entries(RATE_LIMITS).map(([bucket, limit]) => [bucket, limit.requests]),
) as { readonly [B in Bucket]: number };

const bucketOf = (operation: Operation | undefined): Bucket =>
  operation && operation.operationId in RATE_LIMITS ? (operation.operationId as Bucket) : 'default';
const windowMs = (bucket: Bucket) => RATE_LIMITS[bucket].windowSeconds * 1000;
const per = (bucket: Bucket) => {
  const seconds = RATE_LIMITS[bucket].windowSeconds;
  return seconds === 60 ? 'a minute' : `every ${seconds} seconds`;
};

export interface RateLimiter {
  /** Counts a request and returns its headers; throws 429 when the window is used up. */
  take(keyId: string, operation: Operation): Record<string, string>;
  /** The headers of the key's current window, without counting a request (the default bucket without an operation). */
  peek(keyId: string, operation?: Operation): Record<string, string>;
  reset(): void;
}

export function createRateLimiter(clock: Clock, enabled: boolean): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(keyId, operation) {
      const bucket = bucketOf(operation);
      const limit = LIMITS[bucket];
      const spanMs = windowMs(bucket);
      const now = clock.now();
      const start = now - (now % spanMs);
      const id = `${keyId}:${bucket}`;
      let window = windows.get(id);
      if (!window || window.start !== start) {
        window = { start, count: 0 };
        windows.set(id, window);
      }
      const reset = Math.ceil((start + spanMs) / 1000);
      const headers = {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.count - 1)),
        'x-ratelimit-reset': String(reset),
      };
      if (enabled && window.count >= limit) {
        const retryAfter = Math.max(1, Math.ceil(clock.toRealMs(start + spanMs - now) / 1000));
        throw new MockError(
          'rate_limited',
          `Too many requests: ${limit} ${bucket === 'createCall' ? 'call creations' : 'requests'} ${per(bucket)} per key. Retry after ${retryAfter} seconds.`,
          undefined,
          { ...headers, 'x-ratelimit-remaining': '0', 'retry-after': String(retryAfter) },
        );
      }
      window.count++;
      return headers;
    },
    peek(keyId, operation) {
      const bucket = bucketOf(operation);
      const limit = LIMITS[bucket];
      const spanMs = windowMs(bucket);
      const now = clock.now();
      const start = now - (now % spanMs);
      const window = windows.get(`${keyId}:${bucket}`);
      const used = window && window.start === start ? window.count : 0;
      return {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - used)),
        'x-ratelimit-reset': String(Math.ceil((start + spanMs) / 1000)),
      };
    },
    reset() {
      windows.clear();
    },
  };
}
