// The delivery engine: every event becomes one Delivery per matching subscription (and one to the call's
// own `webhook_url`), each attempt signed as Standard Webhooks and sent through the transport. A failed
// attempt is retried 30 s, 5 min, 30 min and 2 h later on the mock's clock, then the delivery fails.
//
// Timing: every attempt has a due time. Retry timers are armed on the clock when the previous attempt
// falls due (before its outcome is known) and canceled when it succeeds, so a virtual clock advanced in
// one step still runs each attempt at its exact due time. On the virtual clock an attempt is stamped with
// its due time; on a real-time clock, with the moment it was sent.
//
// Order: attempts to one endpoint go out one at a time, in the order they fell due, so first attempts
// follow event order. A retry does not hold back later events (as Stripe and Svix do): an endpoint that
// is down for hours still receives new events as soon as it is back.

import { RETRY_SCHEDULE_SECONDS } from '@kaicalls/contract/facts';
import type { MockContext, MockEvent } from '../core/context.js';
import { createRandom, type Random } from '../core/random.js';
import type { Schemas, State, WebhookAttempt, WebhookRecord } from '../core/state.js';
import { signatureHeader } from './signing.js';
import { memorySink, sendAttempt } from './transport.js';

export type Delivery = Schemas['Delivery'];
export type DeliveryTrigger = Delivery['trigger'];

/** A tuple of seconds, in milliseconds. `map` forgets a tuple's length; this type keeps it. */
type Milliseconds<T extends readonly number[]> = { readonly [K in keyof T]: number };

/**
 * Waits after a failed attempt, in milliseconds: attempt 2 comes 30 s after attempt 1, … attempt 5 two hours
 * after attempt 4.
 * @see spec/openapi.yaml `x-webhook-retry-schedule-seconds`, which the `webhooks:` descriptions state in prose.
 */
export const RETRY_DELAYS_MS = RETRY_SCHEDULE_SECONDS.map(
  (seconds) => seconds * 1000,
) as unknown as Milliseconds<typeof RETRY_SCHEDULE_SECONDS>;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long an endpoint has to answer, in real milliseconds, unless `webhooks.timeoutMs` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const USER_AGENT = 'KaiCalls-Webhooks/1.0 (@kaicalls/mock)';

/**
 * Signs deliveries to a call's own `webhook_url`, which has no subscription and so no secret of its own.
 * Fixed and documented, like the test API key, so that receivers in any language can verify them.
 */
export const TEST_WEBHOOK_SECRET = 'whsec_S2FpQ2FsbHMgbW9jayB3ZWJob29rIHNlY3JldCE=';

/** Engine state that belongs to one State: a reset starts afresh, and stale timers find nothing to do. */
interface Engine {
  /** Delivery ids come from their own stream so that webhooks never shift the ids or timelines of calls. */
  random: Random;
  /** Per endpoint: the tail of its attempt queue. */
  queues: Map<string, Promise<void>>;
  /** Per delivery: the armed retry timer. */
  timers: Map<string, number>;
}

const engines = new WeakMap<State, Engine>();
/** The engine each mock used last, so that a reset can cancel its timers. */
const latest = new WeakMap<MockContext, Engine>();

function engineOf(ctx: MockContext): Engine {
  let engine = engines.get(ctx.state);
  if (!engine) {
    engine = { random: createRandom(ctx.options.seed ^ 0xde11e5), queues: new Map(), timers: new Map() };
    engines.set(ctx.state, engine);
    latest.set(ctx, engine);
  }
  return engine;
}

/**
 * Forgets the retries of a state that was replaced (`mock.reset()`), so that they neither fire nor keep
 * `runUntilIdle()` advancing the clock. Attempts in flight finish and are discarded.
 * @example resetDeliveries(ctx); // from the resource's seed hook, which runs on every reset
 */
export function resetDeliveries(ctx: MockContext): void {
  const previous = latest.get(ctx);
  if (!previous || engines.get(ctx.state) === previous) return;
  for (const timer of previous.timers.values()) ctx.clock.cancel(timer);
  previous.timers.clear();
  latest.delete(ctx);
}

/**
 * Whether a subscription wants an event: its filter names the type or `*`. A `webhook.test` event only
 * ever goes to the subscription it tests.
 */
