// Every error the SDK throws. This file imports nothing at runtime so that `kaicalls/webhooks` can extend
// `KaiCallsError` without pulling in the client.
import type { Call } from '../generated/models.js';

/**
 * The base class of every error thrown by the SDK, so one `instanceof` check catches them all.
 *
 * @example
 * try {
 *   await kai.calls.get('call_missing');
 * } catch (error) {
 *   if (error instanceof KaiCallsError) console.error(error.message);
 * }
 */
export class KaiCallsError extends Error {
  override name = 'KaiCallsError';
}

/**
 * The brand every SDK error carries, registered globally (`Symbol.for`) so that `isKaiCallsError` knows an
 * SDK error from another copy of the package too: the CommonJS and ESM builds loaded side by side each
 * have their own classes, and `instanceof` fails across them.
 */
export const KAICALLS_ERROR = Symbol.for('kaicalls.error');
// A symbol key: no `for...in`, `Object.keys` or `JSON.stringify` of an error shows it.
(KaiCallsError.prototype as unknown as Record<symbol, true>)[KAICALLS_ERROR] = true;

/**
 * The request was aborted by the `signal` you passed: an SDK error like the others, so every rejection of
 * an `APIPromise` is a `KaiCallsError`. Its `name` is `'AbortError'`, as `fetch`'s own abort error, so a
 * check of `error.name === 'AbortError'` keeps working; `cause` is the reason the signal was aborted with
 * (`signal.reason`). Not retried.
 * @example
 * const controller = new AbortController();
 * const call = kai.calls.get(id, { signal: controller.signal });
 * controller.abort();
 * await call.catch((error) => {
 *   if (error instanceof APIUserAbortError) console.log('aborted:', error.cause);
 * });
 */
export class APIUserAbortError extends KaiCallsError {
  override name = 'AbortError';

  /**
   * The error for `what` aborted by `signal`, its reason as `cause` (what the SDK throws; your own code
   * rarely needs it).
   * @example
   * const controller = new AbortController();
   * controller.abort(new Error('user left'));
   * const error = APIUserAbortError.of('GET /v1/calls', controller.signal);
   * console.log(error.message); // kaicalls: GET /v1/calls was aborted by its signal (user left).
   */
  static of(what: string, signal: AbortSignal): APIUserAbortError {
    const reason: unknown = signal.reason;
    const said = reason instanceof Error ? reason.message : String(reason);
    return new APIUserAbortError(`kaicalls: ${what} was aborted by its signal (${said}).`, { cause: reason });
  }
}

/** The body of an error response, as the API sends it (`{ "error": { "code", "message", ... } }`). */
export interface ErrorBody {
  /** The API's error code (`invalid_request`, `not_found`, ...); also on {@link APIError.code}. */
  code?: string;
  /** A sentence saying what went wrong and what to do. */
  message?: string;
  /** The field, parameter, header or scope the error is about; also on {@link APIError.param}. */
  param?: string;
  /** The request's id; also on {@link APIError.requestId}. */
  request_id?: string;
  /** A link to the documentation of this error. */
  doc_url?: string;
  /** Any other field the API adds. */
  [key: string]: unknown;
}

/**
 * The API answered with an error status. Subclasses name the status (`NotFoundError` for 404, ...);
 * `code` is the API's error code (`not_found`, `idempotency_conflict`, ...), `requestId` the id to quote
 * to support.
 *
 * @example
 * try {
 *   await kai.calls.create({ agentId, to: '+15005550001' });
 * } catch (error) {
 *   if (error instanceof APIError) console.error(error.status, error.code, error.param, error.requestId);
 * }
 */
export class APIError extends KaiCallsError {
  override name = 'APIError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** The API's error code (`invalid_request`, `not_found`, ...), or null when the body was not the API's envelope. */
  readonly code: string | null;
  /** The request field, parameter, header or scope the error is about, when the API names one. */
  readonly param: string | null;
  /** The id of the request (`X-Request-Id`); quote it when you contact support. */
  readonly requestId: string | null;
  /** The response headers. */
  readonly headers: Headers;
  /** The `error` object of the response body exactly as sent, or the raw body text when it was not JSON. */
  readonly error: ErrorBody | string | undefined;

