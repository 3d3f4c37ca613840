import { PRODUCTION_BASE_URL } from '@kaicalls/contract/facts';
import { KaiCallsError } from './core/errors.js';
import { isLogLevel, type Logger, type LogLevel, levelLogger } from './core/logger.js';
import { Transport } from './core/transport.js';
import { Account } from './generated/resources/account.js';
import { Agents } from './generated/resources/agents.js';
import { Analytics } from './generated/resources/analytics.js';
import { Appointments } from './generated/resources/appointments.js';
import { Attempts } from './generated/resources/attempts.js';
import { Conversations } from './generated/resources/conversations.js';
import { Deliveries } from './generated/resources/deliveries.js';
import { Events } from './generated/resources/events.js';
import { Jobs } from './generated/resources/jobs.js';
import { Keys } from './generated/resources/keys.js';
import { Leads } from './generated/resources/leads.js';
import { Numbers } from './generated/resources/numbers.js';
import { Recordings } from './generated/resources/recordings.js';
import { Runs } from './generated/resources/runs.js';
import { SmsMessages } from './generated/resources/sms-messages.js';
import { Calls } from './resources/calls.js';
import { Webhooks } from './resources/webhooks.js';
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
export class KaiCalls {
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
  readonly #transport: Transport;
  #agents?: Agents;
  #numbers?: Numbers;
  #calls?: Calls;
  #leads?: Leads;
  #appointments?: Appointments;
  #analytics?: Analytics;
  #keys?: Keys;
  #account?: Account;
  #runs?: Runs;
  #webhooks?: Webhooks;
  #events?: Events;
  #deliveries?: Deliveries;
  #smsMessages?: SmsMessages;
  #conversations?: Conversations;
  #jobs?: Jobs;
  #attempts?: Attempts;
  #recordings?: Recordings;

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
    this.baseUrl = options.baseUrl ?? env('KAICALLS_BASE_URL') ?? DEFAULT_BASE_URL;
    this.#transport = new Transport({
      apiKey,
      baseUrl: this.baseUrl,
      timeout: options.timeout ?? 60_000,
      maxRetries: options.maxRetries ?? 2,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      defaultHeaders: options.defaultHeaders ?? {},
      log: levelLogger(options.logger ?? console, logLevel),
      debug: logLevel === 'debug',
    });
  }

  /** AI voice agents, their settings and the history of their configuration. */
  get agents(): Agents {
    this.#agents ??= new Agents(this.#transport);
    return this.#agents;
  }
  /** The phone numbers registered to your businesses. */
  get numbers(): Numbers {
    this.#numbers ??= new Numbers(this.#transport);
    return this.#numbers;
  }
  /** Outbound and inbound calls, their outcome, transcript, analysis and timeline; `wait` for one to finish. */
  get calls(): Calls {
    this.#calls ??= new Calls(this.#transport);
    return this.#calls;
  }
  /** The CRM context that enriches calls. */
  get leads(): Leads {
    this.#leads ??= new Leads(this.#transport);
    return this.#leads;
  }
  /** Appointments booked by the agent or through the API. */
  get appointments(): Appointments {
    this.#appointments ??= new Appointments(this.#transport);
    return this.#appointments;
  }
  /** Call totals and rates over a period. */
  get analytics(): Analytics {
    this.#analytics ??= new Analytics(this.#transport);
    return this.#analytics;
  }
  /** Scoped API keys. A key's secret is returned once, when it is created. */
  get keys(): Keys {
    this.#keys ??= new Keys(this.#transport);
    return this.#keys;
  }
  /** Subscription balance and API usage. */
  get account(): Account {
    this.#account ??= new Account(this.#transport);
    return this.#account;
  }
  /** Communication runs: outbound calls to a list of contacts, on a schedule, inside a call window. */
  get runs(): Runs {
    this.#runs ??= new Runs(this.#transport);
    return this.#runs;
  }
  /** Webhook subscriptions, and `verify` for the deliveries they receive. */
  get webhooks(): Webhooks {
    this.#webhooks ??= new Webhooks(this.#transport);
    return this.#webhooks;
  }
  /** The durable log of everything that happened, with replay and backfill. */
  get events(): Events {
    this.#events ??= new Events(this.#transport);
    return this.#events;
  }
  /** Every attempt to deliver an event to an endpoint. */
  get deliveries(): Deliveries {
    this.#deliveries ??= new Deliveries(this.#transport);
    return this.#deliveries;
  }
  /** Evidence of the text messages sent and received. */
  get smsMessages(): SmsMessages {
    this.#smsMessages ??= new SmsMessages(this.#transport);
    return this.#smsMessages;
  }
  /** Evidence of message threads with a contact. */
  get conversations(): Conversations {
    this.#conversations ??= new Conversations(this.#transport);
    return this.#conversations;
  }
  /** Evidence of the background work done for calls and runs. */
  get jobs(): Jobs {
    this.#jobs ??= new Jobs(this.#transport);
    return this.#jobs;
  }
  /** Evidence of every attempt to reach a number. */
  get attempts(): Attempts {
    this.#attempts ??= new Attempts(this.#transport);
    return this.#attempts;
  }
  /** Call recordings. */
  get recordings(): Recordings {
    this.#recordings ??= new Recordings(this.#transport);
    return this.#recordings;
  }
}
