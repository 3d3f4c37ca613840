// One request path for every operation: URL, headers, casing, timeouts, retries, errors and logging live
// here once, and resources only say which operation they call.

import type { paths } from '@kaicalls/contract/openapi';
import createClient from 'openapi-fetch';
import { type Route, routes } from '../generated/routes.js';
import { APIPromise, type APIResponse } from './api-promise.js';
import { camelize, snakify } from './casing.js';
import { APIConnectionError, APITimeoutError, errorFromResponse, KaiCallsError } from './errors.js';
import { headersForLog, type Logger } from './logger.js';
import type { PageBody } from './pagination.js';
import { PagePromise } from './pagination.js';
import { backoffDelay, isRetryableStatus, retryDelay, sleep } from './retry.js';
import type {
  Item,
  ListOperationId,
  OperationId,
  Params,
  PathArgs,
  RequestOptions,
  Result,
} from './types.js';
import { VERSION } from './version.js';

/** The settings a transport runs with, resolved from the client's options and the environment. */
export interface TransportConfig {
  apiKey: string;
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  fetch: typeof fetch;
  defaultHeaders: Record<string, string | null | undefined>;
  log: Logger;
  /** Whether debug lines are wanted (checked before building them, to keep requests cheap). */
  debug: boolean;
}

type LooseClient = {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{
    data?: unknown;
    error?: unknown;
    response: Response;
  }>;
};

// openapi-fetch builds a platform `Request` and then hands it to `fetch`, which copies it again. This
// plain holder carries the same fields to our `fetch` wrapper, which calls `fetch(url, init)` once: the
// difference is most of openapi-fetch's overhead (see bench/throughput.mjs).
class WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | undefined;
  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers as Headers;
    this.body = init.body;
    this.signal = init.signal ?? undefined;
  }
}

/** The reason an attempt was abandoned for its timeout. */
const TIMED_OUT = Symbol('timed out');

/** What the transport needs to know of an operation. */
interface Op {
  method: string;
  path: string;
  pathParams: string[];
  idempotent: boolean;
}

const ops = new Map<string, Op>();

function operation(id: OperationId): Op {
  let op = ops.get(id);
  if (!op) {
    const [method, path, idempotent]: Route = routes[id];
    const pathParams = Array.from(path.matchAll(/\{(\w+)\}/g), (match) => match[1]!);
    op = { method, path, pathParams, idempotent: idempotent === 1 };
    ops.set(id, op);
  }
  return op;
}

export class Transport {
  readonly config: TransportConfig;
  readonly #client: LooseClient;
  readonly #userAgent = `kaicalls-node/${VERSION}`;

