// Idempotency-Key: the same key with the same body replays the first response; with another body it is
// 409 idempotency_conflict; while the first request with the key is still being processed, a second one is
// 409 idempotency_in_progress (retry later with the same key, as the SDK does); required where the spec
// requires it. Keys are scoped to the API key and the operation, and kept for 24 hours of mock time.
import type { Clock } from '../core/clock.js';
import { Collection } from '../core/collection.js';
import { MockError } from './errors.js';
import type { MockRequest, MockResult } from './pipeline.js';

const TTL_MS = 24 * 3600_000;

/** A kept response: a copy, so that a replay answers what the first request answered, as it was then. */
export interface IdempotencyEntry {
  fingerprint: string;
  result: MockResult;
  expiresAt: number;
}

export interface IdempotencyStore {
  clock: Clock;
  /** By API key id, operation id and Idempotency-Key; reports its changes (the state file keeps them). */
  entries: Collection<IdempotencyEntry>;
  /** The bodies of requests being processed, so that a concurrent retry is refused instead of running twice. */
  inFlight: Map<string, string>;
}

export function createIdempotencyStore(clock: Clock): IdempotencyStore {
  return { clock, entries: new Collection(), inFlight: new Map() };
}

export async function idempotent(
  store: IdempotencyStore,
  request: MockRequest,
  run: () => MockResult | Promise<MockResult>,
): Promise<MockResult> {
  const mode = request.operation.idempotency;
  if (mode === 'none') return run();
  const key = request.headers.get('idempotency-key');
  if (key === null) {
    if (mode === 'required') {
      throw new MockError(
        'invalid_request',
        `${request.operation.method} ${request.operation.path} requires an Idempotency-Key header (a UUID is ideal), so that a retried request never acts twice.`,
        'Idempotency-Key',
      );
    }
    return run();
  }
  const id = `${request.key.record.id}:${request.operation.operationId}:${key}`;
  const fingerprint = JSON.stringify(request.body ?? null);
  const pending = store.inFlight.get(id);
  if (pending !== undefined) {
    if (pending !== fingerprint) throw conflict(key);
    throw new MockError(
      'idempotency_in_progress',
      `A request with Idempotency-Key ${key} is still being processed. Retry with the same key in a moment: it will get that request's response.`,
      'Idempotency-Key',
    );
  }
  const now = store.clock.now();
  const previous = store.entries.get(id);
  if (previous && previous.expiresAt > now) {
    if (previous.fingerprint !== fingerprint) throw conflict(key);
    return { ...previous.result, headers: { ...previous.result.headers, 'idempotency-replayed': 'true' } };
  }
  store.inFlight.set(id, fingerprint);
  try {
    const result = await run();
    store.entries.set(id, { fingerprint, result: structuredClone(result), expiresAt: now + TTL_MS });
    return result;
  } finally {
    store.inFlight.delete(id);
  }
}

function conflict(key: string): MockError {
  return new MockError(
    'idempotency_conflict',
    `Idempotency-Key ${key} was already used with a different request body. Use a new key for a new request.`,
    'Idempotency-Key',
  );
}
