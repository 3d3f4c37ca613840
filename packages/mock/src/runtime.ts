// The composition root of one mock state: the runtime that `createMock` builds at start and again at every
// `reset()`. It owns the clock's timers it sets, the state, the event bus, the timeline engine, the run
// dispatcher and the webhook deliveries, and passes itself to every resolver and service. Every
// subscription to the bus is made below, in `createRuntime`: to learn who reacts to an event, grep this
// file for its channel (`'call.ended'`, ...). Record changes are a second, lower channel: the list indexes
// (`core/list-index.ts`) and the analytics tallies (`core/call-tallies.ts`), both built here, and the state
// file's journal (`server/state-journal.ts`) follow `Collection.onChange` / `onChangeId` to stay equal to
// the records; none of them emits or changes state, so what reacts to an event is still only here.
import { createBus } from './core/bus.js';
import { CallTallies } from './core/call-tallies.js';
import type { ClockScope } from './core/clock.js';
import type { Core, EventListener, MockEvent, ResolvedOptions, RuntimeEvents } from './core/context.js';
import { createIndexes, type Indexes } from './core/indexes.js';
import { createRandom } from './core/random.js';
import { createState } from './core/state.js';
import { Dispatcher } from './engine/dispatcher.js';
import { Engine } from './engine/engine.js';
import { isoOf } from './engine/time.js';
import { issueKey, TEST_API_KEY } from './http/auth.js';
import { createIdempotencyStore, type IdempotencyStore } from './http/idempotency.js';
import { createJournal, type Journal } from './http/journal.js';
import { createRateLimiter, type RateLimiter } from './http/rate-limit.js';
import { loadFixtures } from './resources/fixtures.js';
import { resources } from './resources/index.js';
import { createStreamHub, type StreamHub } from './streams/hub.js';
import { createDeliveries, type Deliveries } from './webhooks/delivery.js';

/** One mock state and the services that act on it, as every resolver receives it. */
export interface Runtime extends Core {
  readonly clock: ClockScope;
  /** What analytics count, kept per minute, hour and day as calls change. */
  readonly tallies: CallTallies;
  /** The timeline engine: plays each call's script on the clock. */
  readonly engine: Engine;
  /** Communication runs: dials their contacts through the engine. */
  readonly dispatcher: Dispatcher;
  /** Webhook deliveries and their retries. */
  readonly deliveries: Deliveries;
  /** Per-key rate-limit windows. */
  readonly limiter: RateLimiter;
  /** Responses kept by `Idempotency-Key`. */
  readonly idempotency: IdempotencyStore;
  /** Every request answered since this runtime began (`mock.requests()`). */
  readonly journal: Journal;
  /** The open Server-Sent Event streams: call timelines and the event log. */
  readonly streams: StreamHub;
  /**
   * Ends this runtime (`mock.reset()`): every timer it set is canceled, no further delivery attempt is
   * made, attempts in flight are discarded when they return, and every open stream ends.
   */
  dispose(): void;
}

/**
 * Builds a runtime on the mock's clock and wires its services; `seedRuntime` then fills its state.
 * @param observers the `mock.context.onEvent` listeners, kept by the mock across resets.
 */
export function createRuntime(
  options: ResolvedOptions,
  clock: ClockScope,
  observers: readonly EventListener[],
): Runtime {
  const bus = createBus<RuntimeEvents>();
  const random = createRandom(options.seed);
  const state = createState();
  // Cached: a burst stamps the same instants on many records, and they then share one string.
  const iso = (ms?: number) => isoOf(ms ?? clock.now());

  const core: Core = {
    options,
    clock,
    random,
    state,
    // Set just below: the indexes read records' owners through the core.
    indexes: undefined as unknown as Indexes,
    bus,
    idSalt: options.uniqueIds ? freshSalt() : 0,
    id: (prefix) => `${prefix}_${random.token(10)}`,
    iso,
    record(type, data, at) {
      const event = { id: core.id('evt'), type, created_at: iso(at), data } as MockEvent;
      state.events.set(event.id, event);
      // Stored compact (a call's data is a snapshot, ./core/event-log.ts); everyone else is given it plain.
      const stored = state.events.get(event.id)!;
      bus.emit('event.stored', stored);
      return stored;
    },
    emit(type, data, emitOptions = {}) {
      const event = core.record(type, data);
      bus.emit('event.emitted', event, emitOptions);
      return event;
    },
  };
  (core as { indexes: Indexes }).indexes = createIndexes(core);
  const engine = new Engine(core);
  const dispatcher = new Dispatcher(core, engine);
  const deliveries = createDeliveries(core);
  const streams = createStreamHub(core, engine, options.streamHeartbeatMs);

  // Every subscription of this runtime. The order is the order listeners run in.
  bus.on('event.emitted', (event, { webhookUrl }) => deliveries.fanOut(event, webhookUrl));
  bus.on('event.emitted', (event, emitOptions) => {
    for (const observer of observers) observer(event, emitOptions);
  });
  // A run's counters move before the call's terminal event, so they add up whenever anyone looks.
  bus.on('call.ended', (call) => dispatcher.callEnded(call));
  // Once the terminal event is out, the call's slot goes to the run's next contact.
  bus.on('call.settled', (call) => dispatcher.callSettled(call));
  // The streams follow the log and the timelines as they are written, before anything else looks.
  bus.on('event.stored', (event) => streams.stored(event));
  bus.on('timeline.appended', (event) => streams.appended(event));
  bus.on('timeline.finished', (call) => streams.finished(call));
  bus.on('call.settled', (call) => streams.settled(call));

  const runtime: Runtime = Object.assign(core, {
    clock,
    tallies: new CallTallies(state, core.indexes),
    engine,
    dispatcher,
    deliveries,
    limiter: createRateLimiter(clock, options.rateLimit),
    idempotency: createIdempotencyStore(clock),
    journal: createJournal(),
    streams,
    dispose() {
      clock.dispose();
      deliveries.dispose();
      streams.dispose();
    },
  });
  return runtime;
}

/** 32 bits from the platform's randomness (not the seed): what makes `uniqueIds` unique. */
function freshSalt(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! || 1;
}

/**
 * Seeds the fixtures of every resource, in order, registers the test key (async: keys are hashed) and loads
 * the `fixtures` option. With `uniqueIds`, ids minted from then on come from a salted stream: seeded records
 * keep the ids the seed gives them, what happens later never repeats an id of another process or reset.
 */
export async function seedRuntime(runtime: Runtime): Promise<void> {
  for (const resource of resources) resource.seed?.(runtime);
  await issueKey(runtime, { name: 'Mock test key', scopes: ['*'] }, TEST_API_KEY);
  if (runtime.options.fixtures) loadFixtures(runtime, runtime.options.fixtures);
  if (runtime.idSalt !== 0) {
    const salted = createRandom((runtime.options.seed ^ runtime.idSalt) >>> 0);
    runtime.id = (prefix) => `${prefix}_${salted.token(10)}`;
  }
}