  constructor(status: number, body: unknown, headers: Headers, fallbackMessage?: string) {
    const error = errorBody(body);
    const requestId =
      headers.get('x-request-id') ?? (typeof error === 'object' ? error.request_id : undefined);
    const code = typeof error === 'object' && typeof error.code === 'string' ? error.code : null;
    const apiMessage =
      typeof error === 'object' && typeof error.message === 'string'
        ? error.message
        : (fallbackMessage ??
          describeStatus(status, headers.get('content-type'), typeof error === 'string' ? error : undefined));
    super(
      `${status}${code ? ` ${code}` : ''}: ${apiMessage}${requestId ? ` (request id ${requestId})` : ''}`,
    );
    this.status = status;
    this.code = code;
    this.param = typeof error === 'object' && typeof error.param === 'string' ? error.param : null;
    this.requestId = requestId ?? null;
    this.headers = headers;
    this.error = error;
  }
}

/**
 * 400: the request is malformed or a field breaks a rule; `param` names the field.
 * @example
 * try {
 *   await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '555-1234' });
 * } catch (error) {
 *   if (error instanceof BadRequestError) console.error(`fix ${error.param}: ${error.message}`);
 * }
 */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/**
 * 401: the API key is missing, unknown, expired or revoked.
 * @example
 * if (error instanceof AuthenticationError) console.error('Check KAICALLS_API_KEY:', error.message);
 */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/**
 * 402: the account's plan does not include this.
 * @example
 * if (error instanceof UpgradeRequiredError) console.error('Upgrade the plan to use this:', error.message);
 */
export class UpgradeRequiredError extends APIError {
  override name = 'UpgradeRequiredError';
}
/**
 * 403: the API key may not do this: `forbidden` when it lacks the scope the operation needs (`param` names
 * the scope), `ip_restricted` when its IP allowlist does not include the caller's address.
 * @example
 * if (error instanceof PermissionDeniedError && error.code === 'forbidden') console.error(`The key needs the ${error.param} scope`);
 */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/**
 * 404: no such resource, or it belongs to a business the key cannot reach.
 * @example
 * const call = await kai.calls.get(id).catch((error) => {
 *   if (error instanceof NotFoundError) return null;
 *   throw error;
 * });
 */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/**
 * 409: the resource's state does not allow this (`conflict`) or an idempotency key was reused with another body
 * (`idempotency_conflict`), both permanent and never retried; or the resource is busy for a moment
 * (`resource_locked`, `idempotency_in_progress`), retried before this is thrown.
 * @example
 * try {
 *   await kai.runs.resume(runId);
 * } catch (error) {
 *   if (error instanceof ConflictError && error.code === 'conflict') console.warn('The run is not paused');
 *   else throw error;
 * }
 */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/**
 * 422: a plan limit was reached (`limit_reached`).
 * @example
 * if (error instanceof UnprocessableEntityError && error.code === 'limit_reached') console.error(error.message);
 */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
/**
 * 429: too many requests; `retryAfter` says how many seconds to wait. Requests are retried (up to
 * `maxRetries`) before this is thrown.
 * @example
 * if (error instanceof RateLimitError) await new Promise((r) => setTimeout(r, (error.retryAfter ?? 1) * 1000));
 */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /** Seconds to wait before retrying (from `Retry-After`, else `X-RateLimit-Reset`), or null if the API did not say. */
  readonly retryAfter: number | null;
  constructor(status: number, body: unknown, headers: Headers) {
    super(status, body, headers);
    this.retryAfter = retryAfterSeconds(headers);
  }
}
/**
 * 5xx: something failed on the API's side. Requests are retried before this is thrown.
 * @example
 * if (error instanceof InternalServerError) console.error(`KaiCalls failed; quote ${error.requestId} to support`);
 */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/**
 * The request never got a response: DNS, refused or reset connection, TLS... It was retried first.
 * `cause` holds the underlying error.
 * @example
 * if (error instanceof APIConnectionError) console.error('Cannot reach KaiCalls:', error.cause);
 */
