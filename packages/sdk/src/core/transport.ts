// One request path for every operation: URL, headers, casing, timeouts, retries, errors and logging live
// here once, and resources only say which operation they call.

import { RATE_LIMITS } from '@kaicalls/contract/facts';
import { type Route, type RouteExtra, routes } from '../generated/routes.js';
import { APIPromise, type APIResponse } from './api-promise.js';
import { camelize, snakify } from './casing.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  errorFromAnswer,
  excerptOf,
  KaiCallsError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from './errors.js';
import { isKaiCallsError } from './guards.js';
import { type Exchange, exchange, isRedirect, TIMED_OUT } from './http.js';
import { headersForLog, type Logger } from './logger.js';
import type { PageBody } from './pagination.js';
import { PagePromise } from './pagination.js';
import { ReadLimiter } from './read-limit.js';
import { backoffDelay, isRetryableStatus, retryDelay, sleep } from './retry.js';
import { Stream, type StreamOptions } from './stream.js';
import type {
  Item,
  ListOperationId,
  OperationId,
  Params,
  PathArgs,
  RequestOptions,
  Result,
  StreamEndOf,
  StreamItem,
  StreamOperationId,
} from './types.js';
import { VERSION } from './version.js';

/** The settings a transport runs with, resolved from the client's options and the environment. */
export interface TransportConfig {
  apiKey: string;
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  /** The largest response body read, in bytes; a larger one is refused with `ResponseTooLargeError`. */
  maxResponseBytes: number;
  fetch: typeof fetch;
  defaultHeaders: Record<string, string | null | undefined>;
  log: Logger;
  /** Whether debug lines are wanted (checked before building them, to keep requests cheap). */
  debug: boolean;
}

/** What the transport needs to know of an operation. */
interface Op {
  method: string;
  path: string;
  pathParams: string[];
  idempotent: boolean;
  extra: RouteExtra;
  /** Whether its responses tell the default read limit (not a bucket of its own, as `createCall` has). */
  reads: boolean;
}

const ops = new Map<string, Op>();

function operation(id: OperationId): Op {
  let op = ops.get(id);
  if (!op) {
    const [method, path, idempotent, extra = {}]: readonly [string, string, 0 | 1, RouteExtra?] = routes[
      id
    ] satisfies Route;
    const pathParams = Array.from(path.matchAll(/\{(\w+)\}/g), (match) => match[1]!);
    op = { method, path, pathParams, idempotent: idempotent === 1, extra, reads: !(id in RATE_LIMITS) };
    ops.set(id, op);
  }
  return op;
}

export class Transport {
  readonly config: TransportConfig;
  readonly #base: string;
  readonly #userAgent = `kaicalls-node/${VERSION}`;
  /** The key's read limit as the responses tell it; stream opens wait for room in it. */
  readonly readLimit = new ReadLimiter();

  constructor(config: TransportConfig) {
    this.config = config;
    this.#base = config.baseUrl.replace(/\/+$/, '');
  }

  /**
   * Calls an operation and resolves with its camelCase result. The operation's id decides everything
   * else: the path arguments (in the order of its path), the params (its body, else its query) and the
   * result type, so a method cannot send another operation's body or claim another result.
   */
  request<Id extends OperationId>(
    id: Id,
    pathArgs: PathArgs<Id>,
    params: Params<Id>,
    options: RequestOptions | undefined,
  ): APIPromise<Result<Id>> {
    return new APIPromise(
      this.#send(operation(id), pathArgs, params as object | undefined, options) as Promise<
        APIResponse<Result<Id>>
      >,
    );
  }

  /** Calls a list operation; the promise is also async-iterable over every item of every page. */
  list<Id extends ListOperationId>(
    id: Id,
    pathArgs: PathArgs<Id>,
    params: Params<Id>,
    options: RequestOptions | undefined,
  ): PagePromise<Item<Id>> {
    const op = operation(id);
    const query = params as object | undefined;
    const fetchPage = (cursor: string): PagePromise<Item<Id>> =>
      new PagePromise(
        this.#send(op, pathArgs, { ...query, cursor }, options) as Promise<APIResponse<PageBody<Item<Id>>>>,
        fetchPage,
      );
    return new PagePromise(
      this.#send(op, pathArgs, query, options) as Promise<APIResponse<PageBody<Item<Id>>>>,
      fetchPage,
    );
  }

