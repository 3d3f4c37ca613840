// What every part of the mock shares: options, clock, seeded randomness, state, and the event log.
import type { Clock } from './clock.js';
import type { Random } from './random.js';
import type { Schemas, State } from './state.js';

export type EventType = Schemas['EventType'];
export type MockEvent = Schemas['Event'];
export type EventData<T extends EventType> = Extract<MockEvent, { type: T }>['data'];

export interface ChaosOptions {
  /** Added latency per request, in real ms: a fixed number or a [min, max] range. */
  latencyMs?: number | [number, number];
  /** Fraction (0..1) of requests answered 500/503. */
  errorRate?: number;
  /** Fraction (0..1) of requests answered 429 with Retry-After. */
  rateLimitRate?: number;
  /** `before`: the request is not processed; `after`: it is processed, then the response is lost (default `before`). */
  phase?: 'before' | 'after';
}

export interface MockOptions {
  /** Seeds ids, fixtures and timelines: the same seed gives the same data. Default 1. */
  seed?: number;
  /** Omit for a virtual clock (advance it yourself); a number runs in real time multiplied by it. */
  speed?: number;
  /** Where the handlers answer. Default `https://kaicalls.com/api`. */
  baseUrl?: string;
  /** Enforce the per-key rate limits (60 call creations and 300 other requests a minute). Default true. */
  rateLimit?: boolean;
  /** Injected faults for testing clients' retry logic. */
  chaos?: ChaosOptions;
  /** Where webhooks go in-process. Default: an in-memory sink that answers 200. */
  webhooks?: {
    /** Sends each signed delivery attempt (a test's handler, or real HTTP). Default: the in-memory sink. */
    fetch?: (request: Request) => Promise<Response>;
    /** How long an endpoint has to answer, in real milliseconds, before the attempt fails as `timeout`. Default 10000. */
    timeoutMs?: number;
  };
  /** When the clock starts. Default 2026-02-16T15:00:00Z (a Monday, inside a US call window). */
  now?: string | Date | number;
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
  start: number;
}

export interface MockContext {
  readonly options: ResolvedOptions;
  readonly clock: Clock;
  /** Randomness for data (ids, fixtures, timelines). */
  readonly random: Random;
  state: State;
  /** A new id with the resource's prefix: `id('call')` → `call_8fK2pQ7vN3`. */
  id(prefix: string): string;
  /** The clock's time (or `ms`) as an ISO 8601 string. */
  iso(ms?: number): string;
  /** Records an event in the durable log and hands it to every listener (webhook delivery). */
  emit<T extends EventType>(type: T, data: EventData<T>, options?: { webhookUrl?: string | null }): MockEvent;
  /** Called for every event emitted, in order. */
  onEvent(listener: (event: MockEvent, options: { webhookUrl?: string | null }) => void): void;
}
