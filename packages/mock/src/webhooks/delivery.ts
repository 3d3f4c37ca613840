// Webhook deliveries, one service per runtime: every event becomes one Delivery per matching subscription (and one to the call's
// own `webhook_url`), each attempt signed as Standard Webhooks and sent through the transport. A failed
// attempt is retried 30 s, 5 min, 30 min and 2 h later on the mock's clock, then the delivery fails.
//
// Timing: every attempt has a due time. Retry timers are armed on the clock when the previous attempt
// falls due (before its outcome is known) and canceled when it succeeds, so a virtual clock advanced in
// one step still runs each attempt at its exact due time. On the virtual clock an attempt is recorded at
// its due time; on a real-time clock, at the moment it was sent. Its `webhook-timestamp` is the wall-clock
// time it was signed (what a receiver checks against its own clock), unless `timestamps: 'mock-clock'`.
//
// Order: attempts to one endpoint start in the order they fell due, at most `concurrency` at a time (1 on
// the virtual clock: one after the other), so first attempts follow event order. A retry does not hold
// back later events (as Stripe and Svix do): an endpoint that is down for hours still receives new events
// as soon as it is back, and one that hangs holds back only what exceeds its concurrency.

import { RETRY_SCHEDULE_SECONDS } from '@kaicalls/contract/facts';
import type { Core, MockEvent } from '../core/context.js';
import { ownerOf } from '../core/ownership.js';
import { createRandom } from '../core/random.js';
import type { Schemas, WebhookAttempt, WebhookRecord } from '../core/state.js';
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

/** Whether an event is of the subscription's business (any business, for a subscription bound to none). */
export function ofItsBusiness(ctx: Core, webhook: WebhookRecord, event: MockEvent): boolean {
  // `?? null`: a subscription restored from a state file older than `business_id` is the account's.
  const business = webhook.record.business_id ?? null;
  return business === null || ownerOf(ctx, 'events', event) === business;
}

/**
 * Whether a subscription wants an event: it is of the subscription's business, and its filter names the
 * type or `*`. A `webhook.test` event only ever goes to the subscription it tests.
 */
