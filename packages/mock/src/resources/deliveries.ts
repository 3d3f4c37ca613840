// Event deliveries: one per event and endpoint (and per replay or backfill), each with every attempt.
import { pageOfLog } from '../webhooks/log-order.js';
import { find, visible } from './owners.js';
import { defineResource } from './resource.js';

export const deliveries = defineResource({
  operations: {
    listDeliveries({ query, scope }, ctx) {
      return {
        body: pageOfLog(
          ctx.state.deliveries,
          query,
          (d) =>
            (query.event_id === undefined || d.event_id === query.event_id) &&
            (query.webhook_id === undefined || d.webhook_id === query.webhook_id) &&
            (query.status === undefined || d.status === query.status) &&
            visible(ctx, scope, 'deliveries', d),
        ),
      };
    },
    getDelivery({ params, scope }, ctx) {
      return { body: find(ctx, scope, 'deliveries', params.delivery_id!, 'delivery_id') };
    },
  },
});
