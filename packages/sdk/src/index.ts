// kaicalls: the typed client of the KaiCalls API.
export { type ClientOptions, DEFAULT_BASE_URL, KaiCalls } from './client.js';
export { APIPromise, type APIResponse } from './core/api-promise.js';
export { type Camelize, camelize, type Snakify, snakify } from './core/casing.js';
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorBody,
  InternalServerError,
  KaiCallsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UpgradeRequiredError,
  WaitTimeoutError,
} from './core/errors.js';
export type { Logger, LogLevel } from './core/logger.js';
export { Page, PagePromise } from './core/pagination.js';
export type { Body, Item, OperationId, Query, RequestOptions, Result } from './core/types.js';
export { VERSION } from './core/version.js';
export type * from './generated/models.js';
export type { components, paths, webhooks } from './generated/openapi.js';
export { type Operation, operations } from './generated/operations.js';
export type * from './resources/account.js';
export type * from './resources/agents.js';
export type { Analytics as AnalyticsResource, AnalyticsGetParams } from './resources/analytics.js';
export type * from './resources/appointments.js';
export type * from './resources/attempts.js';
export type * from './resources/calls.js';
export type * from './resources/conversations.js';
export type * from './resources/deliveries.js';
export type * from './resources/events.js';
export type * from './resources/jobs.js';
export type * from './resources/keys.js';
export type * from './resources/leads.js';
export type * from './resources/numbers.js';
export type * from './resources/recordings.js';
export type * from './resources/runs.js';
export type * from './resources/smsMessages.js';
export type * from './resources/webhooks.js';
export {
  constructEvent,
  generateSecret,
  sign,
  signAsync,
  verify,
  verifyAsync,
  type WebhookBody,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventType,
  type WebhookHeaders,
  type WebhookSecret,
  WebhookVerificationError,
  webhookMiddleware,
} from './webhooks/index.js';
