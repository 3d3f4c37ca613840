// Webhook subscriptions: an endpoint URL, an event filter and a signing secret that is shown once, at
// creation and at each rotation. During a rotation's grace period every delivery carries two signatures.
import type { Core } from '../core/context.js';
import type { Schemas, WebhookRecord } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Scope } from '../http/scope.js';
import { generateSecret } from '../webhooks/signing.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

/** The plan limit behind 422 limit_reached. */
export const MAX_WEBHOOKS = 20;
/** How long a rotated-out secret keeps signing when the request does not say. */
const DEFAULT_GRACE_SECONDS = 86_400;

function getWebhookRecord(ctx: Core, scope: Scope, id: string): WebhookRecord {
  return find(ctx, scope, 'webhooks', id, 'webhook_id');
}

function withSecret(ctx: Core, webhook: WebhookRecord): Schemas['WebhookEndpointWithSecret'] {
  const graceLeft = webhook.previousExpiresAt !== null && webhook.previousExpiresAt > ctx.clock.now();
  return {
    ...webhook.record,
    secret: webhook.secret,
    previous_secret_expires_at: graceLeft ? ctx.iso(webhook.previousExpiresAt!) : null,
  };
}

/** Deliveries are HTTP POSTs: other schemes (which `format: uri` allows) could never be reached. */
function checkUrl(url: string): void {
  if (!/^https?:\/\//i.test(url)) {
    throw new MockError(
      'invalid_request',
      `Invalid request body: url must be an http:// or https:// URL (got "${url.slice(0, 100)}").`,
      'url',
    );
  }
}

export const webhooks = defineResource({
  operations: {
    listWebhooks({ query, scope }, ctx) {
      return { body: listPage(ctx, scope, 'webhooks', query, {}, { view: (w) => w.record }) };
    },
    createWebhook({ body, scope }, ctx) {
      const input = body as Schemas['WebhookEndpointCreate'];
      checkUrl(input.url);
      // A bound key's subscriptions receive its business's events only; another business is not found.
      const businessId = input.business_id ?? scope.businessId;
      if (businessId !== null) find(ctx, scope, 'businesses', businessId, 'business_id');
      if (ctx.state.webhooks.size >= MAX_WEBHOOKS) {
        throw new MockError(
          'limit_reached',
          `Your account allows ${MAX_WEBHOOKS} webhook subscriptions. Delete one you no longer use, or widen the event filter of an existing one.`,
        );
      }
      const now = ctx.iso();
      const webhook: WebhookRecord = {
        record: {
          id: ctx.id('whk'),
          url: input.url,
          business_id: businessId,
          description: input.description ?? null,
          events: input.events ?? ['*'],
          enabled: input.enabled ?? true,
          created_at: now,
          updated_at: now,
          secret_rotated_at: null,
        },
        secret: generateSecret(ctx.random),
        previousSecret: null,
        previousExpiresAt: null,
      };
      ctx.state.webhooks.set(webhook.record.id, webhook);
      return { status: 201, body: withSecret(ctx, webhook) };
    },
    getWebhook({ scope, params }, ctx) {
      return { body: getWebhookRecord(ctx, scope, params.webhook_id!).record };
    },
    updateWebhook({ scope, params, body }, ctx) {
      const webhook = getWebhookRecord(ctx, scope, params.webhook_id!);
      const input = body as Schemas['WebhookEndpointUpdate'];
      if (input.url !== undefined) checkUrl(input.url);
      Object.assign(webhook.record, input, { updated_at: ctx.iso() });
      ctx.state.webhooks.touch(webhook.record.id);
      return { body: webhook.record };
    },
    deleteWebhook({ scope, params }, ctx) {
      const webhook = getWebhookRecord(ctx, scope, params.webhook_id!);
      // Deliveries still retrying find the subscription gone when they fall due, and fail.
      ctx.state.webhooks.delete(webhook.record.id);
      return { body: { id: webhook.record.id, deleted: true } };
    },
    async testWebhook({ scope, params }, ctx) {
      const webhook = getWebhookRecord(ctx, scope, params.webhook_id!);
      // Logged like any event (so getEvent and replay find it), but delivered only to this subscription.
      const event = ctx.record('webhook.test', {
        webhook_id: webhook.record.id,
        message:
          'A test event from KaiCalls. Your endpoint received and, if it verifies signatures, verified it.',
      });
      const { delivery, firstAttempt } = ctx.deliveries.deliver(event, { webhook }, 'test');
      await firstAttempt;
      return { body: structuredClone(delivery) };
    },
    rotateWebhookSecret({ scope, params, body }, ctx) {
      const webhook = getWebhookRecord(ctx, scope, params.webhook_id!);
      const input = (body ?? {}) as Schemas['WebhookSecretRotation'];
      const graceMs = (input.grace_period_seconds ?? DEFAULT_GRACE_SECONDS) * 1000;
      const now = ctx.clock.now();
      // Only the secret being replaced stays valid: rotating twice in a grace period retires the oldest.
      webhook.previousSecret = graceMs > 0 ? webhook.secret : null;
      webhook.previousExpiresAt = graceMs > 0 ? now + graceMs : null;
      webhook.secret = generateSecret(ctx.random);
      webhook.record.secret_rotated_at = ctx.iso(now);
      webhook.record.updated_at = ctx.iso(now);
      ctx.state.webhooks.touch(webhook.record.id);
      return { body: withSecret(ctx, webhook) };
    },
  },
});
