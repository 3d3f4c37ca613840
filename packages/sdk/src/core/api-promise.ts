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
 * A rejection is typed `unknown`, as with every promise: it is one of the SDK's errors, or the reason your
 * `AbortSignal` was aborted with, or what your own callback threw. Narrow it with `isKaiCallsError`.
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
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  /**
   * As `Promise.prototype.catch`; narrow the reason with `isKaiCallsError(reason, APIError)`.
   * @example
   * const error = await kai.calls.get('call_missing').catch((e: unknown) => e);
   * if (isKaiCallsError(error, NotFoundError)) console.log(error.requestId);
   */
  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}
