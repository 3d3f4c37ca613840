// kaicalls: the typed client of the KaiCalls API.

/**
 * One entry of {@link operations}: an operation's id, method, path, resource (`tag`) and method (`action`),
 * scopes, pagination and idempotency, as the spec defines them.
 * @example
 * const create = operations.find((op) => op.operationId === 'createCall');
 * console.log(create?.method, create?.path, create?.scopes);
 */
export type { Operation } from '@kaicalls/contract/operations';
export { operations } from '@kaicalls/contract/operations';
export { type ClientOptions, DEFAULT_BASE_URL, KaiCalls } from './client.js';
export { APIPromise, type APIResponse } from './core/api-promise.js';
export { type Camelize, camelize, type Snakify, snakify } from './core/casing.js';
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorBody,
  InternalServerError,
  KaiCallsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  UpgradeRequiredError,
  WaitTimeoutError,
} from './core/errors.js';
export { isKaiCallsError } from './core/guards.js';
export type { Logger, LogLevel } from './core/logger.js';
export { Page, PagePromise } from './core/pagination.js';
export { Stream, type StreamOptions, type StreamReadyInfo } from './core/stream.js';
export type {
  Body,
  Item,
  OperationId,
  Query,
  RequestOptions,
  Result,
  StreamEndOf,
  StreamItem,
  StreamOperationId,
} from './core/types.js';
export { VERSION } from './core/version.js';
export type * from './generated/models.js';
export type * from './generated/resources/account.js';
export type * from './generated/resources/agents.js';
export type { Analytics as AnalyticsResource, AnalyticsGetParams } from './generated/resources/analytics.js';
export type * from './generated/resources/appointments.js';
export type * from './generated/resources/attempts.js';
export type * from './generated/resources/conversations.js';
export type * from './generated/resources/deliveries.js';
export type * from './generated/resources/events.js';
export type * from './generated/resources/jobs.js';
export type * from './generated/resources/keys.js';
export type * from './generated/resources/leads.js';
export type * from './generated/resources/numbers.js';
export type * from './generated/resources/recordings.js';
export type * from './generated/resources/runs.js';
export type * from './generated/resources/sms-messages.js';
export type * from './resources/calls.js';
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
