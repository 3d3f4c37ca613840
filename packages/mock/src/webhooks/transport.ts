// How a delivery attempt reaches an endpoint, and how its outcome is read: the in-memory sink by default,
// or the `webhooks.fetch` the mock was given (a test's handler, or real HTTP in the server). An attempt
// ends in a 2xx, another status, a timeout (real time: a slow endpoint is slow on any clock) or a
// connection error, classified the way the API reports it.

/** Sends a webhook request: the same signature as `fetch`. */
export type WebhookFetch = (request: Request) => Promise<Response>;

export interface AttemptOutcome {
  statusCode: number | null;
  latencyMs: number;
  /** The first 500 characters of the response body, or null when there was no response. */
  responseExcerpt: string | null;
  /** null on a 2xx; `http_status`, `timeout`, `connection_refused`, … otherwise. */
  error: string | null;
}

export const EXCERPT_CHARS = 500;
/** Bytes read from a response body at most, so an endless body cannot stall deliveries. */
const READ_LIMIT_BYTES = 4 * EXCERPT_CHARS;

/** The default target in-process: accepts every delivery with 200 (the mock records it either way). */
export const memorySink: WebhookFetch = async () => new Response(null, { status: 200 });

/** Network error codes (Node's, under `cause.code`) → the API's `error` values. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  ENOTFOUND: 'dns_failure',
  EAI_AGAIN: 'dns_failure',
  EHOSTUNREACH: 'host_unreachable',
  ENETUNREACH: 'host_unreachable',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_SOCKET: 'connection_reset',
};

/** Why a transport threw, as an API `error` value. Walks the `cause` chain (undici nests the socket error). */
export function classifyNetworkError(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && NETWORK_ERRORS[code]) return NETWORK_ERRORS[code];
    if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
    current = cause;
  }
  if (error instanceof Error && /certificate|ssl|tls/i.test(error.message)) return 'tls_error';
  return 'network_error';
}

async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < READ_LIMIT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return text.slice(0, EXCERPT_CHARS);
}

/**
 * Sends one attempt and reports its outcome; never throws. The timeout covers the response headers and the
 * excerpt, in real milliseconds, and aborts the request's signal when it fires.
 * @example const outcome = await sendAttempt(memorySink, request, 10_000);
 */
export async function sendAttempt(
  send: WebhookFetch,
  request: Request,
  timeoutMs: number,
  controller: AbortController,
): Promise<AttemptOutcome> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException('The endpoint did not answer in time.', 'TimeoutError'));
      resolve('timeout');
    }, timeoutMs);
    (timer as { unref?: () => void }).unref?.();
  });
  const latency = () => Math.max(0, Math.round(performance.now() - started));
  try {
    const answered = (async () => {
      const response = await send(request);
      return { response, excerpt: await readExcerpt(response) };
    })();
    // A handler that ignores the abort signal must not hold the delivery queue forever.
    answered.catch(() => {});
    const result = await Promise.race([answered, timedOut]);
    if (result === 'timeout')
      return { statusCode: null, latencyMs: latency(), responseExcerpt: null, error: 'timeout' };
    const { response, excerpt } = result;
    const ok = response.status >= 200 && response.status < 300;
    return {
      statusCode: response.status,
      latencyMs: latency(),
      responseExcerpt: excerpt,
      error: ok ? null : 'http_status',
    };
  } catch (error) {
    return {
      statusCode: null,
      latencyMs: latency(),
      responseExcerpt: null,
      error: controller.signal.aborted ? 'timeout' : classifyNetworkError(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
