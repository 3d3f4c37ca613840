// `Stream`: an operation that answers Server-Sent Events (`x-stream`), as an async iterable of its items.
// One connection at a time; a dropped one (closed, reset, or silent for twice the heartbeat) is reopened with
// `Last-Event-ID`, so the loop sees every item once and in order. The transport builds the request (URL,
// key, User-Agent, headers) and the error classes are the transport's: a stream fails as a request does.
import { camelize } from './casing.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  errorFromAnswer,
  excerptOf,
  KaiCallsError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from './errors.js';
import { type AbortScope, abortScope, concat, ERROR_BODY_BYTES, isRedirect, TIMED_OUT } from './http.js';
import type { Logger } from './logger.js';
import { anySignal, backoffDelay, isRetryableStatus, retryDelay, sleep } from './retry.js';
import { type SSEMessage, SSEParser } from './sse.js';

/** What a stream's `ready` event says (`StreamReady`, camelCase). */
export interface StreamReadyInfo {
  /** Always `stream.ready`. */
  object: 'stream.ready';
  /** Seconds between heartbeats; a stream silent for twice as long is treated as dropped and reopened. */
  heartbeatSeconds: number;
}

/** Options of a stream method: the request options, and a callback for the moment the stream is live. */
export interface StreamOptions {
  /** Closes the stream when the signal fires; the loop then throws the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds the stream may take to open, until its `ready` event (default: the client's `timeout`);
   * a stream that stays open is not bound by it. A first open that runs out throws `APITimeoutError`.
   */
  timeout?: number | undefined;
  /** Reopening attempts in a row that may fail before the loop throws (default: the client's `maxRetries`). */
  maxRetries?: number | undefined;
  /** The largest single event accepted, in bytes (default: the client's `maxResponseBytes`); the stream is not limited. */
  maxResponseBytes?: number | undefined;
  /** Extra headers for the stream's requests; `null` removes a default header. */
  headers?: Record<string, string | null | undefined> | undefined;
  /** Called each time the stream (re)opens and is live, with its `ready` event. */
  onReady?: ((ready: StreamReadyInfo) => void) | undefined;
}

/** What the transport hands a stream: one request, ready to send, and the settings it runs with. */
export interface StreamRequest {
  label: string;
  url: string;
  headers: Record<string, string>;
  baseUrl: string;
  fetch: typeof fetch;
  log: Logger;
  /** The SSE `id` is the item's `sequence` (a call's timeline) or its `id` (events). */
  resume: 'sequence' | 'id';
  /** The stream ends with an `end` event (a call's timeline); else it runs until closed. */
  ends: boolean;
  timeout: number;
  maxRetries: number;
  maxEventBytes: number;
  signal: AbortSignal | undefined;
  onReady: ((ready: StreamReadyInfo) => void) | undefined;
  /** Waits, before each open, until the key's read limit has room (the transport's `ReadLimiter`). */
  gate: (signal: AbortSignal) => Promise<void>;
  /** Sees each open's response, or undefined when it got none (the transport reads its rate-limit headers). */
  observe: (response: Response | undefined) => void;
}

const IDLE: unique symbol = Symbol('idle');
const CLOSED: unique symbol = Symbol('closed');
const noop = () => {};
const decoder = new TextDecoder();

/** Why a connection ended short: the reason to log, the error if reopening fails, the delay asked for. */
type Dropped = { reason: string; error: KaiCallsError; delay?: number | null };

/**
 * The result of a stream method (`kai.calls.stream`, `kai.events.stream`): iterate it with `for await` for
 * each item as it happens, camelCase, once and in order, across reconnections. The connection opens when the
 * loop starts; `break` (or `close()`, or the `signal`) closes it. Errors that reopening cannot mend (401,
 * 403, 404, a body that is not an event stream) end the loop with the SDK's typed error, as for a request.
 *
 * @example
 * const stream = kai.calls.stream('call_8fK2pQ7vN3');
 * for await (const event of stream) console.log(event.sequence, event.type);
 * const { call } = await stream.result(); // the final call, from the stream's `end` event
 */
export class Stream<Item, End = never> implements AsyncIterable<Item> {
  readonly #request: StreamRequest;
  #started = false;
  #closed = false;
  #connection: AbortController | undefined;
  /** Aborted by `close()`: ends a wait between two connections too. */
  readonly #life = new AbortController();
  #lastEventId = '';
  #lastSequence = 0;
  #end: { value: End } | undefined;
  #failure: unknown;
  #settled = false;
  #waiters: { resolve: (end: End) => void; reject: (error: unknown) => void }[] = [];

