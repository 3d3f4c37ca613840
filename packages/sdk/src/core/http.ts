// One HTTP exchange: a single `fetch(url, init)` and its body, read in chunks under a byte limit. Each
// exchange has its own AbortController, so its timeout and the caller's abort both close the connection,
// whether they come before the headers or in the middle of the body. The transport decides what an
// exchange's outcome means (retry, error class); nothing here knows an operation.

/** The reason an exchange was abandoned for its timeout. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/** The body of an error response is only read this far: the API's error envelope is a few hundred bytes. */
export const ERROR_BODY_BYTES = 64 * 1024;

// setTimeout fires at once for a delay over 2^31 - 1 ms (about 24.8 days): longer means no timer at all.
const MAX_TIMER_MS = 2 ** 31 - 1;
const EMPTY = new Uint8Array(0);
const noop = () => {};

/** What came back: the response (its body consumed) and the bytes read, at most the limit. */
export interface Exchange {
  response: Response;
  bytes: Uint8Array;
  /** The body was longer than the limit: `bytes` holds its first bytes and the connection was closed. */
  overflow: boolean;
}

/** One connection's abort: its own signal, and what waiting on the connection needs of it. */
export interface AbortScope {
  controller: AbortController;
  signal: AbortSignal;
  /** Rejects with the abort's reason once the scope aborts: race it against anything that may hang. */
  aborted: Promise<never>;
  /** The body reader to cancel when the scope aborts, so that a pending read ends too. */
  reading(reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStreamDefaultReader<Uint8Array>;
  /** Stops following the outer signal. */
  dispose(): void;
}

/**
 * An AbortController of one connection that also aborts, with its reason, when `outer` (the caller's
 * signal) does. A custom fetch, or a body stream, that ignores the signal still stops being waited for: a
 * pending fetch loses its race against `aborted`, and a pending read ends when its reader is cancelled.
 */
export function abortScope(outer: AbortSignal | undefined): AbortScope {
  const controller = new AbortController();
  const signal = controller.signal;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => {
      reject(signal.reason);
      reader?.cancel(signal.reason).catch(noop);
    });
  });
  aborted.catch(noop);
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort);
  if (outer?.aborted) controller.abort(outer.reason);
  return {
    controller,
    signal,
    aborted,
    reading: (next) => (reader = next),
    dispose: () => outer?.removeEventListener('abort', onAbort),
  };
}

/** Whether a response is a redirect: a 3xx, or the opaque answer a browser gives for `redirect: 'manual'`. */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * Sends one request and reads its body. A redirect is returned unread (the API never redirects); a success
 * is read up to `maxBytes`, an error status up to `ERROR_BODY_BYTES`. Rejects with `TIMED_OUT` after
 * `timeout` ms, with the signal's reason when `signal` aborts, or with what fetch or the body threw.
 */
export async function exchange(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal: AbortSignal | undefined,
  maxBytes: number,
): Promise<Exchange> {
  const scope = abortScope(signal);
  const { controller, signal: own, aborted } = scope;
  const timer = timeout < MAX_TIMER_MS ? setTimeout(() => controller.abort(TIMED_OUT), timeout) : undefined;
  try {
    const response = await Promise.race([
      fetchImpl(url, { ...init, redirect: 'manual', signal: own }),
      aborted,
    ]);
    if (isRedirect(response)) {
      response.body?.cancel().catch(noop);
      return { response, bytes: EMPTY, overflow: false };
    }
    const limit = response.ok ? maxBytes : Math.min(maxBytes, ERROR_BODY_BYTES);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (!response.body || declared === 0) return { response, bytes: EMPTY, overflow: false };
    if (declared > limit && response.ok) {
      response.body.cancel().catch(noop);
      return { response, bytes: EMPTY, overflow: true };
    }
    const reader = scope.reading(response.body.getReader());
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (own.aborted) throw own.reason;
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Cancelling the body closes the connection: nothing more is downloaded.
        reader.cancel().catch(noop);
        chunks.push(value.subarray(0, value.byteLength - (size - limit)));
        return { response, bytes: concat(chunks, limit), overflow: true };
      }
      chunks.push(value);
    }
    return { response, bytes: concat(chunks, size), overflow: false };
  } catch (error) {
    throw own.aborted ? own.reason : error;
  } finally {
    clearTimeout(timer);
    scope.dispose();
  }
}

/** The chunks of a body read as one array of `size` bytes. */
export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
