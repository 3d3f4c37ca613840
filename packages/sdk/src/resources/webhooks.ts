import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { Deleted, Delivery, WebhookEndpoint, WebhookEndpointWithSecret } from '../generated/models.js';
import type {
  VerifyOptions,
  WebhookBody,
  WebhookEvent,
  WebhookHeaders,
  WebhookSecret,
} from '../webhooks/types.js';
import { verify } from '../webhooks/verify.js';

/** The query parameters of `kai.webhooks.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type WebhookListParams = Query<'listWebhooks'>;
/** The body of `kai.webhooks.create`, camelCase. */
export type WebhookCreateParams = Body<'createWebhook'>;
/** The body of `kai.webhooks.update`, camelCase. */
export type WebhookUpdateParams = Body<'updateWebhook'>;
/** The body of `kai.webhooks.rotateSecret`, camelCase. */
export type WebhookRotateSecretParams = Body<'rotateWebhookSecret'>;

/**
 * Webhook subscriptions (endpoints that receive signed events, filtered by event type), and the
 * verification of the deliveries they receive.
 * @example
 * const endpoint = await kai.webhooks.create({ url: 'https://example.com/kaicalls', events: ['call.completed'] });
 * // Keep endpoint.secret to verify deliveries with kai.webhooks.verify.
 */
export class Webhooks extends APIResource {
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

  /**
   * Lists webhook subscriptions.
   * @example
   * for await (const endpoint of kai.webhooks.list()) console.log(endpoint.url, endpoint.events);
   */
  list(params?: WebhookListParams, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._transport.list('listWebhooks', [], params, options);
  }

  /**
   * Subscribes an endpoint. Its signing `secret` (`whsec_…`) is in this response only: store it now.
   * @example
   * const endpoint = await kai.webhooks.create({ url: 'https://example.com/hooks/kaicalls', events: ['call.completed'] });
   * saveSecret(endpoint.secret);
   */
  create(params: WebhookCreateParams, options?: RequestOptions): APIPromise<WebhookEndpointWithSecret> {
    return this._transport.request('createWebhook', [], params, options);
  }

  /**
   * Gets a webhook subscription.
   * @example
   * const endpoint = await kai.webhooks.get('whk_1Pz5rK8mTy');
   */
  get(webhookId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._transport.request('getWebhook', [webhookId], undefined, options);
  }

  /**
   * Changes a subscription's URL, event filter or state.
   * @example
   * await kai.webhooks.update('whk_1Pz5rK8mTy', { events: ['call.completed', 'call.failed'] });
   */
  update(
    webhookId: string,
    params: WebhookUpdateParams,
    options?: RequestOptions,
  ): APIPromise<WebhookEndpoint> {
    return this._transport.request('updateWebhook', [webhookId], params, options);
  }

  /**
   * Deletes a subscription.
   * @example
   * await kai.webhooks.delete('whk_1Pz5rK8mTy');
   */
  delete(webhookId: string, options?: RequestOptions): APIPromise<Deleted> {
    return this._transport.request('deleteWebhook', [webhookId], undefined, options);
  }

  /**
   * Sends a signed test event to the endpoint and reports the delivery.
   * @example
   * const delivery = await kai.webhooks.test('whk_1Pz5rK8mTy');
   * console.log(delivery.status);
   */
  test(webhookId: string, options?: RequestOptions): APIPromise<Delivery> {
    return this._transport.request('testWebhook', [webhookId], undefined, options);
  }

  /**
   * Issues a new signing secret; the old one keeps signing too for the grace period.
   * @example
   * const { secret } = await kai.webhooks.rotateSecret('whk_1Pz5rK8mTy', { gracePeriodSeconds: 3600 });
   */
  rotateSecret(
    webhookId: string,
    params?: WebhookRotateSecretParams,
    options?: RequestOptions,
  ): APIPromise<WebhookEndpointWithSecret> {
    return this._transport.request('rotateWebhookSecret', [webhookId], params, options);
  }
}