  constructor(request: StreamRequest, lastEventId = '') {
    this.#request = request;
    this.#lastEventId = lastEventId;
    if (request.resume === 'sequence' && /^\d+$/.test(lastEventId)) this.#lastSequence = Number(lastEventId);
  }

  /** The SSE id of the last item received (a sequence, or an event id): keep it to resume later. */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  /**
   * Closes the connection; a loop over the stream ends (without an error).
   * @example
   * const stream = kai.events.stream();
   * setTimeout(() => stream.close(), 60_000);
   * for await (const event of stream) console.log(event.type);
   */
  close(): void {
    this.#closed = true;
    this.#connection?.abort(CLOSED);
    this.#life.abort(CLOSED);
  }

  /**
   * Resolves with the data of the stream's `end` event (a call's stream: `{ lastSequence, call }`, the final
   * call), once it comes; when no loop reads the stream, reads it to its end itself. Rejects with the error
   * that ended the stream, or when it was closed before its end.
   * @example
   * const { call } = await kai.calls.stream(id).result();
   */
  result(): Promise<End> {
    if (this.#end) return Promise.resolve(this.#end.value);
    if (this.#settled) return Promise.reject(this.#failure);
    const promise = new Promise<End>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (!this.#started) {
      void (async () => {
        try {
          for await (const _ of this);
        } catch {
          // Settled below, through #settle.
        }
      })();
    }
    return promise;
  }

  /**
   * Iterates the stream's items, once and in order; the connection opens when the loop starts and closes
   * when it ends (`break` included). A stream can be iterated once.
   * @example
   * for await (const event of kai.calls.stream('call_8fK2pQ7vN3')) console.log(event.type);
   */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    if (this.#started) {
      throw new KaiCallsError(
        'kaicalls: a stream can be iterated once; call the stream method again for a new one.',
      );
    }
    this.#started = true;
    return this.#run();
  }

  #settle(error: unknown): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#failure =
      error ??
      new KaiCallsError(`kaicalls: ${this.#request.label} closed before its end event, so it has no result.`);
    for (const waiter of this.#waiters.splice(0)) {
      if (this.#end) waiter.resolve(this.#end.value);
      else waiter.reject(this.#failure);
    }
  }

  async *#run(): AsyncGenerator<Item> {
    const request = this.#request;
    // Opens that failed since the stream was last live: like a request, 1 + maxRetries attempts.
    let failures = 0;
    let live = false;
    let serverRetry: number | null = null;
    let error: unknown;
    try {
      for (;;) {
        let wentLive = false;
        const outcome = yield* this.#connect(
          live,
          (retry) => {
            serverRetry = retry;
          },
          () => {
            live = wentLive = true;
          },
        );
        if (outcome === 'done') return;
        const { reason, error: cause, delay: asked } = outcome;
        // A drop after `ready` waits the server's `retry`; failed opens in a row back off beyond it.
        let delay: number;
        if (wentLive) {
          failures = 0;
          delay = serverRetry ?? backoffDelay(0);
        } else {
          failures++;
          if (failures > request.maxRetries || asked === null) throw cause;
          delay = Math.max(asked ?? backoffDelay(failures - 1), serverRetry ?? 0);
        }
        const resume = this.#lastEventId ? ` with Last-Event-ID ${this.#lastEventId}` : '';
        request.log.info(
          `${request.label} ${reason}; reconnecting in ${Math.round(delay)} ms${resume} (failed attempts in a row: ${failures} of at most ${request.maxRetries + 1})`,
        );
        const pause = anySignal([request.signal, this.#life.signal]);
        try {
          await sleep(delay, pause.signal);
        } catch (cause) {
          if (this.#closed && !request.signal?.aborted) return;
          throw cause;
        } finally {
          pause.dispose();
        }
      }
    } catch (caught) {
      error = caught;
      throw caught;
    } finally {
      this.#closed = true;
      this.#connection?.abort(CLOSED);
      this.#settle(error);
    }
  }

  /**
   * One connection: opens it, yields its items, and returns `done` (the end, or closed by the caller) or
   * what went wrong, with the delay the server asked for (undefined: the backoff; null: do not retry).
   */
  async *#connect(
    wasLive: boolean,
    setRetry: (ms: number | null) => void,
    onLive: () => void,
  ): AsyncGenerator<Item, 'done' | Dropped> {
    const request = this.#request;
    const scope = abortScope(request.signal);
    const { controller, signal: own, aborted } = scope;
    this.#connection = controller;
    let idle: ReturnType<typeof setTimeout> | undefined;
    let opening: ReturnType<typeof setTimeout> | undefined;
    let response: Response | undefined;
    try {
      if (this.#closed) return 'done';
      try {
        await Promise.race([request.gate(own), aborted]);
      } catch (cause) {
        if (own.reason === CLOSED) return 'done';
        throw request.signal?.aborted ? request.signal.reason : cause;
      }
      opening = setTimeout(() => controller.abort(TIMED_OUT), request.timeout);
      const headers = { ...request.headers };
      if (this.#lastEventId) headers['Last-Event-ID'] = this.#lastEventId;
      try {
        response = await Promise.race([
          request.fetch(request.url, { method: 'GET', headers, redirect: 'manual', signal: own }),
          aborted,
        ]);
      } catch (cause) {
        request.observe(undefined);
        const stopped = this.#stopped(own, wasLive, 'did not answer');
        if (stopped) return stopped;
        return {
          reason: `could not connect (${describe(cause)})`,
          error: new APIConnectionError(
            `${request.label} could not reach ${request.baseUrl}: ${describe(cause)}. Check the network and \`baseUrl\`.`,
            { cause },
          ),
        };
      }
      request.observe(response);
      let refused: Dropped | undefined;
      try {
        refused = await this.#refusal(response, scope);
      } catch (cause) {
        // Aborted while the refusal's body was read: say why, not that the body was empty.
        if (!own.aborted) throw cause;
        const stopped = this.#stopped(own, wasLive, 'did not answer');
        if (stopped) return stopped;
        throw cause;
      }
      if (refused) return refused;
      const reader = scope.reading(response.body!.getReader());
      const parser = new SSEParser(request.maxEventBytes);
      const quiet = (ms: number) => {
        clearTimeout(idle);
        idle = setTimeout(() => controller.abort(IDLE), ms);
      };
      let heartbeatMs = 0;
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await Promise.race([reader.read(), aborted]);
        } catch (cause) {
          const stopped = this.#stopped(own, wasLive, 'sent no ready event');
          if (stopped) return stopped;
          const silent = own.reason === IDLE;
          const reason = silent
            ? `was silent for ${(2 * heartbeatMs) / 1000} s (twice its heartbeat)`
            : `was dropped (${describe(cause)})`;
          return { reason, error: this.#dropError(reason, cause) };
        }
        if (chunk.done) {
          const reason = 'was closed by the server before its end';
          return { reason, error: this.#dropError(reason) };
        }
        if (heartbeatMs) quiet(2 * heartbeatMs);
        const messages = parser.feed(chunk.value);
        setRetry(parser.retry);
        for (const message of messages) {
          const data = this.#json(message, response);
          if (message.event === 'ready') {
            clearTimeout(opening);
            const ready = camelize(data) as unknown as StreamReadyInfo;
            heartbeatMs = Math.max(1, Number(ready.heartbeatSeconds) || 15) * 1000;
            quiet(2 * heartbeatMs);
            wasLive = true;
            onLive();
            request.onReady?.(ready);
            continue;
          }
          if (message.event === 'end') {
            if (request.ends) {
              this.#end = { value: camelize(data) as End };
              return 'done';
            }
            continue;
          }
          if (!this.#fresh(message, data)) continue;
          yield camelize(data) as Item;
          if (this.#closed) return 'done';
        }
        if (parser.tooLarge) {
          throw new ResponseTooLargeError(
            `${request.label} sent an event over ${request.maxEventBytes} bytes (\`maxResponseBytes\`, which bounds each event of a stream, not the stream); the stream was closed. Raise \`maxResponseBytes\` if the API really sends events this large.`,
            response,
            request.maxEventBytes,
          );
        }
      }
    } finally {
      clearTimeout(idle);
      clearTimeout(opening);
      scope.dispose();
      if (!own.aborted) controller.abort(CLOSED);
    }
  }

  /** Whether an item is new (not one a reconnection sent again), and if so remembers it as the last one. */
  #fresh(message: SSEMessage, data: Record<string, unknown>): boolean {
    if (this.#request.resume === 'sequence') {
      const sequence = Number(data.sequence);
      if (Number.isFinite(sequence)) {
        if (sequence <= this.#lastSequence) return false;
        this.#lastSequence = sequence;
      }
    } else if (message.id !== '' && message.id === this.#lastEventId) return false;
    if (message.id !== '') this.#lastEventId = message.id;
    else if (this.#request.resume === 'sequence') this.#lastEventId = String(this.#lastSequence);
    return true;
  }

  #json(message: SSEMessage, response: Response): Record<string, unknown> {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      data = undefined;
    }
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
      return data as Record<string, unknown>;
    const excerpt = excerptOf(message.data);
    throw new UnexpectedResponseError(
      `${this.#request.label} sent an event (\`${excerptOf(message.event)}\`) whose data is not a JSON object: ${excerpt || 'nothing'}. Something other than the KaiCalls API answered: check \`baseUrl\` and any proxy in between.`,
      response,
      excerpt,
    );
  }

  /**
   * What an open's response means when it is not a live event stream: the error to throw (not retryable),
   * or a retryable failure with its delay. Undefined for a stream to read.
   */
  async #refusal(response: Response, scope: AbortScope): Promise<Dropped | undefined> {
    const { aborted, signal } = scope;
    // A body that cannot be read is reported as empty, unless the connection was aborted meanwhile (closed,
    // the caller's signal, the open's timeout): then that is what happened, and the caller says so.
    const read = (limit: number) =>
      Promise.race([readText(response, limit, scope), aborted]).catch((cause: unknown) => {
        if (signal.aborted) throw cause;
        return '';
      });
    const { label } = this.#request;
    const { status } = response;
    if (isRedirect(response)) {
      response.body?.cancel().catch(noop);
      const location = response.headers.get('location');
      throw new UnexpectedRedirectError(
        `${label} was redirected (${status || 'opaque redirect'}${location ? ` to ${excerptOf(location)}` : ''}); the API never redirects, so the SDK follows no redirect. Check \`baseUrl\` (it should end in /api, over https).`,
        response,
        location,
      );
    }
    if (!response.ok) {
      const text = await read(ERROR_BODY_BYTES);
      const error = errorFromAnswer(label, response, text);
      const code = error instanceof APIError ? error.code : null;
      if (!isRetryableStatus(status, code)) throw error;
      return {
        reason: `answered ${status}${code ? ` ${code}` : ''}${error.requestId ? ` (request id ${error.requestId})` : ''}`,
        error,
        delay: retryDelay(status, response.headers, 0),
      };
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^text\/event-stream\b/i.test(type) || !response.body) {
      const excerpt = excerptOf(await read(1024));
      throw new UnexpectedResponseError(
        `${label} answered ${status} with ${type || 'no content type'} where an event stream (text/event-stream) was expected${excerpt ? `: ${excerpt}` : ''}. The server (or a proxy in between) does not stream: check \`baseUrl\`.`,
        response,
        excerpt,
      );
    }
    return undefined;
  }

  /**
   * What an abort of the connection means, when it is one of ours: `done` when closed by the loop; the
   * caller's signal rethrown; the open's timeout thrown on the first connection, else a drop to reconnect
   * from. Undefined for any other reason (a drop, silence), which the caller describes.
   */
  #stopped(own: AbortSignal, wasLive: boolean, what: string): 'done' | Dropped | undefined {
    if (own.reason === CLOSED) return 'done';
    const { signal, timeout } = this.#request;
    if (signal?.aborted) throw signal.reason;
    if (own.reason !== TIMED_OUT) return undefined;
    if (!wasLive) throw this.#timedOut();
    return { reason: `${what} within ${timeout} ms`, error: this.#timedOut() };
  }

  #timedOut(): APITimeoutError {
    return new APITimeoutError(
      `${this.#request.label} did not open (no ready event) within ${this.#request.timeout} ms. Raise \`timeout\` in the client or request options if the API is slow to answer; a proxy that buffers responses keeps a stream from opening.`,
    );
  }

  #dropError(reason: string, cause?: unknown): APIConnectionError {
    return new APIConnectionError(
      `${this.#request.label} ${reason}, and reconnecting failed too often in a row (\`maxRetries\`). Check the network and \`baseUrl\`.`,
      { cause },
    );
  }
}

/** The first `limit` bytes of a body, as text; the rest is not downloaded. */
async function readText(response: Response, limit: number, scope?: AbortScope): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  scope?.reading(reader);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= limit) {
      reader.cancel().catch(noop);
      break;
    }
  }
  return decoder.decode(concat(chunks, size).subarray(0, limit));
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error && inner.message ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}