export function matches(webhook: WebhookRecord, event: MockEvent): boolean {
  if (event.type === 'webhook.test') return event.data.webhook_id === webhook.record.id;
  const filter = webhook.record.events as readonly string[];
  return filter.includes('*') || filter.includes(event.type);
}

/** The secrets that sign an attempt at `at`: the current one, and the previous one during its grace period. */
export function signingSecrets(webhook: WebhookRecord | undefined, at: number): string[] {
  if (!webhook) return [TEST_WEBHOOK_SECRET];
  const secrets = [webhook.secret];
  if (webhook.previousSecret && webhook.previousExpiresAt !== null && at < webhook.previousExpiresAt)
    secrets.push(webhook.previousSecret);
  return secrets;
}

export type DeliveryTarget = { webhook: WebhookRecord } | { url: string };

/**
 * Creates a delivery of `event` to a subscription or a bare URL and queues its first attempt now.
 * Returns the delivery (status `pending`) and a promise that settles once the first attempt is recorded.
 * @example const { delivery, firstAttempt } = deliver(ctx, event, { webhook }, 'replay');
 */
export function deliver(
  ctx: MockContext,
  event: MockEvent,
  target: DeliveryTarget,
  trigger: DeliveryTrigger,
): { delivery: Delivery; firstAttempt: Promise<void> } {
  const engine = engineOf(ctx);
  let id: string;
  do id = `dlv_${engine.random.token(12)}`;
  while (ctx.state.deliveries.has(id));
  const due = ctx.clock.now();
  const delivery: Delivery = {
    id,
    event_id: event.id,
    event_type: event.type,
    webhook_id: 'webhook' in target ? target.webhook.record.id : null,
    url: 'webhook' in target ? target.webhook.record.url : target.url,
    status: 'pending',
    trigger,
    attempts: [],
    next_attempt_at: ctx.iso(due),
    created_at: ctx.iso(due),
  };
  ctx.state.deliveries.set(id, delivery);
  armRetry(ctx, engine, delivery, 2, due + RETRY_DELAYS_MS[0]);
  return { delivery, firstAttempt: enqueue(ctx, engine, delivery, 1, due) };
}

/** Delivers a freshly emitted event to every enabled subscription that wants it, and to `webhookUrl`. */
export function fanOut(ctx: MockContext, event: MockEvent, webhookUrl?: string | null): Delivery[] {
  const deliveries: Delivery[] = [];
  for (const webhook of ctx.state.webhooks.values()) {
    if (webhook.record.enabled && matches(webhook, event))
      deliveries.push(deliver(ctx, event, { webhook }, 'event').delivery);
  }
  if (webhookUrl) deliveries.push(deliver(ctx, event, { url: webhookUrl }, 'event').delivery);
  return deliveries;
}

/** Wires delivery to the event stream: once per mock. */
export function startDeliveries(ctx: MockContext): void {
  ctx.onEvent((event, { webhookUrl }) => {
    fanOut(ctx, event, webhookUrl);
  });
}

/**
 * Re-arms the attempts of unfinished deliveries (pending or retrying) from their `next_attempt_at`: call it
 * after loading saved state, whose timers did not survive the restart.
 * @example restoreState(mock.context, saved); resumeDeliveries(mock.context);
 */
export function resumeDeliveries(ctx: MockContext): number {
  const engine = engineOf(ctx);
  let resumed = 0;
  for (const delivery of ctx.state.deliveries.values()) {
    if (delivery.status !== 'pending' && delivery.status !== 'retrying') continue;
    disarm(ctx, engine, delivery);
    const due = delivery.next_attempt_at === null ? ctx.clock.now() : Date.parse(delivery.next_attempt_at);
    armRetry(ctx, engine, delivery, delivery.attempts.length + 1, due);
    resumed++;
  }
  return resumed;
}

function endpointOf(delivery: Delivery): string {
  return delivery.webhook_id ?? `url:${delivery.url}`;
}

function armRetry(ctx: MockContext, engine: Engine, delivery: Delivery, attempt: number, due: number) {
  const timer = ctx.clock.at(due, () => {
    engine.timers.delete(delivery.id);
    if (engines.get(ctx.state) !== engine || ctx.state.deliveries.get(delivery.id) !== delivery) return;
    if (delivery.status === 'succeeded' || delivery.status === 'failed') return;
    if (attempt < MAX_ATTEMPTS)
      armRetry(ctx, engine, delivery, attempt + 1, due + RETRY_DELAYS_MS[attempt - 1]!);
    void enqueue(ctx, engine, delivery, attempt, due);
  });
  engine.timers.set(delivery.id, timer);
}

