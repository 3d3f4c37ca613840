// A KaiCalls webhook endpoint in Express 5: verified, and idempotent by `webhook-id`.
import express, { type Express } from 'express';
import { verify, type WebhookEvent, WebhookVerificationError } from 'kaicalls/webhooks';

/**
 * Remembers which deliveries were processed. KaiCalls delivers at least once: a retry after a timeout, a
 * replay or a backfill sends the same event again, always with the same `webhook-id`. In production this
 * is a table with a unique key on the id (or Redis `SET NX`), so that two app instances agree.
 */
export interface Inbox {
  has(webhookId: string): boolean | Promise<boolean>;
  add(webhookId: string): void | Promise<void>;
}

export interface WebhookAppOptions {
  /** The subscription's `whsec_…` secret (both secrets while it rotates). */
  secret: string | string[];
  /** What the app does with each event, once per `webhook-id`. A throw answers 500, so KaiCalls retries. */
  handle(event: WebhookEvent): void | Promise<void>;
  inbox?: Inbox;
}

/**
 * The app, with the endpoint at POST /webhooks.
 *
 * @example
 * const app = createWebhookApp({ secret: process.env.KAICALLS_WEBHOOK_SECRET!, handle: (event) => queue.push(event) });
 * app.listen(3000);
 */
export function createWebhookApp(options: WebhookAppOptions): Express {
  const inbox = options.inbox ?? inMemoryInbox();
  const app = express();

  // express.raw on this route only: the signature covers the exact bytes, which express.json() would
  // parse away. (If the app uses express.json() globally, mount this route before it.)
  app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
    let event: WebhookEvent;
    try {
      event = verify(req.body, req.headers, options.secret);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // 400 with the reason: it shows up in the delivery log, and tells an attacker nothing new.
      res.status(400).json({ error: { code: error.reason, message: error.message } });
      return;
    }

    // The header is covered by the signature, so it can be trusted as the deduplication key.
    // (With several app instances, make has+add one atomic claim, e.g. an INSERT that may conflict.)
    const webhookId = req.header('webhook-id')!;
    if (await inbox.has(webhookId)) {
      // Acknowledge a duplicate with a 2xx, or KaiCalls would keep retrying it.
      res.status(200).json({ received: true, duplicate: true });
      return;
    }
    await options.handle(event);
    // Recorded after the work succeeded: if handle() throws, the retry gets another chance.
    await inbox.add(webhookId);
    res.status(200).json({ received: true });
  });

  return app;
}

/** An inbox for one process (and for tests). */
export function inMemoryInbox(): Inbox & { size(): number } {
  const ids = new Set<string>();
  return {
    has: (id) => ids.has(id),
    add: (id) => {
      ids.add(id);
    },
    size: () => ids.size,
  };
}
