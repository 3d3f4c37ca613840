// Event deliveries: one per event and endpoint (and per replay or backfill), each with every attempt.
import { notFound } from '../http/errors.js';
import { pageOfLog } from '../webhooks/log-order.js';
import { defineResource } from './resource.js';

export const deliveries = defineResource({
  operations: {
    listDeliveries({ query }, ctx) {
      return {
        body: pageOfLog(
          ctx.state.deliveries,
          query,
          (d) =>
            (query.event_id === undefined || d.event_id === query.event_id) &&
            (query.webhook_id === undefined || d.webhook_id === query.webhook_id) &&
            (query.status === undefined || d.status === query.status),
        ),
      };
    },
    getDelivery({ params }, ctx) {
      const delivery = ctx.state.deliveries.get(params.delivery_id!);
      if (!delivery) throw notFound('delivery', params.delivery_id!, 'delivery_id');
      return { body: delivery };
    },
  },
});
