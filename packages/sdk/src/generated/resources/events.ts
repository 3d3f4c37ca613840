// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Stream, StreamOptions } from '../../core/stream.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { Event, EventBackfillResult, EventReplayResult } from '../models.js';

/** The query parameters of `kai.events.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type EventListParams = Query<'listEvents'>;
/** The query parameters of `kai.events.stream`, camelCase. */
export type EventStreamParams = Query<'streamEvents'>;
/** The body of `kai.events.backfill`, camelCase. */
export type EventBackfillParams = Body<'backfillEvents'>;
/** The body of `kai.events.replay`, camelCase. */
export type EventReplayParams = Body<'replayEvent'>;

/**
 * The durable log of everything that happened, with replay and backfill.
 * @example
 * for await (const event of kai.events.list()) console.log(event.type, event.createdAt);
 */
export class Events extends APIResource {
  /**
   * List events.
   *
   * Returns the durable event log, most recent first. Events are kept for 30 days, whether or not they were
   * delivered.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const event of kai.events.list({ type: 'call.completed' })) console.log(event.id, event.type);
   */
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event> { return this._transport.list('listEvents', [], params, options); }

  /**
   * Stream events.
   *
   * The durable event log as Server-Sent Events (`text/event-stream`), each event as it is stored: the
   * same records as `GET /v1/events`, oldest first. The stream opens with a `ready` event (`StreamReady`)
   * once it is live, then sends each event as an SSE event named by its `type` whose `id` is the event's
   * id, and a heartbeat comment (`: heartbeat`) every 15 seconds while nothing else is sent. It does not
   * end. Reconnect with `Last-Event-ID` (or `after`) set to the last event id received to receive, in
   * order, every event stored after it: nothing is skipped or repeated; when both are sent,
   * `Last-Event-ID` wins. An event id the log does not hold (older than 30 days, or from before a reset of
   * the mock) is 404 `not_found`: open the stream without it and read what was missed from
   * `GET /v1/events`. Errors before the stream opens are JSON, as for every operation; the stream counts as
   * one request against the rate limit.
   *
   * Iterate it with `for await`: the connection opens when the loop starts and closes on `break`,
   * `close()` or `options.signal`. A dropped connection is reopened with `Last-Event-ID` (after the
   * server's `retry`, with backoff, at most `maxRetries` failures in a row), so each item comes once and
   * in order; `options.timeout` bounds each open (until `ready`), not the stream.
   * It does not end by itself.
   * @example
   * for await (const event of kai.events.stream({ types: ['call.completed', 'call.failed'] })) console.log(event.id, event.type);
   */
  stream(params?: EventStreamParams, options?: StreamOptions): Stream<Event> { return this._transport.stream('streamEvents', [], params, options); }

  /**
   * Backfill events.
   *
   * Re-delivers every event of a time range that matches a subscription's filter to that subscription,
   * oldest first. Each re-delivery carries the event's original `webhook-id`, so a handler that deduplicates
   * by it stays correct.
   * @example
   * await kai.events.backfill({ webhookId: 'whk_1Pz5rK8mTy', from: '2026-02-15T00:00:00Z', to: '2026-02-16T00:00:00Z' });
   */
  backfill(params: EventBackfillParams, options?: RequestOptions): APIPromise<EventBackfillResult> { return this._transport.request('backfillEvents', [], params, options); }

  /**
   * Get an event.
   *
   * Returns one event with its payload, exactly as it is delivered.
   * @example
   * const event = await kai.events.get('evt_2Dq8wN4vJc');
   * if (event.type === 'call.completed') console.log(event.data.summary);
   */
  get(eventId: string, options?: RequestOptions): APIPromise<Event> { return this._transport.request('getEvent', [eventId], undefined, options); }

  /**
   * Replay an event.
   *
   * Delivers an event again, to one subscription (`webhook_id`) or to every subscription whose filter
   * matches it. The re-delivery carries the event's original `webhook-id`.
   * @example
   * await kai.events.replay('evt_2Dq8wN4vJc', { webhookId: 'whk_1Pz5rK8mTy' });
   */
  replay(eventId: string, params?: EventReplayParams, options?: RequestOptions): APIPromise<EventReplayResult> { return this._transport.request('replayEvent', [eventId], params, options); }
}
