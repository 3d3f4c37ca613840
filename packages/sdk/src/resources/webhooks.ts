// `kai.webhooks`: the generated operations, plus `verify` for the deliveries (src/webhooks/verify.ts).
import { Webhooks as WebhookOperations } from '../generated/resources/webhooks.js';
import type {
  VerifyOptions,
  WebhookBody,
  WebhookEvent,
  WebhookHeaders,
  WebhookSecret,
} from '../webhooks/types.js';
import { verify } from '../webhooks/verify.js';

export type {
  WebhookCreateParams,
  WebhookListParams,
  WebhookRotateSecretParams,
  WebhookUpdateParams,
} from '../generated/resources/webhooks.js';

/**
 * Webhook subscriptions (endpoints that receive signed events, filtered by event type), and the
 * verification of the deliveries they receive.
 * @example
 * const endpoint = await kai.webhooks.create({ url: 'https://example.com/kaicalls', events: ['call.completed'] });
 * // Keep endpoint.secret to verify deliveries with kai.webhooks.verify.
 */
export class Webhooks extends WebhookOperations {
  /**
   * Verifies a delivery's Standard Webhooks signature and returns its typed event (the same as `verify`
   * from `kaicalls/webhooks`, which needs no client). Synchronous, on node:crypto; on edge runtimes use
   * `verifyAsync` from `kaicalls` or `kaicalls/webhooks`.
   * @throws {WebhookVerificationError} saying why the delivery must be rejected (answer it with a 400).
   * @example
   * app.post('/hooks/kaicalls', express.raw({ type: 'application/json' }), (req, res) => {
   *   const event = kai.webhooks.verify(req.body, req.headers, process.env.KAICALLS_WEBHOOK_SECRET!);
   *   if (event.type === 'call.completed') console.log(event.data.summary);
   *   res.sendStatus(204);
   * });
   */
  verify(
    rawBody: WebhookBody,
    headers: WebhookHeaders,
    secret: WebhookSecret,
    options?: VerifyOptions,
  ): WebhookEvent {
    return verify(rawBody, headers, secret, options);
  }
}