  /**
   * Opens a stream operation (`x-stream`): its items, camelCase, as an async iterable that reconnects with
   * `Last-Event-ID`. Typed by the operation id as `request` is. The connection opens when the loop starts.
   */
  stream<Id extends StreamOperationId>(
    id: Id,
    pathArgs: PathArgs<Id>,
    params: Params<Id>,
    options: StreamOptions | undefined = {},
  ): Stream<StreamItem<Id>, StreamEndOf<Id>> {
    const { config } = this;
    const op = operation(id);
    const { url, wire } = this.#url(op, pathArgs, params as object | undefined);
    const headers = this.#headers(op, options, false);
    headers.Accept = 'text/event-stream';
    const after = (wire as Record<string, unknown> | undefined)?.[
      op.extra.resume === 'sequence' ? 'after_sequence' : 'after'
    ];
    const observe = (response: Response | undefined) =>
      this.readLimit.observe(op.reads ? response?.headers : undefined, true);
    return new Stream(
      {
        label: `${op.method} ${op.path}`,
        url,
        headers,
        baseUrl: config.baseUrl,
        fetch: config.fetch,
        log: config.log,
        resume: op.extra.resume ?? 'id',
        ends: op.extra.ends === 1,
        timeout: options.timeout ?? config.timeout,
        maxRetries: options.maxRetries ?? config.maxRetries,
        maxEventBytes: options.maxResponseBytes ?? config.maxResponseBytes,
        signal: options.signal,
        onReady: options.onReady,
        gate: (signal) => this.readLimit.acquire(signal),
        observe,
      },
      after === undefined || after === null ? '' : String(after),
    );
  }

  #url(
    op: Op,
    pathArgs: readonly unknown[],
    params: object | undefined,
  ): { url: string; path: string; wire: unknown } {
    const path = resolvePath(op, pathArgs);
    const wire = params === undefined ? undefined : snakify(params);
    const hasBody = op.method === 'POST' || op.method === 'PATCH';
    const query =
      hasBody || wire === undefined ? '' : serializeQuery(wire as Record<string, unknown>, op.extra.csv);
    return { url: `${this.#base}${path}${query ? `?${query}` : ''}`, path, wire };
  }

  /**
   * Sends an operation, retrying what is worth retrying. `timeout` is the request's budget in all: every
   * attempt, body included, gets what is left of it, and a retry waits only if the wait fits in it.
   */
  async #send(
    op: Op,
    pathArgs: readonly unknown[],
    params: object | undefined,
    options: RequestOptions = {},
  ): Promise<APIResponse<unknown>> {
    // What it rejects with is always an SDK error (an abort, a body that cannot be serialised: wrapped).
    try {
      const { config } = this;
      const log = config.log;
      const { url, path, wire } = this.#url(op, pathArgs, params);
      const hasBody = op.method === 'POST' || op.method === 'PATCH';
      const body = hasBody && wire !== undefined ? JSON.stringify(wire) : undefined;
      const headers = this.#headers(op, options, body !== undefined);
      const init: RequestInit = { method: op.method, headers, body };
      const maxRetries = options.maxRetries ?? config.maxRetries;
      const timeout = options.timeout ?? config.timeout;
      const maxBytes = options.maxResponseBytes ?? config.maxResponseBytes;
      const userSignal = options.signal;
      const label = `${op.method} ${op.path}`;
      const deadline = Date.now() + timeout;
      const attempts = (attempt: number) => (attempt ? ` (${attempt + 1} attempts)` : '');

      for (let attempt = 0; ; attempt++) {
        userSignal?.throwIfAborted();
        const started = Date.now();
        if (config.debug && attempt === 0)
          log.debug(`→ ${label}`, { path, headers: headersForLog(headers), body: wire });

        let result: Exchange;
        let error: KaiCallsError;
        try {
          result = await exchange(config.fetch, url, init, deadline - started, userSignal, maxBytes);
        } catch (cause) {
          if (userSignal?.aborted) throw userSignal.reason;
          if (cause === TIMED_OUT) {
            throw new APITimeoutError(
              `${label} timed out after ${timeout} ms${attempts(attempt)}. ` +
                'Raise `timeout` in the client or request options if the API is slow to answer.',
            );
          }
          error = new APIConnectionError(
            `${label} could not reach ${config.baseUrl}: ${describe(cause)}${attempts(attempt)}. ` +
              'Check the network and `baseUrl`.',
            { cause },
          );
          if (
            !(await this.#retry(
              label,
              error,
              backoffDelay(attempt),
              attempt,
              maxRetries,
              deadline,
              userSignal,
            ))
          )
            throw error;
          continue;
        }

        const { response } = result;
        const requestId = response.headers.get('x-request-id');
        if (config.debug)
          log.debug(`← ${label} ${response.status} in ${Date.now() - started} ms`, { requestId });
        if (op.reads) this.readLimit.observe(response.headers);
        const outcome = interpret(label, result, maxBytes);
        if (!(outcome instanceof KaiCallsError)) {
          return { data: camelize(outcome.json), json: outcome.json, response, requestId };
        }
        error = outcome;
        const code = error instanceof APIError ? error.code : null;
        if (
          !isRetryableStatus(response.status, code) ||
          !(await this.#retry(
            label,
            error,
            retryDelay(response.status, response.headers, attempt),
            attempt,
            maxRetries,
            deadline,
            userSignal,
            `answered ${response.status}${code ? ` ${code}` : ''}`,
            requestId,
          ))
        )
          throw error;
      }
    } catch (error) {
      throw asKaiCallsError(error, `${op.method} ${op.path}`, options.signal);
    }
  }

  /**
   * Waits before the next attempt and resolves true, or resolves false when there is none: no retries
   * left, or a wait (null: longer than the SDK sits out) that does not fit in what is left of the timeout.
   */
  async #retry(
    label: string,
    error: KaiCallsError,
    delay: number | null,
    attempt: number,
    maxRetries: number,
    deadline: number,
    signal: AbortSignal | undefined,
    what = `failed (${error.name})`,
    requestId?: string | null,
  ): Promise<boolean> {
    if (attempt >= maxRetries || delay === null || Date.now() + delay >= deadline) return false;
    this.config.log.info(
      `${label} ${what}; retrying in ${Math.round(delay)} ms (retry ${attempt + 1} of ${maxRetries}${requestId === undefined ? '' : `, request id ${requestId ?? 'none'}`})`,
    );
    await sleep(delay, signal);
    return true;
  }

  #headers(op: Op, options: RequestOptions, hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${this.config.apiKey}`,
      'User-Agent': this.#userAgent,
    };
    if (hasBody) headers['Content-Type'] = 'application/json';
    // Generated once per call, so every retry of a create carries the same key and is placed at most once.
    if (op.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? uuid();
    for (const extra of [this.config.defaultHeaders, options.headers]) {
      if (!extra) continue;
      for (const [name, value] of Object.entries(extra)) {
        const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
        if (existing) delete headers[existing];
        if (value !== null && value !== undefined) headers[name] = value;
      }
    }
    return headers;
  }
}

