import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { Event, EventBackfillResult, EventReplayResult } from '../generated/models.js';

/** The query parameters of `kai.events.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type EventListParams = Query<'listEvents'>;
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
   * Lists events, newest first, by type and time range.
   * @example
   * for await (const event of kai.events.list({ type: 'call.completed' })) console.log(event.id, event.type);
   */
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event> {
    return this._transport.list('listEvents', [], params, options);
  }

  /**
   * Delivers every event of a time range again to one subscription (for an endpoint that was down).
   * @example
   * await kai.events.backfill({ webhookId: 'whk_1Pz5rK8mTy', from: '2026-02-15T00:00:00Z', to: '2026-02-16T00:00:00Z' });
   */
  backfill(params: EventBackfillParams, options?: RequestOptions): APIPromise<EventBackfillResult> {
    return this._transport.request('backfillEvents', [], params, options);
  }

  /**
   * Gets an event with its payload.
   * @example
   * const event = await kai.events.get('evt_2Dq8wN4vJc');
   * if (event.type === 'call.completed') console.log(event.data.summary);
   */
  get(eventId: string, options?: RequestOptions): APIPromise<Event> {
    return this._transport.request('getEvent', [eventId], undefined, options);
  }

  /**
   * Delivers one event again, to every subscription or to one.
   * @example
   * await kai.events.replay('evt_2Dq8wN4vJc', { webhookId: 'whk_1Pz5rK8mTy' });
   */
  replay(
    eventId: string,
    params?: EventReplayParams,
    options?: RequestOptions,
  ): APIPromise<EventReplayResult> {
    return this._transport.request('replayEvent', [eventId], params, options);
  }
}
