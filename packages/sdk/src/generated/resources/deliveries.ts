// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Delivery } from '../models.js';

/** The query parameters of `kai.deliveries.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type DeliveryListParams = Query<'listDeliveries'>;

/**
 * Every attempt to deliver an event to an endpoint.
 * @example
 * for await (const delivery of kai.deliveries.list({ status: 'failed' })) console.log(delivery.id, delivery.eventId);
 */
export class Deliveries extends APIResource {
  /**
   * List event deliveries.
   *
   * Returns deliveries of events to endpoints, most recent first, each with every attempt.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const delivery of kai.deliveries.list({ status: 'failed' })) console.log(delivery.id);
   */
  list(params?: DeliveryListParams, options?: RequestOptions): PagePromise<Delivery> { return this._transport.list('listDeliveries', [], params, options); }

  /**
   * Get an event delivery.
   *
   * Returns a delivery with every attempt (time, status code, latency, response excerpt) and the next retry,
   * if any.
   * @example
   * const delivery = await kai.deliveries.get('dlv_7Ks3mB9xRa');
   */
  get(deliveryId: string, options?: RequestOptions): APIPromise<Delivery> { return this._transport.request('getDelivery', [deliveryId], undefined, options); }
}
