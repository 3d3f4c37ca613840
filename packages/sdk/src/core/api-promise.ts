import type { KaiCallsError } from './errors.js';

/** What `.withResponse()` resolves to: the result with the raw response it came from. */
export interface APIResponse<T> {
  /** The result, camelCase (what awaiting the promise gives). */
  data: T;
  /** The HTTP response (its body is already read). */
  response: Response;
  /** The id of the request (`X-Request-Id`), to quote to support. */
  requestId: string | null;
  /** The body exactly as it came over the wire (snake_case). */
  json: unknown;
}

/**
 * The promise every SDK method returns: await it for the camelCase result, or call `.withResponse()` for
 * the raw `Response`, the request id and the wire JSON as well. The request starts when the method is
 * called, not when the promise is awaited.
 *
 * A rejection is always a `KaiCallsError`, and `.catch()` and `.then()` type it so: narrow it with
 * `instanceof` (`APIError` for `.status`, `.code`, `.param`, `.requestId`). An abort by your `signal` is an
 * `APIUserAbortError` whose `cause` is the signal's reason; a `fetch` that throws (the network, or a custom
 * `fetch`) is an `APIConnectionError`, retried like one; anything else that fails before an answer (a body
 * that cannot be serialised) is a `KaiCallsError` with it as `cause`. (`await` in a
 * `try` block still gives `unknown`, as TypeScript types every `catch` clause; use `isKaiCallsError` there.)
 *
 * @example
 * const { data: call, requestId, response } = await kai.calls.get(id).withResponse();
 * console.log(call.status, requestId, response.headers.get('x-ratelimit-remaining'));
 */
export class APIPromise<T> extends Promise<T> {
  // A subclass whose `then` is lazy: an unhandled failure of `.withResponse()` alone is not reported twice.
  /** `then`, `catch` and `finally` return plain promises: chaining starts no second request. */
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #response: Promise<APIResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(response: Promise<APIResponse<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#response = response;
  }

  /**
   * Resolves with the result, the `Response`, the request id and the wire JSON.
   * @example
   * const { data: balance, requestId } = await kai.account.getBalance().withResponse();
   */
  withResponse(): Promise<APIResponse<T>> {
    return this.#response;
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#response.then((result) => result.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass whose `then` parses lazily.
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: KaiCallsError) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  /**
   * As `Promise.prototype.catch`, with the reason typed: every rejection of the SDK's promises is a
   * `KaiCallsError`.
   * @example
   * const call = await kai.calls.get(id).catch((error) => {
   *   if (error instanceof NotFoundError && error.code === 'not_found') return null;
   *   throw error;
   * });
   */
  override catch<B = never>(
    onrejected?: ((reason: KaiCallsError) => B | PromiseLike<B>) | null,
  ): Promise<T | B> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}
