// createMock: the whole mock in-process: msw handlers, the clock, the state, recorded webhook attempts. The
// mock keeps what outlives a reset (the clock, the routes, request ids, `onEvent` listeners) and swaps its
// runtime (./runtime.ts: the state and every service acting on it) for a fresh one at each `reset()`.
import { PRODUCTION_BASE_URL } from '@kaicalls/contract/facts';
import type { RequestHandler } from 'msw';
import { type Clock, createClock, MAX_CLOCK_MS } from './core/clock.js';
import type { EventListener, Fixtures, MockContext, MockOptions, ResolvedOptions } from './core/context.js';
import { createRandom } from './core/random.js';
import type { Schemas, State, WebhookAttempt } from './core/state.js';
import { type InboundCallOptions, simulateInboundCall } from './engine/inbound.js';
import { issueKey, TEST_API_KEY } from './http/auth.js';
import type { RequestFilter, RequestRecord } from './http/journal.js';
import type { Pipeline } from './http/pipeline.js';
import { createRoutes, type Route } from './http/routes.js';
import { loadFixtures, validateFixtures } from './resources/fixtures.js';
import { resources } from './resources/index.js';
import { createRuntime, type Runtime, seedRuntime } from './runtime.js';
import { DEFAULT_HEARTBEAT_MS } from './streams/hub.js';
import { TEST_WEBHOOK_SECRET } from './webhooks/delivery.js';

/** Builds the msw handlers of the routes (index.ts passes msw's; the server passes none and never loads msw). */
export type HandlerFactory = (routes: readonly Route[], baseUrl: string) => RequestHandler[];

/** Where the mock's msw handlers answer unless `baseUrl` is given: the SDK's default base URL. */
export const DEFAULT_BASE_URL: string = PRODUCTION_BASE_URL;
/** Monday 2026-02-16 15:00 UTC: inside a US business day, so runs dispatch at once. */
export const DEFAULT_START = Date.parse('2026-02-16T15:00:00Z');

/**
 * A stateful mock of the KaiCalls API, made by `createMock` (or behind `startMockServer`): msw handlers, the
 * clock that plays calls, the state, and the webhooks it sent.
 * @example
 * const mock = createMock();
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const kai = new KaiCalls({ apiKey: mock.testKey });
 * const agentId = mock.state.agents.keys().next().value!;
 * await kai.calls.create({ agentId, to: '+15005550100' }); // a magic number: answered, books an appointment
 * await mock.clock.runUntilIdle();
 */
