// The event log: every event the mock emitted, durable whether or not it was delivered, plus replay (one
// event again) and backfill (a time range again, to one subscription, oldest first). Re-deliveries carry
// the event's original id as `webhook-id`, so receivers that deduplicate by it stay correct.
import type { MockEvent } from '../core/context.js';
import type { Schemas, WebhookRecord } from '../core/state.js';
import { MockError } from '../http/errors.js';
import { matches, ofItsBusiness } from '../webhooks/delivery.js';
import { inLogOrder } from '../webhooks/log-order.js';
import { find, listPage, visible } from './owners.js';
import { defineResource } from './resource.js';

function requireEnabled(webhook: WebhookRecord): void {
  if (!webhook.record.enabled) {
    throw new MockError(
      'invalid_request',
      `Webhook subscription ${webhook.record.id} is disabled, so nothing is delivered to it. Enable it first (PATCH /v1/webhooks/${webhook.record.id} with {"enabled": true}).`,
      'webhook_id',
    );
  }
}

/** `created_at` of every event, compared as instants (the log's own strings are uniform ISO 8601). */
const at = (event: MockEvent) => Date.parse(event.created_at);

/** A date-time the schema accepted, as ms; `fallback` when absent. */
function instant(value: unknown, param: string, where: string, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new MockError(
      'invalid_request',
      `Invalid ${where}: ${param} (${value}) is not a date-time this API can read; use ISO 8601 like 2026-02-16T15:00:00Z.`,
      param,
    );
  return ms;
}

export const events = defineResource({
  operations: {
    listEvents({ query, scope }, ctx) {
      const after = instant(query.created_after, 'created_after', 'query parameter', -Infinity);
      const before = instant(query.created_before, 'created_before', 'query parameter', Infinity);
      const keep = (e: MockEvent) =>
        (query.type === undefined || e.type === query.type) && at(e) >= after && at(e) < before;
      const range = {
        where: { type: query.type as string | undefined },
        // created_at is kept as toISOString writes it, which sorts as time.
        from: Number.isFinite(after) ? new Date(after).toISOString() : undefined,
        to: Number.isFinite(before) ? new Date(before).toISOString() : undefined,
      };
      return { body: listPage(ctx, scope, 'events', query, range, { keep }) };
    },
    streamEvents({ query, headers, scope }, ctx) {
      // A reconnecting client's Last-Event-ID wins over the URL's `after`, which an EventSource keeps sending.
      const resume = headers.get('last-event-id');
      const param = resume !== null ? 'Last-Event-ID' : 'after';
      const after = resume ?? (query.after as string | undefined);
      if (after !== undefined) {
        const event = ctx.state.events.get(after);
        if (!event || !visible(ctx, scope, 'events', event))
          throw new MockError(
            'not_found',
            `No event with id ${after} to resume after (${param}). The log may have been reset: reconnect without ${param} to follow events from now on, and list GET /v1/events to catch up on what was stored meanwhile.`,
            param,
          );
      }
      const types = query.types === undefined ? undefined : new Set(query.types as string[]);
      return {
        body: null,
        stream: ctx.streams.events({
          after,
          keep: (e) => (types === undefined || types.has(e.type)) && visible(ctx, scope, 'events', e),
        }),
      };
    },
    getEvent({ params, scope }, ctx) {
      return { body: find(ctx, scope, 'events', params.event_id!, 'event_id') };
    },
    replayEvent({ params, body, scope }, ctx) {
      const event = find(ctx, scope, 'events', params.event_id!, 'event_id');
      const input = (body ?? {}) as Schemas['EventReplay'];
      let targets: WebhookRecord[];
      if (input.webhook_id !== undefined) {
        const webhook = find(ctx, scope, 'webhooks', input.webhook_id, 'webhook_id');
        requireEnabled(webhook);
        if (!ofItsBusiness(ctx, webhook, event)) {
          throw new MockError(
            'invalid_request',
            `Webhook subscription ${webhook.record.id} receives only the events of business ${webhook.record.business_id}, and event ${event.id} is not one of them. Replay it to another subscription.`,
            'webhook_id',
          );
        }
        if (!matches(ctx, webhook, event)) {
          throw new MockError(
            'invalid_request',
            `Webhook subscription ${webhook.record.id} is not subscribed to ${event.type} events (its filter is ${JSON.stringify(webhook.record.events)}). Add the type to its events, or replay to another subscription.`,
            'webhook_id',
          );
        }
        targets = [webhook];
      } else {
        // Only the subscriptions the key reaches: a bound key replays to its business's subscriptions.
        targets = [...ctx.state.webhooks.values()].filter(
          (w) => w.record.enabled && visible(ctx, scope, 'webhooks', w) && matches(ctx, w, event),
        );
      }
      const deliveries = targets.map(
        (webhook) => ctx.deliveries.deliver(event, { webhook }, 'replay').delivery,
      );
      // Snapshots: the attempts run right after this answer and must not change it.
      return { status: 202, body: { event_id: event.id, deliveries: structuredClone(deliveries) } };
    },
    backfillEvents({ body, scope }, ctx) {
      const input = body as Schemas['EventBackfill'];
      const webhook = find(ctx, scope, 'webhooks', input.webhook_id, 'webhook_id');
      requireEnabled(webhook);
      const from = instant(input.from, 'from', 'request body', -Infinity);
      const to = instant(input.to, 'to', 'request body', Infinity);
      if (to <= from) {
        throw new MockError(
          'invalid_request',
          `Invalid request body: to (${input.to}) must be after from (${input.from}).`,
          'to',
        );
      }
      // only_failed skips what this subscription already received: events whose last delivery to it succeeded.
      const lastStatus = new Map<string, Schemas['DeliveryStatus']>();
      if (input.only_failed) {
        for (const delivery of ctx.state.deliveries.values())
          if (delivery.webhook_id === webhook.record.id) lastStatus.set(delivery.event_id, delivery.status);
      }
      const types = input.types as readonly string[] | undefined;
      const selected = inLogOrder(
        ctx.state.events,
        (e) =>
          at(e) >= from &&
          at(e) < to &&
          matches(ctx, webhook, e) &&
          visible(ctx, scope, 'events', e) &&
          (types === undefined || types.includes(e.type)) &&
          !(input.only_failed && lastStatus.get(e.id) === 'succeeded'),
      ).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const deliveries = selected.map(
        ({ item }) => ctx.deliveries.deliver(item, { webhook }, 'backfill').delivery,
      );
      return {
        status: 202,
        body: {
          webhook_id: webhook.record.id,
          event_count: deliveries.length,
          deliveries: structuredClone(deliveries),
        },
      };
    },
  },
});
