// What every part of the mock shares: options, clock, seeded randomness, state, and the event log. `Core`
// is what one runtime's services are built on (../runtime.ts adds the services); `MockContext` is the
// public view of it, `mock.context`, which follows the runtime across resets.
import type { Bus } from './bus.js';
import type { Clock } from './clock.js';
import type { Indexes } from './indexes.js';
import type { Random } from './random.js';
import type { Schemas, State } from './state.js';

export type EventType = Schemas['EventType'];
/**
 * An event as the mock stores and delivers it, on the wire (snake_case): the spec's `Event` union,
 * discriminated by `type`.
 */
export type MockEvent = Schemas['Event'];
export type EventData<T extends EventType> = Extract<MockEvent, { type: T }>['data'];

/**
 * Faults injected into the mock's answers, to test a client's retries and timeouts (`createMock({ chaos })`,
 * `startMockServer({ chaos })`). One request can also force a fault with the {@link SCENARIO_HEADER} header.
 * @example
 * const mock = createMock({ chaos: { errorRate: 0.2, latencyMs: [20, 80] } });
 */
export interface ChaosOptions {
  /** Added latency per request, in real ms: a fixed number or a [min, max] range. */
  latencyMs?: number | [number, number] | undefined;
  /** Fraction (0..1) of requests answered 500/503. */
  errorRate?: number | undefined;
  /** Fraction (0..1) of requests answered 429 with Retry-After. */
  rateLimitRate?: number | undefined;
  /**
   * Fraction (0..1) of the events sent on a stream (`GET /v1/calls/{id}/stream`, `GET /v1/events/stream`)
   * after which the connection is dropped, without the stream's end: a client must reconnect with
   * `Last-Event-ID` and lose nothing.
   */
  streamCutRate?: number | undefined;
  /** `before`: the request is not processed; `after`: it is processed, then the response is lost (default `before`). */
  phase?: 'before' | 'after' | undefined;
}

/**
 * Options of `createMock`; every one has a default, so `createMock()` is a complete mock.
 * @example
 * const mock = createMock({ seed: 42, rateLimit: false, now: '2026-03-02T14:00:00Z' });
 */
export interface MockOptions {
  /** Seeds ids, fixtures and timelines: the same seed gives the same data. Default 1. */
  seed?: number | undefined;
  /** Omit for a virtual clock (advance it yourself); a number runs in real time multiplied by it. */
  speed?: number | undefined;
  /** Where the handlers answer. Default `https://kaicalls.com/api`. */
  baseUrl?: string | undefined;
  /** Enforce the per-key rate limits (60 call creations and 300 other requests a minute). Default true. */
  rateLimit?: boolean | undefined;
  /** Injected faults for testing clients' retry logic. */
  chaos?: ChaosOptions | undefined;
  /** The Server-Sent Event streams (`GET /v1/calls/{id}/stream`, `GET /v1/events/stream`). */
  streams?:
    | {
        /**
         * Real milliseconds of silence after which a stream sends a heartbeat comment (`: heartbeat`),
         * whatever the clock's speed. Default 15000, as the spec says; the `ready` event announces it as
         * `heartbeat_seconds`, rounded up to a whole second (tests may use 50).
         */
        heartbeatMs?: number | undefined;
      }
    | undefined;
  /** Where webhooks go in-process. Default: an in-memory sink that answers 200. */
  webhooks?:
    | {
        /** Sends each signed delivery attempt (a test's handler, or real HTTP). Default: the in-memory sink. */
        fetch?: ((request: Request) => Promise<Response>) | undefined;
        /** How long an endpoint has to answer, in real milliseconds, before the attempt fails as `timeout`. Default 10000. */
        timeoutMs?: number | undefined;
        /**
         * What `webhook-timestamp` says. `'wall-clock'` (the default): the real time of the attempt, as Standard
         * Webhooks means it, so any receiver verifies with no options whatever the mock's clock says.
         * `'mock-clock'`: the attempt's time on the mock's clock, so that on the virtual clock every signature is
         * byte for byte the same on every run (snapshot tests; receivers must then verify at that time).
         */
        timestamps?: 'wall-clock' | 'mock-clock' | undefined;
        /**
         * Attempts in flight to one endpoint at most. Default 1 on the virtual clock (attempts go out one at a
         * time, in exact order), 8 on a real-time clock (an endpoint that hangs does not hold back its other
         * events).
         */
        concurrency?: number | undefined;
      }
    | undefined;
  /** When the clock starts. Default 2026-02-16T15:00:00Z (a Monday, inside a US call window). */
  now?: string | Date | number | undefined;
  /**
   * Mint the ids of what happens after seeding (calls, events, deliveries, requests) from fresh randomness,
   * so they never repeat across processes or resets; fixtures keep their seeded ids. Default false (the
   * same seed gives the same ids); the server turns it on unless both its seed and its start time are given.
   */
  uniqueIds?: boolean | undefined;
  /**
   * Records to load on top of the seeded fixtures, in the API's wire format (snake_case), validated against
   * the spec's schemas; loaded again after every `reset()`. A record with the id of a seeded one replaces it.
   * @example
   * createMock({ fixtures: { agents: [{ ...agent, id: 'agt_Support001', name: 'Support' }] } });
   */
  fixtures?: Fixtures | undefined;
}

