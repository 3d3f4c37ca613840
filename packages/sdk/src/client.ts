import { PRODUCTION_BASE_URL } from '@kaicalls/contract/facts';
import { KaiCallsError } from './core/errors.js';
import { isLogLevel, type Logger, type LogLevel, levelLogger } from './core/logger.js';
import { Transport } from './core/transport.js';
import { APIResources } from './generated/client-resources.js';
import { verify } from './webhooks/verify.js';

/** The default of `maxResponseBytes`: 32 MB. */
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** The production API. */
export const DEFAULT_BASE_URL: string = PRODUCTION_BASE_URL;

/** Options of `new KaiCalls(...)`; every one has a sensible default. */
export interface ClientOptions {
  /** Your API key, `kc_live_…` or `kc_test_…` (defaults to the `KAICALLS_API_KEY` environment variable). */
  apiKey?: string | undefined;
  /** The API's base URL (defaults to `KAICALLS_BASE_URL`, else `https://kaicalls.com/api`). */
  baseUrl?: string | undefined;
  /**
   * Milliseconds a request may take in all, retries and their waits included; default 60 000. When it runs
   * out, the connection is closed and the request rejects with `APITimeoutError`.
   */
  timeout?: number | undefined;
  /** Retries after a failed attempt (connection errors, 408, a 409 lock, 429, 5xx); default 2. */
  maxRetries?: number | undefined;
  /**
   * The largest response body accepted, in bytes; default 32 MB (32 × 1024 × 1024). A larger one is refused
   * with `ResponseTooLargeError` as soon as it passes the limit, never buffered whole.
   */
  maxResponseBytes?: number | undefined;
  /** A custom `fetch` (defaults to `globalThis.fetch`), called as `fetch(url, init)`. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request; `null` removes one the SDK sets. */
  defaultHeaders?: Record<string, string | null | undefined> | undefined;
  /** Where log lines go (defaults to `console`). */
  logger?: Logger | undefined;
  /** `debug` logs every request and response, `info` retries, default `warn` (or `KAICALLS_LOG`). Keys are always masked. */
  logLevel?: LogLevel | undefined;
}

function env(name: string): string | undefined {
  // `process` is absent in browsers and some edge runtimes; Deno without --allow-env throws on the read.
  let value: string | undefined;
  try {
    value = typeof process === 'undefined' ? undefined : process.env?.[name];
  } catch {
    return undefined;
  }
  return value === '' ? undefined : value;
}

/**
 * The KaiCalls API client: one property per resource, one method per operation.
 *
 * @example
 * import { KaiCalls } from 'kaicalls';
 *
 * const kai = new KaiCalls(); // reads KAICALLS_API_KEY
 * const call = await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234', name: 'John Smith' });
 * const done = await kai.calls.wait(call.id, { onEvent: (event) => console.log(event.type) });
 * console.log(done.status, done.summary);
 */
export class KaiCalls extends APIResources {
  /**
   * Webhook verification without a client instance: `KaiCalls.webhooks.verify(...)` (the same `verify` as
   * `kaicalls/webhooks`).
   * @example
   * const event = KaiCalls.webhooks.verify(rawBody, headers, process.env.KAICALLS_WEBHOOK_SECRET!);
   */
  static readonly webhooks = {
    /** {@inheritDoc verify} */
    verify,
  };
  /** The base URL requests go to. */
  readonly baseUrl: string;

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? env('KAICALLS_API_KEY');
    if (!apiKey) {
      throw new KaiCallsError(
        'kaicalls: no API key. Pass one with new KaiCalls({ apiKey }) or set the KAICALLS_API_KEY environment ' +
          'variable (create a key in Dashboard → Settings → API Keys, or use a kc_test_… key with the mock).',
      );
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') {
      throw new KaiCallsError(
        'kaicalls: no fetch in this runtime. Use Node 20+ or pass new KaiCalls({ fetch }) with a fetch implementation.',
      );
    }
    const envLevel = env('KAICALLS_LOG');
    const logLevel = options.logLevel ?? (isLogLevel(envLevel) ? envLevel : 'warn');
    const baseUrl = options.baseUrl ?? env('KAICALLS_BASE_URL') ?? DEFAULT_BASE_URL;
    super(
      new Transport({
        apiKey,
        baseUrl,
        timeout: options.timeout ?? 60_000,
        maxRetries: options.maxRetries ?? 2,
        maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        defaultHeaders: options.defaultHeaders ?? {},
        log: levelLogger(options.logger ?? console, logLevel),
        debug: logLevel === 'debug',
      }),
    );
    this.baseUrl = baseUrl;
  }
}
