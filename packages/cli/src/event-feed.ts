// The account's events as they are stored, for `listen`: the event stream (`GET /v1/events/stream`, one
// long request, resumed after the last event with `after`/Last-Event-ID), reopened for as long as it takes
// when the server goes away, or, against a server that does not stream, today's polling of `GET /v1/events`.
// Each event once and in order, as on the wire.
import { setTimeout as delay } from 'node:timers/promises';
import { isKaiCallsError, type KaiCalls, snakify } from 'kaicalls';
import { endpoint } from './endpoints.js';
import type { WireEvent } from './output/timeline.js';

export interface FeedOptions {
  /** Start after this event id (a saved resume point); undefined: from now on. */
  after: string | undefined;
  /** Only these event types (the stream filters on the server; polling here). */
  types: readonly string[] | undefined;
  /** Milliseconds between polls when the server does not stream. */
  interval: number;
  signal: AbortSignal;
  /** Once, when the feed is live: what comes next is new. */
  onReady(via: 'stream' | 'poll'): void;
  /** The resume point is not in the log (it was reset): the feed goes on from now. */
  onLostResumePoint(id: string): void;
  /** A failure the feed recovers from by itself (stderr). */
  warn(text: string): void;
  /** Info level (--verbose): a fallback, a reconnection. */
  info(text: string): void;
}

/** The raw answer of a list call, for events exactly as the API sent them. */
type ListMethod = (params: Record<string, unknown>) => { withResponse(): Promise<{ json: unknown }> };

const READY_TIMEOUT_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

/** Waits; resolves early (without throwing) when `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => {});

const backoff = (failures: number, base = 1_000) =>
  Math.min(base * 2 ** Math.min(failures, 5), MAX_BACKOFF_MS);

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** A stream's failure before it was live that means the server does not stream (see ./call-timeline.ts). */
function doesNotStream(error: unknown): boolean {
  const { name } = error as { name?: string };
  if (name === 'UnexpectedResponseError' || name === 'APITimeoutError') return true;
  const status = statusOf(error);
  return status === 404 || status === 406;
}

/** The API's answer that the resume point is not in its log (404 about `after` or `Last-Event-ID`). */
function unknownResumePoint(error: unknown): boolean {
  const param = (error as { param?: unknown }).param;
  return statusOf(error) === 404 && (param === 'after' || param === 'Last-Event-ID');
}

/** Errors no retry mends: the key (401, 403) or the request itself (400). */
function fatal(error: unknown): boolean {
  const status = statusOf(error);
  return status === 400 || status === 401 || status === 403;
}

/**
 * The account's events from `options.after` on (or from now), until `signal` aborts.
 *
 * @example
 * for await (const event of eventFeed(kai, { after: undefined, types: undefined, interval: 1000, signal, ... }))
 *   console.log(event.id, event.type);
 */
export async function* eventFeed(kai: KaiCalls, options: FeedOptions): AsyncGenerator<WireEvent> {
  const { signal } = options;
  let last = options.after;
  let ready = false;
  let failures = 0;
  const becameReady = (via: 'stream' | 'poll') => {
    if (!ready) options.onReady(via);
    ready = true;
  };
  while (!signal.aborted) {
    const types = options.types ? [...options.types] : undefined;
    const stream = kai.events.stream(
      { ...(types ? { types: types as never } : {}), ...(last ? { after: last } : {}) },
      {
        signal,
        timeout: READY_TIMEOUT_MS,
        onReady: () => {
          if (ready) options.info(`The event stream is live again, after ${last ?? 'now'}.`);
          failures = 0;
          becameReady('stream');
        },
      },
    );
    try {
      for await (const event of stream) {
        last = event.id;
        yield snakify(event) as unknown as WireEvent;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (!isKaiCallsError(error)) throw error;
      if (unknownResumePoint(error) && last) {
        options.onLostResumePoint(last);
        last = undefined;
        continue;
      }
      if (fatal(error)) throw error;
      if (!ready && doesNotStream(error)) {
        options.info(
          `The server does not stream events (${error.message}); polling ${endpoint('listEvents')} every ${options.interval} ms instead.`,
        );
        yield* poll(kai, options, last, becameReady);
        return;
      }
      // Before the first `ready` a failure is reported (a wrong base URL, the API down); after it, the
      // feed waits for the server for as long as it takes.
      if (!ready) throw error;
      failures++;
      const wait = backoff(failures - 1);
      options.warn(
        `the event stream failed (${error.message}); reconnecting in ${wait / 1000} s${last ? ` after ${last}` : ''}`,
      );
      await sleep(wait, signal);
    }
  }
}

/** The events newer than the ones already seen, oldest first (the log lists the newest first). */
async function newEvents(list: ListMethod, seen: Set<string>, firstPoll: boolean): Promise<WireEvent[]> {
  const fresh: WireEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const { json } = await list({ limit: 100, ...(cursor ? { cursor } : {}) }).withResponse();
    const body = json as { data: WireEvent[]; has_more: boolean; next_cursor: string | null };
    let reachedSeen = false;
    for (const event of body.data) {
      if (seen.has(event.id)) {
        reachedSeen = true;
        break;
      }
      fresh.push(event);
    }
    if (reachedSeen || firstPoll || !body.has_more || !body.next_cursor) break;
    cursor = body.next_cursor;
  }
  return fresh.reverse();
}

/** Polls the event log (as `listen` did before streams), from `after` or from now. */
async function* poll(
  kai: KaiCalls,
  options: FeedOptions,
  after: string | undefined,
  becameReady: (via: 'poll') => void,
): AsyncGenerator<WireEvent> {
  const { signal } = options;
  const list: ListMethod = (params) => (kai.events.list as unknown as ListMethod).call(kai.events, params);
  const filter = options.types ? new Set(options.types) : null;
  const seen = new Set<string>();
  if (after) {
    // A resume point the log no longer has would page back through all of it: from now on instead.
    const known = await kai.events.get(after).then(
      () => true,
      (error: unknown) => {
        if (statusOf(error) === 404) return false;
        throw error;
      },
    );
    if (known) seen.add(after);
    else options.onLostResumePoint(after);
  }
  if (seen.size === 0) for (const event of await newEvents(list, seen, true)) seen.add(event.id);
  becameReady('poll');
  let failures = 0;
  while (!signal.aborted) {
    let events: WireEvent[] = [];
    try {
      events = await newEvents(list, seen, false);
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      if (fatal(error)) throw error;
      failures++;
      options.warn(`polling failed (${(error as Error).message}); retrying`);
    }
    for (const event of events) {
      seen.add(event.id);
      if (!filter || filter.has(event.type)) yield event;
    }
    await sleep(backoff(failures, options.interval), signal);
  }
}