/**
 * Records to load into the mock (`createMock({ fixtures })`, `--fixtures file.json`, `POST /_mock/fixtures`):
 * one array per collection, each record exactly as the API returns it (snake_case, every required field).
 * @example
 * const fixtures: Fixtures = {
 *   leads: [{ id: 'lead_Fixture01', business_id: 'biz_...', name: 'Ada Lovelace', phone: '+15125550142', ... }],
 * };
 */
export interface Fixtures {
  /** Agents (`Agent`); `business_id` must be a seeded business. */
  agents?: Schemas['Agent'][] | undefined;
  /** Phone numbers (`PhoneNumber`); `agent_id`, when set, must be an agent. */
  numbers?: Schemas['PhoneNumber'][] | undefined;
  /** Leads (`Lead`). */
  leads?: Schemas['Lead'][] | undefined;
  /** Appointments (`Appointment`). */
  appointments?: Schemas['Appointment'][] | undefined;
  /** Calls (`Call`), as records of the past: their timelines are not played. */
  calls?: Schemas['Call'][] | undefined;
}

export interface ResolvedOptions {
  seed: number;
  speed: number | undefined;
  baseUrl: string;
  rateLimit: boolean;
  chaos: ChaosOptions;
  webhookFetch: ((request: Request) => Promise<Response>) | undefined;
  /** Real milliseconds before a webhook attempt times out (undefined: the default, 10 s). */
  webhookTimeoutMs?: number | undefined;
  webhookTimestamps: 'wall-clock' | 'mock-clock';
  webhookConcurrency: number;
  /** Real ms of silence before a stream's heartbeat. */
  streamHeartbeatMs: number;
  uniqueIds: boolean;
  fixtures: Fixtures | undefined;
  start: number;
}

/**
 * What every part of the mock shares (`mock.context`): options, clock, randomness, state and the event log.
 * Tests use it to emit an event or watch every event the mock records.
 * @example
 * const types: string[] = [];
 * mock.context.onEvent((event) => types.push(event.type));
 */
