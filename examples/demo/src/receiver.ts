// The webhook endpoint of the demo: an Express 5 app, as a customer would write it.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { verify, type WebhookEvent, WebhookVerificationError } from 'kaicalls/webhooks';

export interface Receiver {
  /** Where the mock delivers to. */
  readonly url: string;
  /** Every verified event, in the order it arrived. */
  readonly events: WebhookEvent[];
  /** Deliveries that failed verification (none, unless something is wrong). */
  readonly rejected: string[];
  /** The subscription's secret is known only once it is created, after the server is up. */
  setSecret(secret: string): void;
  /** Resolves with the first event of one of these types, from those received so far or still to come. */
  waitFor(types: WebhookEvent['type'][], timeoutMs: number): Promise<WebhookEvent>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** Called for each verified event and each rejected delivery. */
  onEvent(event: WebhookEvent): void;
  onRejected(reason: string): void;
}

/** Starts the endpoint on 127.0.0.1 and a free port. */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  let secret: string | undefined;
  const events: WebhookEvent[] = [];
  const rejected: string[] = [];
  const waiters = new Set<(event: WebhookEvent) => void>();

  const app = express();
  // express.raw, not express.json: the signature covers the exact bytes sent, which parsing would lose.
  app.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
    if (!secret) {
      // Not subscribed yet; 503 makes the sender retry later rather than drop the event.
      res.sendStatus(503);
      return;
    }
    let event: WebhookEvent;
    try {
      event = verify(req.body, req.headers, secret);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      rejected.push(error.reason);
      options.onRejected(error.message);
      // 400: the delivery log then shows the reason, and a forged request learns nothing more.
      res.status(400).json({ error: { code: error.reason, message: error.message } });
      return;
    }
    events.push(event);
    options.onEvent(event);
    for (const waiter of waiters) waiter(event);
    // Acknowledge fast; real work belongs in a queue, so that the sender never times out and retries.
    res.sendStatus(204);
  });

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    events,
    rejected,
    setSecret(value) {
      secret = value;
    },
    waitFor(types, timeoutMs) {
      const seen = events.find((event) => types.includes(event.type));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No ${types.join(' or ')} webhook arrived within ${timeoutMs / 1000}s.`));
        }, timeoutMs);
        const waiter = (event: WebhookEvent) => {
          if (!types.includes(event.type)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event);
        };
        waiters.add(waiter);
      });
    },
    close() {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // The mock keeps connections alive between deliveries; close() alone would wait for them.
      server.closeAllConnections();
      return closed;
    },
  };
}
