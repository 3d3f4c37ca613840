// kaicalls/webhooks: verify and sign Standard Webhooks deliveries, importable without the client.
export type { WebhookHeaderName, WebhookVerificationReason } from './errors.js';
export { WebhookVerificationError } from './errors.js';
export type {
  WebhookMiddlewareOptions,
  WebhookRequest,
  WebhookRequestLike,
  WebhookResponseLike,
} from './express.js';
export { constructEvent, webhookMiddleware } from './express.js';
export type { FastifyWebhookRequest } from './fastify.js';
export { constructFastifyEvent, rawJsonParser } from './fastify.js';
export type { WebhookFetchRequest, WebhookHandlerOptions } from './request.js';
export { verifyRequest, webhookHandler } from './request.js';
export type { SignedWebhook, SignOptions } from './sign.js';
export { generateSecret, sign, signAsync } from './sign.js';
export type {
  VerifyOptions,
  WebhookBody,
  WebhookEvent,
  WebhookEventOf,
  WebhookEventType,
  WebhookHeaders,
  WebhookSecret,
} from './types.js';
export { verify, verifyAsync } from './verify.js';
