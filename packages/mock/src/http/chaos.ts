// Injected faults so customers can test their retry logic: latency, a rate of 5xx or 429 answers, streams
// cut mid-way, and a per-request `X-Mock-Scenario` header that forces one.
import type { Core } from '../core/context.js';
import type { Random } from '../core/random.js';
import { MockError } from './errors.js';
import type { IncomingRequest } from './pipeline.js';
import type { SseBody } from './sse.js';

/**
 * The request header that forces one fault on one request, whatever the chaos options; its value is one of
 * {@link SCENARIOS}.
 * @example
 * // Every retry carries the header too: without maxRetries: 0 the SDK retries into the same fault.
 * await kai.calls.list({}, { maxRetries: 0, headers: { [SCENARIO_HEADER]: '503' } }); // InternalServerError
 */
export const SCENARIO_HEADER = 'x-mock-scenario';
/**
 * The faults {@link SCENARIO_HEADER} can force: `500`, `503` (with `Retry-After: 1`), `429` (rate limited,
 * retry after 1 s), `408`, `409-lock` (a lock conflict to retry), `timeout` (answers after 30 s) and
 * `500-after` (the request is processed, then its response is lost: the idempotency test), and
 * `stream-cut` (a stream's connection drops right after its first event, without the stream's end; other
 * operations answer as usual). A client that reconnects with the header again gets one more event per
 * connection: the stream is dropped at every point of the timeline.
 */
export const SCENARIOS = [
  '500',
  '503',
  '429',
  '408',
  '409-lock',
  'timeout',
  '500-after',
  'stream-cut',
] as const;
/** One of {@link SCENARIOS}. */
export type Scenario = (typeof SCENARIOS)[number];

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function fault(scenario: Exclude<Scenario, '500-after' | 'timeout' | 'stream-cut'>, ctx: Core): MockError {
  switch (scenario) {
    case '500':
      return new MockError('internal_error', 'Injected fault (chaos): internal error. Retry with backoff.');
    case '503':
      return new MockError(
        'internal_error',
        'Injected fault (chaos): service unavailable. Retry with backoff.',
        undefined,
        { 'retry-after': '1' },
        503,
      );
    case '429': {
      const reset = Math.ceil(ctx.clock.now() / 1000) + 1;
      return new MockError(
        'rate_limited',
        'Injected fault (chaos): rate limited. Retry after 1 second.',
        undefined,
        {
          'retry-after': '1',
          'x-ratelimit-limit': '300',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      );
    }
    case '408':
      return new MockError(
        'internal_error',
        'Injected fault (chaos): request timeout. Retry.',
        undefined,
        {},
        408,
      );
    case '409-lock':
      return new MockError(
        'resource_locked',
        'Injected fault (chaos): another request holds a lock on this resource. Retry.',
        undefined,
        {},
        409,
      );
  }
}

/**
 * Applies chaos to a request before it is processed. Returns `'after'` when the request must be processed
 * and its response then replaced by a 500 (a lost response), `'stream-cut'` when a stream it answers must be
 * cut after its first event; throws the fault otherwise.
 */
export async function applyChaos(
  ctx: Core,
  random: Random,
  request: IncomingRequest,
): Promise<'after' | 'stream-cut' | undefined> {
  const { chaos } = ctx.options;
  const latency = chaos.latencyMs;
  if (latency !== undefined) {
    const ms = Array.isArray(latency) ? latency[0] + random.next() * (latency[1] - latency[0]) : latency;
    if (ms > 0) await sleep(ms, request.signal);
  }
  const forced = request.headers.get(SCENARIO_HEADER);
  if (forced !== null) {
    if (!(SCENARIOS as readonly string[]).includes(forced)) {
      throw new MockError(
        'invalid_request',
        `Unknown ${SCENARIO_HEADER} "${forced}". Use one of: ${SCENARIOS.join(', ')}.`,
        SCENARIO_HEADER,
      );
    }
    const scenario = forced as Scenario;
    if (scenario === '500-after') return 'after';
    if (scenario === 'stream-cut') return 'stream-cut';
    if (scenario === 'timeout') {
      await sleep(30_000, request.signal);
      return undefined;
    }
    throw fault(scenario, ctx);
  }
  const after = chaos.phase === 'after';
  if (chaos.errorRate && random.next() < chaos.errorRate) {
    if (after) return 'after';
    throw fault(random.next() < 0.5 ? '500' : '503', ctx);
  }
  if (chaos.rateLimitRate && random.next() < chaos.rateLimitRate) throw fault('429', ctx);
  return undefined;
}

/**
 * When a stream's connection is to be dropped: after its first event (`stream-cut`), after each event with
 * the chance `rate` (`chaos.streamCutRate`), or never (undefined).
 */
export function streamCut(
  verdict: 'after' | 'stream-cut' | undefined,
  rate: number | undefined,
  random: Random,
): (() => boolean) | undefined {
  if (verdict === 'stream-cut') return () => true;
  if (rate) return () => random.next() < rate;
  return undefined;
}

/** `body`, with its connection dropped after an event (one with an id: not `ready`, not `end`) when `cut()`. */
export function cutting(body: SseBody, cut: () => boolean): SseBody {
  return {
    open(sink) {
      return body.open({
        send(message) {
          sink.send(message);
          if (message.id !== undefined && !sink.closed && cut()) sink.cut();
        },
        comment: (text) => sink.comment(text),
        end: () => sink.end(),
        cut: () => sink.cut(),
        get closed() {
          return sink.closed;
        },
      });
    },
  };
}