export class APIConnectionError extends KaiCallsError {
  override name = 'APIConnectionError';
  constructor(
    message: string,
    options?: {
      /** The underlying error (a `TypeError` from fetch, a socket error, ...). */
      cause?: unknown;
    },
  ) {
    super(message, options);
  }
}

/**
 * The request took longer than its `timeout` (on every attempt).
 * @example
 * try {
 *   await kai.calls.list({ limit: 100 }, { timeout: 5_000 });
 * } catch (error) {
 *   if (error instanceof APITimeoutError) console.error('Still no answer after 5 s');
 * }
 */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
}

/**
 * Something answered, but not as the API does: a 2xx whose body is not a JSON object, or an error status
 * (404, 502...) whose body is not the API's JSON error envelope (an HTML page, text, nothing), typically
 * from a proxy, a captive portal or a wrong `baseUrl`. So a wrong `baseUrl` answering 404 is this, never a
 * `NotFoundError`. It says what came back: the status, the content type and the first bytes of the body
 * (control characters escaped), and the request id when there is one. Retried only when its status is
 * retryable (408, 429, 5xx), as the API's errors are.
 * @example
 * if (error instanceof UnexpectedResponseError) console.error(error.status, error.contentType, error.bodyExcerpt);
 */
export class UnexpectedResponseError extends KaiCallsError {
  override name = 'UnexpectedResponseError';
  /** The HTTP status of the response (0 for a browser's opaque redirect). */
  readonly status: number;
  /** The `Content-Type` of the response, or null. */
  readonly contentType: string | null;
  /** The first bytes of the body as text, control characters escaped (null when not read). */
  readonly bodyExcerpt: string | null;
  /** The id of the request (`X-Request-Id`), when the response carries one. */
  readonly requestId: string | null;
  /** The response headers. */
  readonly headers: Headers;
  constructor(message: string, response: Response, bodyExcerpt: string | null = null) {
    const requestId = response.headers.get('x-request-id');
    super(`kaicalls: ${message}${requestId ? ` (request id ${requestId})` : ''}`);
    this.status = response.status;
    this.contentType = response.headers.get('content-type');
    this.bodyExcerpt = bodyExcerpt;
    this.requestId = requestId;
    this.headers = response.headers;
  }
}

/**
 * The response was a redirect (3xx). The API never redirects, so the SDK follows none: a redirect means a
 * wrong `baseUrl` or something in the way, and following it could send the request's body and API key
 * elsewhere. `location` says where it pointed. Not retried.
 * @example
 * if (error instanceof UnexpectedRedirectError) console.error(`baseUrl redirects to ${error.location}`);
 */
export class UnexpectedRedirectError extends UnexpectedResponseError {
  override name = 'UnexpectedRedirectError';
  /** The `Location` the response pointed to, or null (a browser hides it). */
  readonly location: string | null;
  constructor(message: string, response: Response, location: string | null) {
    super(message, response);
    this.location = location;
  }
}

/**
 * The response body was larger than `maxResponseBytes` (default 32 MB). Reading stopped at the limit and the
 * connection was closed: the body is never buffered whole. Not retried.
 * @example
 * const page = await kai.events.list({ limit: 100 }, { maxResponseBytes: 64 * 1024 * 1024 });
 */
export class ResponseTooLargeError extends UnexpectedResponseError {
  override name = 'ResponseTooLargeError';
  /** The limit that was exceeded, in bytes. */
  readonly limit: number;
  constructor(message: string, response: Response, limit: number) {
    super(message, response);
    this.limit = limit;
  }
}

/**
 * `calls.wait` gave up before the call finished. `lastCall` is the call as last seen, so you can decide
 * whether to keep waiting (`kai.calls.wait(error.lastCall.id)`) or cancel it.
 * @example
 * try {
 *   await kai.calls.wait(call.id, { timeout: 60_000 });
 * } catch (error) {
 *   if (error instanceof WaitTimeoutError) await kai.calls.cancel(error.callId);
 * }
 */