export interface Mock {
  /** The msw handlers: `setupServer(...mock.handlers)`. */
  readonly handlers: RequestHandler[];
  /** The clock that plays timelines, retries and rate-limit windows; virtual unless `speed` was given. */
  readonly clock: Clock;
  /** A key with every scope (`*`). */
  readonly testKey: string;
  /** The data, by resource (wire format); replaced by `reset()`. */
  readonly state: State;
  /** Emit events, listen to them, make ids: a view of the current state that follows `reset()`. */
  readonly context: MockContext;
  /** The routes behind the handlers (the server dispatches on them). */
  readonly routes: Route[];
  /**
   * Mints a narrower key. Returns its id and its secret.
   * @example const { key } = await mock.createKey({ scopes: ['calls:read'] });
   */
  createKey(input: {
    /** A label for the key. */
    name?: string | undefined;
    /** The scopes it grants (`calls:read`, ...; `*` for all). */
    scopes: string[];
    /** When it stops working (ISO 8601); never by default. */
    expiresAt?: string | undefined;
  }): Promise<{
    /** The key's id (`key_...`). */
    id: string;
    /** The secret to pass as `apiKey`. */
    key: string;
  }>;
  /**
   * Forgets everything, returns the clock to where it started and seeds the fixtures again (same seed, same
   * data); the test key keeps working.
   * @example
   * afterEach(() => mock.reset());
   */
  reset(): Promise<void>;
  /**
   * Simulates a customer calling one of the business's numbers. Answered (the default): a conversation,
   * then `call.completed`, the transcript, the analysis and what follows. Missed (`answered: false`): the
   * call rings out as `no-answer` with `call.missed`, plus `voicemail.received` when `voicemail` is true.
   * Returns the call as it is at once (ringing); advance the clock to play the rest.
   * @example
   * const call = mock.simulateInboundCall({ from: '+15125559876', answered: false, voicemail: true });
   * await mock.clock.runUntilIdle();
   */
  simulateInboundCall(options: InboundCallOptions): Schemas['Call'];
  /**
   * Every webhook request the mock sent (or tried to send), oldest first: the URL, the signed headers, the
   * raw body, the endpoint's status (null when unreachable), the delivery and event ids, the attempt number.
   * One delivery (`GET /v1/event-deliveries/{id}`) has one attempt here per try.
   * @example
   * await mock.clock.runUntilIdle();
   * expect(mock.webhookAttempts.map((a) => a.eventType)).toContain('call.completed');
   */
  readonly webhookAttempts: readonly WebhookAttempt[];
  /**
   * The same list as {@link Mock.webhookAttempts}: attempts, not deliveries.
   * @deprecated Use `mock.webhookAttempts`; this name stays as an alias.
   * @example
   * expect(mock.deliveries).toBe(mock.webhookAttempts);
   */
  readonly deliveries: readonly WebhookAttempt[];
  /**
   * Every request the mock received since it started (or was reset), oldest first, accepted or rejected:
   * method, path, operation, status, request id, the key's id (never the key), body and time. Pass a
   * filter to select some; every field given must match.
   * @example
   * await kai.calls.create({ agentId, to: '+15005550100' });
   * expect(mock.requests({ operationId: 'createCall' })).toHaveLength(1);
   * expect(mock.requests({ status: 401 })).toEqual([]);
   */
  requests(filter?: RequestFilter): RequestRecord[];
  /**
   * Empties the request journal (`mock.requests()`), e.g. between the steps of a test.
   * @example
   * mock.clearRequests();
   */
  clearRequests(): void;
  /**
   * Loads records (wire format, validated against the spec's schemas) into the current state; throws a
   * `MockError` (400 `invalid_request`) naming the first bad record, and then loads nothing. A `reset()`
   * forgets them (fixtures given to `createMock` are loaded again).
   * @example
   * mock.loadFixtures({ leads: [{ ...mock.state.leads.values().next().value!, id: 'lead_Fixture01' }] });
   */
  loadFixtures(fixtures: Fixtures): void;
  /** Signs deliveries to a call's own `webhook_url` (subscriptions have their own secrets). */
  readonly webhookSecret: string;
  /** Resolves once fixtures are seeded and the test key is registered. */
  readonly ready: Promise<void>;
}

function resolveOptions(options: MockOptions): ResolvedOptions {
  const now = options.now;
  const start = now === undefined ? DEFAULT_START : typeof now === 'number' ? now : new Date(now).getTime();
  if (!Number.isFinite(start) || Math.abs(start) > 8.64e15)
    throw new RangeError(`@kaicalls/mock: now must be a valid date, got ${String(now)}.`);
  if (start > MAX_CLOCK_MS)
    throw new RangeError(
      `@kaicalls/mock: now must be at most ${new Date(MAX_CLOCK_MS).toISOString()}, where the clock ends (it could not advance), got ${new Date(start).toISOString()}.`,
    );
  const concurrency = options.webhooks?.concurrency ?? (options.speed === undefined ? 1 : 8);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(
      `@kaicalls/mock: webhooks.concurrency must be a whole number ≥ 1, got ${concurrency}.`,
    );
  const heartbeat = options.streams?.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  if (typeof heartbeat !== 'number' || !(heartbeat >= 10 && heartbeat <= 3_600_000))
    throw new RangeError(
      `@kaicalls/mock: streams.heartbeatMs must be from 10 to 3600000 milliseconds, got ${String(heartbeat)}.`,
    );
  if (options.fixtures !== undefined) {
    try {
      validateFixtures(options.fixtures);
    } catch (error) {
      throw new Error(`@kaicalls/mock: ${(error as Error).message}`);
    }
  }
  return {
    seed: options.seed ?? 1,
    speed: options.speed,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    rateLimit: options.rateLimit ?? true,
    chaos: options.chaos ?? {},
    webhookFetch: options.webhooks?.fetch,
    webhookTimeoutMs: options.webhooks?.timeoutMs,
    webhookTimestamps: options.webhooks?.timestamps ?? 'wall-clock',
    webhookConcurrency: concurrency,
    streamHeartbeatMs: heartbeat,
    uniqueIds: options.uniqueIds ?? false,
    fixtures: options.fixtures,
    start,
  };
}

