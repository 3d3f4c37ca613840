// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { Deleted, Delivery, WebhookEndpoint, WebhookEndpointWithSecret } from '../models.js';

/** The query parameters of `kai.webhooks.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type WebhookListParams = Query<'listWebhooks'>;
/** The body of `kai.webhooks.create`, camelCase. */
export type WebhookCreateParams = Body<'createWebhook'>;
/** The body of `kai.webhooks.update`, camelCase. */
export type WebhookUpdateParams = Body<'updateWebhook'>;
/** The body of `kai.webhooks.rotateSecret`, camelCase. */
export type WebhookRotateSecretParams = Body<'rotateWebhookSecret'>;

/**
 * Endpoints that receive signed events, filtered by event type.
 * @example
 * const endpoint = await kai.webhooks.create({ url: 'https://example.com/kaicalls', events: ['call.completed'] });
 * // Keep endpoint.secret to verify deliveries with kai.webhooks.verify.
 */
export class Webhooks extends APIResource {
  /**
   * List webhook subscriptions.
   *
   * Returns your webhook subscriptions. Signing secrets are not included.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const endpoint of kai.webhooks.list()) console.log(endpoint.url, endpoint.events);
   */
  list(params?: WebhookListParams, options?: RequestOptions): PagePromise<WebhookEndpoint> { return this._transport.list('listWebhooks', [], params, options); }

  /**
   * Create a webhook subscription.
   *
   * Subscribes an endpoint to the event types in `events` (`["*"]` for all). The response carries the
   * signing `secret` (`whsec_…`), shown once.
   *
   * Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the
   * request's retries, so a retried create takes effect once.
   * @example
   * const endpoint = await kai.webhooks.create({ url: 'https://example.com/hooks/kaicalls', events: ['call.completed'] });
   * saveSecret(endpoint.secret);
   */
  create(params: WebhookCreateParams, options?: RequestOptions): APIPromise<WebhookEndpointWithSecret> { return this._transport.request('createWebhook', [], params, options); }

  /**
   * Get a webhook subscription.
   *
   * Returns a webhook subscription. The signing secret is not included.
   * @example
   * const endpoint = await kai.webhooks.get('whk_1Pz5rK8mTy');
   */
  get(webhookId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> { return this._transport.request('getWebhook', [webhookId], undefined, options); }

  /**
   * Update a webhook subscription.
   *
   * Changes the URL, the event filter, the description, or pauses deliveries (`enabled: false`).
   * @example
   * await kai.webhooks.update('whk_1Pz5rK8mTy', { events: ['call.completed', 'call.failed'] });
   */
  update(webhookId: string, params: WebhookUpdateParams, options?: RequestOptions): APIPromise<WebhookEndpoint> { return this._transport.request('updateWebhook', [webhookId], params, options); }

  /**
   * Delete a webhook subscription.
   *
   * Deletes a subscription. No further deliveries are attempted; past deliveries stay readable.
   * @example
   * await kai.webhooks.delete('whk_1Pz5rK8mTy');
   */
  delete(webhookId: string, options?: RequestOptions): APIPromise<Deleted> { return this._transport.request('deleteWebhook', [webhookId], undefined, options); }

  /**
   * Send a test event.
   *
   * Sends a signed `webhook.test` event to the subscription's URL now and returns the delivery with its
   * first attempt.
   * @example
   * const delivery = await kai.webhooks.test('whk_1Pz5rK8mTy');
   * console.log(delivery.status);
   */
  test(webhookId: string, options?: RequestOptions): APIPromise<Delivery> { return this._transport.request('testWebhook', [webhookId], undefined, options); }

  /**
   * Rotate the signing secret.
   *
   * Issues a new signing secret. During the grace period every delivery carries two signatures, one with the
   * old secret and one with the new, so you can switch without dropping a delivery.
   * @example
   * const { secret } = await kai.webhooks.rotateSecret('whk_1Pz5rK8mTy', { gracePeriodSeconds: 3600 });
   */
  rotateSecret(webhookId: string, params?: WebhookRotateSecretParams, options?: RequestOptions): APIPromise<WebhookEndpointWithSecret> { return this._transport.request('rotateWebhookSecret', [webhookId], params, options); }
}