const decoder = new TextDecoder();

/**
 * What an exchange means: the JSON of a success, or the error to throw (and maybe retry). A success must be
 * a JSON object (or nothing, for a 204); anything else did not come from the API.
 */
function interpret(
  label: string,
  { response, bytes, overflow }: Exchange,
  maxBytes: number,
): { json: unknown } | KaiCallsError {
  const { status } = response;
  if (isRedirect(response)) {
    const location = response.headers.get('location');
    return new UnexpectedRedirectError(
      `${label} was redirected (${status || 'opaque redirect'}${location ? ` to ${excerptOf(location)}` : ''}); the API never redirects, so the SDK follows no redirect. Check \`baseUrl\` (it should end in /api, over https).`,
      response,
      location,
    );
  }
  // The API's error when the body is its envelope; else what came back, whatever the status.
  if (!response.ok) return errorFromAnswer(label, response, decoder.decode(bytes), overflow);
  if (overflow) {
    return new ResponseTooLargeError(
      `${label} answered ${status} with a body over ${maxBytes} bytes (\`maxResponseBytes\`); it was not read. Narrow the request (a smaller \`limit\`), or raise \`maxResponseBytes\` if the API really sends this much.`,
      response,
      maxBytes,
    );
  }
  if (status === 204 || status === 205) return { json: undefined };
  const text = decoder.decode(bytes);
  const json = parseJson(text);
  if (json !== null && typeof json === 'object') return { json };
  const type = response.headers.get('content-type');
  const excerpt = excerptOf(text);
  return new UnexpectedResponseError(
    `${label} answered ${status} with ${text ? `a body that is not a JSON object (${type ?? 'no content type'}): ${excerpt}` : 'an empty body where JSON was expected'}. Something other than the KaiCalls API answered: check \`baseUrl\` and any proxy in between.`,
    response,
    excerpt,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// The path is filled in from the operation's `{name}` segments, each value encoded.
function resolvePath(op: Op, args: readonly unknown[]): string {
  let path = op.path;
  op.pathParams.forEach((name, index) => {
    const value = args[index];
    if (typeof value !== 'string' || value === '') {
      throw new KaiCallsError(
        `kaicalls: ${op.method} ${op.path} needs ${name} as argument ${index + 1} (a non-empty string), got ${value === '' ? 'an empty string' : typeof value}.`,
      );
    }
    path = path.replace(`{${name}}`, encodeURIComponent(value));
  });
  return path;
}

// Form style: arrays exploded (`type=a&type=b`), or comma-separated (`types=a,b`) for the parameters the
// spec gives `explode: false`. Skips undefined and null.
function serializeQuery(query: Record<string, unknown>, csv: readonly string[] = []): string {
  let out = '';
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? (csv.includes(key) ? [value.join(',')] : value) : [value];
    for (const item of items) {
      out += `${out ? '&' : ''}${key}=${encodeURIComponent(String(item))}`;
    }
  }
  return out;
}

/**
 * What a request rejects with is always an SDK error: an abort by the caller's signal becomes an
 * `APIUserAbortError` (its `cause` the signal's reason), anything else thrown before an answer (a body
 * that cannot be serialised...) a `KaiCallsError` with it as `cause`.
 */
function asKaiCallsError(error: unknown, label: string, signal: AbortSignal | undefined): KaiCallsError {
  if (isKaiCallsError(error)) return error;
  if (signal?.aborted) return APIUserAbortError.of(label, signal);
  return new KaiCallsError(`kaicalls: ${label} failed before it was answered: ${describe(error)}.`, {
    cause: error,
  });
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error && inner.message ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}

function uuid(): string {
  return globalThis.crypto.randomUUID();
}
