// Event deliveries: one per event and endpoint (and per replay or backfill), each with every attempt.
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

export const deliveries = defineResource({
  operations: {
    listDeliveries({ query, scope }, ctx) {
      return {
        body: listPage(
          ctx,
          scope,
          'deliveries',
          query,
          {
            where: {
              event_id: query.event_id as string | undefined,
              webhook_id: query.webhook_id as string | undefined,
              status: query.status as string | undefined,
            },
          },
          {
            keep: (d) =>
              (query.event_id === undefined || d.event_id === query.event_id) &&
              (query.webhook_id === undefined || d.webhook_id === query.webhook_id) &&
              (query.status === undefined || d.status === query.status),
          },
        ),
      };
    },
    getDelivery({ params, scope }, ctx) {
      return { body: find(ctx, scope, 'deliveries', params.delivery_id!, 'delivery_id') };
    },
  },
});
