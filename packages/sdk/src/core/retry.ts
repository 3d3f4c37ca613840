import { RETRY_LATER_CODES } from '@kaicalls/contract/facts';
import { retryAfterSeconds } from './errors.js';

/** The longest `Retry-After` the SDK waits for by itself; beyond it the error is thrown for the caller to decide. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * The 409 codes that mean "busy, retry later" (the spec's `x-retry-later` on `ErrorCode`). Every other 409
 * (`conflict`, `idempotency_conflict`) fails the same way every time.
 */
const RETRY_LATER_CONFLICTS: ReadonlySet<string> = new Set(RETRY_LATER_CODES);

/**
 * Whether a failed response is worth another attempt: timeouts (408), a 409 whose code says to retry later
 * (a lock, an idempotent request still in flight), rate limits (429) and server errors (5xx).
 */
export function isRetryableStatus(status: number, code: string | null): boolean {
  if (status === 409) return code !== null && RETRY_LATER_CONFLICTS.has(code);
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... up to 8 s, each shortened by up to 25 %. */
export function backoffDelay(attempt: number, random = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return base * (1 - random() * 0.25);
}

/**
 * How long to wait before retrying after this response: what the server asked for (`Retry-After`, or
 * `X-RateLimit-Reset` on a 429), else the backoff. Null when the server asks for more than
 * `MAX_RETRY_AFTER_MS`: better to surface the error than to hang.
 */
export function retryDelay(status: number, headers: Headers, attempt: number): number | null {
  const asked =
    status === 429 || headers.has('retry-after')
      ? retryAfterSeconds(
          status === 429 ? headers : new Headers({ 'retry-after': headers.get('retry-after')! }),
        )
      : null;
  if (asked === null) return backoffDelay(attempt);
  const ms = asked * 1000;
  return ms > MAX_RETRY_AFTER_MS ? null : ms;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A signal that aborts when any of the given ones does, with that one's reason (`AbortSignal.any` is not in
 * every runtime this SDK supports). `dispose` detaches the listeners once the work is done.
 */
export function anySignal(signals: readonly (AbortSignal | undefined)[]): {
  signal: AbortSignal;
  dispose: () => void;
} {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    cleanups.push(() => signal.removeEventListener('abort', onAbort));
  }
  return {
    signal: controller.signal,
    dispose: () => {
      for (const cleanup of cleanups) cleanup();
    },
  };
}
