import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Query, RequestOptions } from '../core/types.js';
import type { Delivery } from '../generated/models.js';

/** The query parameters of `kai.deliveries.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type DeliveryListParams = Query<'listDeliveries'>;

/**
 * Every attempt to deliver an event to an endpoint.
 * @example
 * for await (const delivery of kai.deliveries.list({ status: 'failed' })) console.log(delivery.id, delivery.eventId);
 */
export class Deliveries extends APIResource {
  /**
   * Lists deliveries, by event, subscription or status.
   * @example
   * for await (const delivery of kai.deliveries.list({ status: 'failed' })) console.log(delivery.id);
   */
  list(params?: DeliveryListParams, options?: RequestOptions): PagePromise<Delivery> {
    return this._transport.list('listDeliveries', [], params, options);
  }

  /**
   * Gets a delivery with every attempt (time, status code, latency, response excerpt) and the next retry.
   * @example
   * const delivery = await kai.deliveries.get('dlv_7Ks3mB9xRa');
   */
  get(deliveryId: string, options?: RequestOptions): APIPromise<Delivery> {
    return this._transport.request('getDelivery', [deliveryId], undefined, options);
  }
}