  constructor(config: TransportConfig) {
    this.config = config;
    const userFetch = config.fetch;
    this.#client = createClient<paths>({
      baseUrl: config.baseUrl,
      Request: WireRequest as unknown as typeof Request,
      querySerializer: serializeQuery,
      fetch: (request: Request) =>
        userFetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: request.signal,
        }),
    }) as unknown as LooseClient;
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

  async #send(
    op: Op,
    pathArgs: readonly unknown[],
    params: object | undefined,
    options: RequestOptions = {},
  ): Promise<APIResponse<unknown>> {
    const { config } = this;
    const log = config.log;
    const path = resolvePath(op, pathArgs);
    const wire = params === undefined ? undefined : snakify(params);
    const hasBody = op.method === 'POST' || op.method === 'PATCH';
    const headers = this.#headers(op, options);
    const init: Record<string, unknown> = {
      params: { query: hasBody ? undefined : wire },
      body: hasBody ? wire : undefined,
      headers,
    };
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    const userSignal = options.signal;
    const label = `${op.method} ${op.path}`;

    for (let attempt = 0; ; attempt++) {
      userSignal?.throwIfAborted();
      const started = Date.now();
      if (config.debug && attempt === 0)
        log.debug(`→ ${label}`, {
          path,
          headers: headersForLog(headers),
          body: init.body ?? init.params,
        });

      let result: Awaited<ReturnType<LooseClient['request']>>;
      const attemptResult = this.#attempt(op.method, path, init, timeout, userSignal);
      try {
        result = await attemptResult.response;
      } catch (cause) {
        if (userSignal?.aborted) throw userSignal.reason;
        const error =
          cause === TIMED_OUT
            ? new APITimeoutError(
                `${label} timed out after ${timeout} ms${attempt ? ` (${attempt + 1} attempts)` : ''}. ` +
                  'Raise `timeout` in the client or request options if the API is slow to answer.',
              )
            : new APIConnectionError(
                `${label} could not reach ${config.baseUrl}: ${describe(cause)}${attempt ? ` (${attempt + 1} attempts)` : ''}. ` +
                  'Check the network and `baseUrl`.',
                { cause },
              );
        if (attempt >= maxRetries) throw error;
        const delay = backoffDelay(attempt);
        log.info(
          `${label} failed (${error.name}); retrying in ${Math.round(delay)} ms (retry ${attempt + 1} of ${maxRetries})`,
        );
        await sleep(delay, userSignal);
        continue;
      } finally {
        attemptResult.done();
      }

      const { response } = result;
      const requestId = response.headers.get('x-request-id');
      if (config.debug)
        log.debug(`← ${label} ${response.status} in ${Date.now() - started} ms`, { requestId });
      if (response.ok) {
        return { data: camelize(result.data), json: result.data, response, requestId };
      }
      const error = errorFromResponse(response.status, result.error, response.headers);
      if (attempt < maxRetries && isRetryableStatus(response.status, error.code)) {
        const delay = retryDelay(response.status, response.headers, attempt);
        if (delay !== null) {
          log.info(
            `${label} answered ${response.status}${error.code ? ` ${error.code}` : ''}; retrying in ${Math.round(delay)} ms (retry ${attempt + 1} of ${maxRetries}, request id ${requestId ?? 'none'})`,
          );
          await sleep(delay, userSignal);
          continue;
        }
      }
      throw error;
    }
  }

  /**
   * One attempt, bounded by `timeout`. With a caller's signal, the attempt gets its own AbortController
   * linked to it, and a timeout aborts the connection. Without one, no signal is passed at all and the
   * timeout only stops the wait: on Node 20 a signal on every fetch costs about 15 % of throughput
   * (measured in bench/throughput.mjs's setting), and an abandoned attempt still ends on its own (its
   * body is read and dropped, or undici's own timeouts close it).
   */
  #attempt(
    method: string,
    path: string,
    init: Record<string, unknown>,
    timeout: number,
    userSignal: AbortSignal | undefined,
  ): { response: Promise<Awaited<ReturnType<LooseClient['request']>>>; done: () => void } {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (userSignal) {
      const controller = new AbortController();
      const onAbort = () => controller.abort(userSignal.reason);
      userSignal.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(() => controller.abort(TIMED_OUT), timeout);
      const response = this.#client
        .request(method, path, { ...init, signal: controller.signal })
        .catch((error) => {
          throw controller.signal.reason === TIMED_OUT ? TIMED_OUT : error;
        });
      return {
        response,
        done: () => {
          clearTimeout(timer);
          userSignal.removeEventListener('abort', onAbort);
        },
      };
    }
    const request = this.#client.request(method, path, init);
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(TIMED_OUT), timeout);
    });
    // The abandoned attempt may still fail later; that is no one's error any more.
    request.catch(() => {});
    return { response: Promise.race([request, timedOut]), done: () => clearTimeout(timer) };
  }

  #headers(op: Op, options: RequestOptions): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${this.config.apiKey}`,
      'User-Agent': this.#userAgent,
    };
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

// The path is filled in here, from the operation's `{name}` segments, so openapi-fetch has none to parse.
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

// Form style, arrays exploded (`type=a&type=b`): the spec's only query style. Skips undefined and null.
function serializeQuery(query: Record<string, unknown>): string {
  let out = '';
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      out += `${out ? '&' : ''}${key}=${encodeURIComponent(String(item))}`;
    }
  }
  return out;
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