export class WaitTimeoutError extends KaiCallsError {
  override name = 'WaitTimeoutError';
  /** The call as last seen (null if it could not be fetched at all). */
  readonly lastCall: Call | null;
  /** The id of the call that was being waited for. */
  readonly callId: string;
  constructor(callId: string, timeout: number, lastCall: Call | null) {
    super(
      `Call ${callId} was still ${lastCall?.status ?? 'running'} after ${timeout} ms (the wait timeout). ` +
        'Wait again with a longer `timeout`, or cancel it with kai.calls.cancel(id).',
    );
    this.callId = callId;
    this.lastCall = lastCall;
  }
}

const statusClasses: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: UpgradeRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The error for an answer with an error status: the API's error (by status, as {@link errorFromResponse})
 * when the body is its JSON envelope, else an {@link UnexpectedResponseError} saying what came back.
 * `overflow`: the body was cut at the read limit.
 */
export function errorFromAnswer(
  label: string,
  response: Response,
  text: string,
  overflow = false,
): APIError | UnexpectedResponseError {
  const { status } = response;
  let json: unknown;
  if (!overflow) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (isErrorEnvelope(json)) return errorFromResponse(status, json, response.headers);
  const type = response.headers.get('content-type');
  const excerpt = excerptOf(text);
  return new UnexpectedResponseError(
    `${label} answered ${status} with ${text ? `${type ?? 'no content type'}, not the API's JSON error envelope${overflow ? ' (a large body, cut short)' : ''}: ${excerpt}` : `an empty body (${type ?? 'no content type'}), not the API's JSON error envelope`}. Something other than the KaiCalls API answered (a proxy, a gateway, another server): check \`baseUrl\` and any proxy in between.`,
    response,
    excerpt,
  );
}

/**
 * Whether a parsed body is the API's error envelope, `{ "error": { "code": "…", … } }`: an object under
 * `error` with a string `code`. Other servers answer JSON with an `error` key too (`{"error":"Not Found"}`
 * from a framework's default 404), and those are not the API speaking.
 */
function isErrorEnvelope(json: unknown): json is { error: ErrorBody } {
  if (json === null || typeof json !== 'object' || !('error' in json)) return false;
  const { error } = json as { error: unknown };
  return (
    error !== null && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string'
  );
}

/** The error class for a status: `NotFoundError` for 404, `InternalServerError` for any 5xx, ... */
export function errorFromResponse(status: number, body: unknown, headers: Headers): APIError {
  const ErrorClass = statusClasses[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(status, body, headers);
}

/**
 * Seconds to wait according to `Retry-After` (seconds or an HTTP date), else `X-RateLimit-Reset` (Unix
 * seconds); null when neither says.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (retryAfter.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, (date - now) / 1000);
  }
  const reset = headers.get('x-ratelimit-reset');
  if (reset !== null && reset.trim() !== '') {
    const at = Number(reset);
    if (Number.isFinite(at)) return Math.max(0, at - now / 1000);
  }
  return null;
}

function errorBody(body: unknown): ErrorBody | string | undefined {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (error && typeof error === 'object') return error as ErrorBody;
  }
  if (typeof body === 'string' && body.length > 0) return body;
  return undefined;
}

// The SDK builds an APIError only from the API's envelope (errorFromAnswer); a body without one reaches here
// only through errorFromResponse or the constructor called directly.
function describeStatus(status: number, contentType: string | null, text?: string): string {
  if (!text) return `The API answered ${status} with no message.`;
  return `The API answered ${status} without the usual error envelope (a proxy or gateway may be in the way). Body (${contentType ?? 'no content type'}): ${excerptOf(text)}`;
}

const EXCERPT_CHARS = 200;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The start of a body, safe to print: at most 200 characters, with control characters (and the bidi
 * overrides that reorder a terminal line) escaped, so a hostile answer cannot drive the terminal.
 */
export function excerptOf(text: string): string {
  const head = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
  return head.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