export interface MockContext {
  /** The options, with every default filled in. */
  readonly options: ResolvedOptions;
  /** The mock's clock (the same as `mock.clock`). */
  readonly clock: Clock;
  /** Randomness for data (ids, fixtures, timelines). */
  readonly random: Random;
  /** The collections of every resource; replaced by `mock.reset()`. */
  readonly state: State;
  /**
   * A new id with the resource's prefix, from the seeded randomness.
   * @example mock.context.id('call') // 'call_8fK2pQ7vN3'
   */
  id(prefix: string): string;
  /**
   * The clock's time (or `ms`) as an ISO 8601 string.
   * @example mock.context.iso() // '2026-02-16T15:00:00.000Z' on a fresh mock
   */
  iso(ms?: number): string;
  /**
   * Records an event in the durable log and hands it to every listener (webhook delivery).
   * @example
   * mock.context.emit('webhook.test', { webhook_id: 'whk_1Pz5rK8mTy', message: 'hello' });
   */
  emit<T extends EventType>(type: T, data: EventData<T>, options?: EmitOptions): MockEvent;
  /**
   * Called for every event emitted, in order, with the options it was emitted with. The listener stays
   * across `mock.reset()`.
   * @example
   * mock.context.onEvent((event) => console.log(event.type, event.id));
   */
  onEvent(listener: EventListener): void;
}

/**
 * How an event is emitted (`mock.context.emit`).
 * @example
 * mock.context.emit('call.completed', data, { webhookUrl: 'https://example.com/hooks' });
 */
export interface EmitOptions {
  /** Also deliver the event to this URL (a call's own `webhook_url`), signed with `mock.webhookSecret`. */
  webhookUrl?: string | null | undefined;
}

/**
 * A listener of `mock.context.onEvent`: the event as logged, and the options it was emitted with.
 * @example
 * const listener: EventListener = (event, { webhookUrl }) => console.log(event.type, webhookUrl);
 */
export type EventListener = (event: MockEvent, options: EmitOptions) => void;

/**
 * The channels of a runtime's bus and what each carries. Every subscription is made in ../runtime.ts.
 */
export interface RuntimeEvents {
  /** An event was written to the log by `emit`, to be delivered and announced. */
  'event.emitted': [event: MockEvent, options: EmitOptions];
  /** A live call reached its terminal status; its terminal event is not emitted yet. */
  'call.ended': [call: Schemas['Call']];
  /** A live call's terminal event (and voicemail) was emitted. */
  'call.settled': [call: Schemas['Call']];
  /** A live call's timeline got its next event. */
  'timeline.appended': [event: Schemas['CallTimelineEvent']];
  /** A live call's last step was played: its timeline is complete. */
  'timeline.finished': [call: Schemas['Call']];
  /** An event was written to the log, announced (`emit`) or not (`record`). */
  'event.stored': [event: MockEvent];
}

/**
 * What the services of one runtime share: the options, its view of the clock, its randomness, its state,
 * its event log and its bus. One `Core` lives from `createMock` (or a reset) to the next reset.
 */
export interface Core {
  readonly options: ResolvedOptions;
  /** The mock's clock; the timers set through it belong to this runtime and die with it. */
  readonly clock: Clock;
  readonly random: Random;
  readonly state: State;
  /** The lists' indexes of `state` (./indexes.ts), kept up to date as it changes. */
  readonly indexes: Indexes;
  /** Services only emit on it: every subscription is made where the runtime is built (../runtime.ts). */
  readonly bus: Pick<Bus<RuntimeEvents>, 'emit'>;
  /**
   * A new id with the prefix. Writable: a restored state file makes it skip ids already taken, and with
   * `uniqueIds` the runtime switches it to fresh randomness once seeded.
   */
  id(prefix: string): string;
  /** Mixed into the seeds of ids minted after seeding: 0 unless `uniqueIds` (then new at every reset). */
  readonly idSalt: number;
  iso(ms?: number): string;
  /** Logs an event (dated now) and announces it on `event.emitted`. */
  emit<T extends EventType>(type: T, data: EventData<T>, options?: EmitOptions): MockEvent;
  /** Logs an event dated `at` without announcing it: nobody is sent it (fixtures, a subscription's test). */
  record<T extends EventType>(type: T, data: EventData<T>, at?: number): MockEvent;
}
