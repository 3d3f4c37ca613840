// A KaiCalls webhook endpoint on Web standards: `webhookHandler` takes a `Request` and returns a
// `Response`, so the same handler serves Hono (here), a Next.js route handler (`export const POST =
// handler`), Remix and React Router actions, Bun.serve, Deno.serve and Cloudflare Workers.
import { Hono } from 'hono';
import { type WebhookEvent, webhookHandler } from 'kaicalls/webhooks';

/**
 * The app: POST /webhooks receives KaiCalls deliveries and passes each verified event to `handle`.
 * @example
 * export default createApp(env.KAICALLS_WEBHOOK_SECRET, (event) => queue.send(event)); // a worker
 */
export function createApp(secret: string | string[], handle: (event: WebhookEvent) => unknown): Hono {
  const app = new Hono();
  const receive = webhookHandler({ secret }, async (event) => {
    await handle(event);
    return Response.json({ received: event.id });
  });
  // c.req.raw is the Web Request, body unread: verification reads the bytes the signature covers.
  app.post('/webhooks', (c) => receive(c.req.raw));
  return app;
}