function disarm(ctx: MockContext, engine: Engine, delivery: Delivery) {
  const timer = engine.timers.get(delivery.id);
  if (timer !== undefined) ctx.clock.cancel(timer);
  engine.timers.delete(delivery.id);
}

function enqueue(ctx: MockContext, engine: Engine, delivery: Delivery, attempt: number, due: number) {
  const endpoint = endpointOf(delivery);
  const run = () => attemptDelivery(ctx, engine, delivery, attempt, due).catch(reportBug);
  const tail = (engine.queues.get(endpoint) ?? Promise.resolve()).then(run);
  engine.queues.set(endpoint, tail);
  ctx.clock.track(tail);
  void tail.then(() => {
    if (engine.queues.get(endpoint) === tail) engine.queues.delete(endpoint);
  });
  return tail;
}

function reportBug(error: unknown) {
  console.error('[@kaicalls/mock] webhook delivery failed unexpectedly; please report it:', error);
}

async function attemptDelivery(
  ctx: MockContext,
  engine: Engine,
  delivery: Delivery,
  attempt: number,
  due: number,
): Promise<void> {
  const state = ctx.state;
  // Stale work: the mock was reset, the delivery already ended, or this attempt already ran.
  if (engines.get(state) !== engine || state.deliveries.get(delivery.id) !== delivery) return;
  if (delivery.status === 'succeeded' || delivery.status === 'failed') return;
  if (delivery.attempts.length >= attempt) return;

  const webhook = delivery.webhook_id === null ? undefined : state.webhooks.get(delivery.webhook_id);
  if (
    delivery.webhook_id !== null &&
    (!webhook || (!webhook.record.enabled && delivery.trigger !== 'test'))
  ) {
    // Deleted or paused subscriptions get no further attempts; a backfill with only_failed recovers them.
    delivery.status = 'failed';
    delivery.next_attempt_at = null;
    disarm(ctx, engine, delivery);
    return;
  }
  const event = state.events.get(delivery.event_id);
  if (!event) throw new Error(`delivery ${delivery.id} refers to unknown event ${delivery.event_id}`);

  const at = ctx.clock.speed === undefined ? due : ctx.clock.now();
  const url = webhook?.record.url ?? delivery.url;
  delivery.url = url;
  const body = JSON.stringify(event);
  const timestamp = Math.floor(at / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': event.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': await signatureHeader(event.id, timestamp, body, signingSecrets(webhook, at)),
  };
  const controller = new AbortController();
  const send = ctx.options.webhookFetch ?? memorySink;
  const timeoutMs = ctx.options.webhookTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  let request: Request | undefined;
  try {
    request = new Request(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: controller.signal,
    });
  } catch {}
  const outcome = request
    ? await sendAttempt(send, request, timeoutMs, controller)
    : { statusCode: null, latencyMs: 0, responseExcerpt: null, error: 'invalid_url' };
  if (state.deliveries.get(delivery.id) !== delivery || engines.get(ctx.state) !== engine) return;

  delivery.attempts.push({
    attempt,
    attempted_at: ctx.iso(at),
    status_code: outcome.statusCode,
    latency_ms: outcome.latencyMs,
    response_excerpt: outcome.responseExcerpt,
    error: outcome.error,
  });
  const record: WebhookAttempt = {
    url,
    headers,
    body,
    status: outcome.statusCode,
    error: outcome.error,
    at: ctx.iso(at),
    deliveryId: delivery.id,
    eventId: event.id,
    eventType: event.type,
    webhookId: delivery.webhook_id,
    attempt,
  };
  state.webhookAttempts.push(record);

  if (outcome.error === null) {
    delivery.status = 'succeeded';
    delivery.next_attempt_at = null;
    disarm(ctx, engine, delivery);
  } else if (attempt < MAX_ATTEMPTS) {
    delivery.status = 'retrying';
    delivery.next_attempt_at = ctx.iso(due + RETRY_DELAYS_MS[attempt - 1]!);
  } else {
    delivery.status = 'failed';
    delivery.next_attempt_at = null;
  }
}