/** A mock and the runtime behind it, for the code that composes one (the server, benchmarks, tests). */
export interface BuiltMock {
  mock: Mock;
  /** The current runtime: a fresh one after every `mock.reset()`. */
  runtime(): Runtime;
}

/**
 * Creates a stateful mock of the KaiCalls API.
 * @example
 * const mock = createMock();
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const kai = new KaiCalls({ apiKey: mock.testKey });
 */
export function createMock(options: MockOptions = {}, handlerFactory?: HandlerFactory): Mock {
  return buildMock(options, handlerFactory).mock;
}

/** `createMock`, also handing back access to its current runtime. */
export function buildMock(options: MockOptions = {}, handlerFactory?: HandlerFactory): BuiltMock {
  const resolved = resolveOptions(options);
  const clock = createClock({
    start: resolved.start,
    ...(resolved.speed === undefined ? {} : { speed: resolved.speed }),
  });
  const observers: EventListener[] = [];
  let runtime = createRuntime(resolved, clock.scope(), observers);
  const ready = seedRuntime(runtime);

  // What outlives a reset: `mock.context` reads through to the current runtime.
  const context: MockContext = {
    options: resolved,
    clock,
    get random() {
      return runtime.random;
    },
    get state() {
      return runtime.state;
    },
    id: (prefix) => runtime.id(prefix),
    iso: (ms) => runtime.iso(ms),
    emit: (type, data, emitOptions) => runtime.emit(type, data, emitOptions),
    onEvent(listener) {
      observers.push(listener);
    },
  };

  // Request ids outlive resets; with `uniqueIds` they never repeat across processes either.
  const requestSalt = resolved.uniqueIds ? crypto.getRandomValues(new Uint32Array(1))[0]! : 0;
  const requestRandom = createRandom((resolved.seed ^ 0x5eed ^ requestSalt) >>> 0);
  const pipeline: Pipeline = {
    runtime: () => runtime,
    nextRequestId: () => `req_${requestRandom.token(16)}`,
    chaosRandom: createRandom(resolved.seed ^ 0xc4a05),
  };
  const routes = createRoutes(pipeline, resources);
  let handlers: RequestHandler[] | undefined;

  const mock: Mock = {
    get handlers() {
      if (!handlerFactory) {
        throw new Error(
          '@kaicalls/mock: this mock serves over HTTP (startMockServer) and has no msw handlers. For setupServer, use createMock from "@kaicalls/mock".',
        );
      }
      handlers ??= handlerFactory(routes, resolved.baseUrl);
      return handlers;
    },
    clock,
    testKey: TEST_API_KEY,
    get state() {
      return runtime.state;
    },
    context,
    routes,
    get webhookAttempts() {
      return runtime.state.webhookAttempts;
    },
    get deliveries() {
      return runtime.state.webhookAttempts;
    },
    webhookSecret: TEST_WEBHOOK_SECRET,
    ready,
    requests(filter) {
      return runtime.journal.list(filter);
    },
    clearRequests() {
      runtime.journal.clear();
    },
    loadFixtures(fixtures) {
      loadFixtures(runtime, fixtures);
    },
    async createKey({ name, scopes, expiresAt }) {
      await ready;
      const { record, secret } = await issueKey(runtime, {
        ...(name ? { name } : {}),
        scopes,
        expires_at: expiresAt ?? null,
      });
      return { id: record.id, key: secret };
    },
    simulateInboundCall(inbound) {
      return simulateInboundCall(runtime, runtime.engine, inbound);
    },
    async reset() {
      runtime.dispose();
      clock.rewind();
      runtime = createRuntime(resolved, clock.scope(), observers);
      await seedRuntime(runtime);
    },
  };
  return { mock, runtime: () => runtime };
}