export function matches(ctx: Core, webhook: WebhookRecord, event: MockEvent): boolean {
  if (event.type === 'webhook.test') return event.data.webhook_id === webhook.record.id;
  if (!ofItsBusiness(ctx, webhook, event)) return false;
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

/** The webhook deliveries of one runtime: its attempt queues, its retry timers, its delivery ids. */
export interface Deliveries {
  /**
   * Creates a delivery of `event` to a subscription or a bare URL and queues its first attempt now.
   * Returns the delivery (status `pending`) and a promise that settles once the first attempt is recorded.
   * @example const { delivery, firstAttempt } = rt.deliveries.deliver(event, { webhook }, 'replay');
   */
  deliver(
    event: MockEvent,
    target: DeliveryTarget,
    trigger: DeliveryTrigger,
  ): { delivery: Delivery; firstAttempt: Promise<void> };
  /** Delivers a freshly emitted event to every enabled subscription that wants it, and to `webhookUrl`. */
  fanOut(event: MockEvent, webhookUrl?: string | null): Delivery[];
  /**
   * Re-arms the attempts of unfinished deliveries (pending or retrying) from their `next_attempt_at`: call it
   * after loading saved state, whose timers did not survive the restart. Returns how many.
   * @example restoreState(rt, saved); rt.deliveries.resume();
   */
  resume(): number;
  /** Attempts sent and not answered yet (or waiting for a free slot of their endpoint). */
  inFlight(): number;
  /** No further attempt is made; attempts in flight are discarded when they return. Timers die with the clock scope. */
  dispose(): void;
}

/** One endpoint's attempts: how many are out, and the ones waiting for a slot, in due order. */
interface Lane {
  active: number;
  waiting: Array<() => void>;
}

/** Builds the deliveries of a runtime. */
export function createDeliveries(ctx: Core): Deliveries {
  /** Delivery ids come from their own stream so that webhooks never shift the ids or timelines of calls. */
  const random = createRandom((ctx.options.seed ^ 0xde11e5 ^ ctx.idSalt) >>> 0);
  /** Per endpoint: its attempts in flight and waiting. */
  const lanes = new Map<string, Lane>();
  let inFlight = 0;
  /** Per delivery: the armed retry timer. */
  const timers = new Map<string, number>();
  let disposed = false;
  const { state } = ctx;

  /** Whether an attempt is stale: the runtime ended, or the delivery is no longer this one (restored state). */
  const stale = (delivery: Delivery) => disposed || state.deliveries.get(delivery.id) !== delivery;

  function deliver(event: MockEvent, target: DeliveryTarget, trigger: DeliveryTrigger) {
    let id: string;
    do id = `dlv_${random.token(12)}`;
    while (state.deliveries.has(id));
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
    state.deliveries.set(id, delivery);
    armRetry(delivery, 2, due + RETRY_DELAYS_MS[0]);
    return { delivery, firstAttempt: enqueue(delivery, 1, due) };
  }

  function armRetry(delivery: Delivery, attempt: number, due: number) {
    const timer = ctx.clock.at(due, () => {
      timers.delete(delivery.id);
      if (stale(delivery) || delivery.status === 'succeeded' || delivery.status === 'failed') return;
      if (attempt < MAX_ATTEMPTS) armRetry(delivery, attempt + 1, due + RETRY_DELAYS_MS[attempt - 1]!);
      void enqueue(delivery, attempt, due);
    });
    timers.set(delivery.id, timer);
  }

  function disarm(delivery: Delivery) {
    const timer = timers.get(delivery.id);
    if (timer !== undefined) ctx.clock.cancel(timer);
    timers.delete(delivery.id);
  }

  function enqueue(delivery: Delivery, attempt: number, due: number) {
    const endpoint = endpointOf(delivery);
    const own = lanes.get(endpoint) ?? { active: 0, waiting: [] };
    lanes.set(endpoint, own);
    inFlight++;
    const run = async () => {
      try {
        await attemptDelivery(delivery, attempt, due);
      } catch (error) {
        reportBug(error);
      } finally {
        inFlight--;
        const next = own.waiting.shift();
        if (next) next();
        else if (--own.active === 0 && lanes.get(endpoint) === own) lanes.delete(endpoint);
      }
    };
    // A slot passes straight to the next waiting attempt, so `active` counts it already.
    let slot: Promise<void>;
    if (own.active < ctx.options.webhookConcurrency) {
      own.active++;
      slot = Promise.resolve();
    } else slot = new Promise<void>((resolve) => own.waiting.push(resolve));
    const work = slot.then(run);
    ctx.clock.track(work);
    return work;
  }

  async function attemptDelivery(delivery: Delivery, attempt: number, due: number): Promise<void> {
    // Stale work: the mock was reset, the delivery already ended, or this attempt already ran.
    if (stale(delivery)) return;
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
      state.deliveries.touch(delivery.id);
      disarm(delivery);
      return;
    }
    const event = state.events.get(delivery.event_id);
    if (!event) throw new Error(`delivery ${delivery.id} refers to unknown event ${delivery.event_id}`);

    const at = ctx.clock.speed === undefined ? due : ctx.clock.now();
    const url = webhook?.record.url ?? delivery.url;
    delivery.url = url;
    const body = JSON.stringify(event);
    // Standard Webhooks' timestamp guards against replays: receivers compare it with their own clock.
    const signedAt = ctx.options.webhookTimestamps === 'mock-clock' ? at : Date.now();
    const timestamp = Math.floor(signedAt / 1000);
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
    // Signing is async: a reset during it must not send.
    if (stale(delivery)) return;
    const outcome = request
      ? await sendAttempt(send, request, timeoutMs, controller)
      : { statusCode: null, latencyMs: 0, responseExcerpt: null, error: 'invalid_url' };
    if (stale(delivery)) return;

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
      disarm(delivery);
    } else if (attempt < MAX_ATTEMPTS) {
      delivery.status = 'retrying';
      delivery.next_attempt_at = ctx.iso(due + RETRY_DELAYS_MS[attempt - 1]!);
    } else {
      delivery.status = 'failed';
      delivery.next_attempt_at = null;
    }
    state.deliveries.touch(delivery.id);
  }

  return {
    deliver,
    fanOut(event, webhookUrl) {
      const deliveries: Delivery[] = [];
      for (const webhook of state.webhooks.values()) {
        if (webhook.record.enabled && matches(ctx, webhook, event))
          deliveries.push(deliver(event, { webhook }, 'event').delivery);
      }
      if (webhookUrl) deliveries.push(deliver(event, { url: webhookUrl }, 'event').delivery);
      return deliveries;
    },
    resume() {
      let resumed = 0;
      for (const delivery of state.deliveries.values()) {
        if (delivery.status !== 'pending' && delivery.status !== 'retrying') continue;
        disarm(delivery);
        const due =
          delivery.next_attempt_at === null ? ctx.clock.now() : Date.parse(delivery.next_attempt_at);
        armRetry(delivery, delivery.attempts.length + 1, due);
        resumed++;
      }
      return resumed;
    },
    inFlight: () => inFlight,
    dispose() {
      disposed = true;
      timers.clear();
    },
  };
}

function endpointOf(delivery: Delivery): string {
  return delivery.webhook_id ?? `url:${delivery.url}`;
}

function reportBug(error: unknown) {
  console.error('[@kaicalls/mock] webhook delivery failed unexpectedly; please report it:', error);
}
