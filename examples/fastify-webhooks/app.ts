// A KaiCalls webhook endpoint in Fastify 5. Fastify parses JSON before a handler runs; the signature
// covers the bytes as sent, so the webhook route's plugin keeps them with rawJsonParser, and the rest of
// the app keeps Fastify's JSON parser.
import Fastify, { type FastifyInstance } from 'fastify';
import {
  constructFastifyEvent,
  rawJsonParser,
  type WebhookEvent,
  WebhookVerificationError,
} from 'kaicalls/webhooks';

export interface WebhookAppOptions {
  /** The subscription's `whsec_…` secret (both secrets while it rotates). */
  secret: string | string[];
  /** What the app does with each event. A throw answers 500, so KaiCalls retries the delivery. */
  handle(event: WebhookEvent): void | Promise<void>;
}

/**
 * The app: POST /webhooks receives KaiCalls deliveries, POST /orders is an ordinary JSON route.
 * @example
 * const app = buildApp({ secret: process.env.KAICALLS_WEBHOOK_SECRET!, handle: (event) => queue.push(event) });
 * await app.listen({ port: 3000 });
 */
export function buildApp(options: WebhookAppOptions): FastifyInstance {
  const app = Fastify();

  app.register(async (hooks) => {
    // Scoped to this plugin: only the webhook route gets the raw Buffer.
    hooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, rawJsonParser);
    hooks.post('/webhooks', async (request, reply) => {
      let event: WebhookEvent;
      try {
        event = constructFastifyEvent(request, options.secret);
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        return reply.code(400).send({ error: { code: error.reason, message: error.message } });
      }
      await options.handle(event);
      return reply.code(200).send({ received: true });
    });
  });

  // The rest of the app still gets parsed JSON.
  app.post('/orders', async (request) => ({ parsed: typeof request.body === 'object' }));
  return app;
}
