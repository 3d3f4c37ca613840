// `kaicalls listen` polls the event log (GET /v1/events) and forwards each new event, signed with this
// profile's forwarding secret, to a local URL. Polling works the same against the real API (which cannot
// reach localhost) and the mock server, needs only events:read, and leaves nothing behind: there is no
// subscription to create or to clean up, so a killed `listen` never leaves an orphan endpoint.
import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { action, examples } from '../action.js';
import type { Context } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { eventTypes } from '../generated/events.js';
import { printable } from '../output/printable.js';
import { forwardEvent, forwardingSecret, forwardUrl } from '../webhook-forward.js';

interface WireEvent {
  id: string;
  type: string;
  created_at: string;
}

type ListMethod = (params: Record<string, unknown>) => {
  withResponse(): Promise<{ json: unknown }>;
};

function parseEvents(value: string, previous: string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const item of items) {
    if (item !== '*' && !(eventTypes as readonly string[]).includes(item))
      throw new InvalidArgumentError(`"${item}" is not an event type (see \`kaicalls trigger --help\`).`);
  }
  return [...(previous ?? []), ...items];
}

function parseInterval(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100) throw new InvalidArgumentError('expected milliseconds ≥ 100.');
  return ms;
}

/**
 * Waits between polls; resolves early when `signal` aborts. Node's timer removes its abort listener when
 * it fires: a listener left behind per poll piled up on the one signal (MaxListenersExceededWarning after
 * ten polls).
 */
const sleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => {});

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

function timestamp(): string {
  return new Date().toISOString().replace('T', ' ').slice(0, 19);
}

async function listen(ctx: Context, opts: { forwardTo?: string; events?: string[]; interval: number }) {
  const url = opts.forwardTo ? forwardUrl(opts.forwardTo) : undefined;
  const filter = opts.events && !opts.events.includes('*') ? new Set(opts.events) : null;
  const secret = await forwardingSecret(ctx);
  const kai = await ctx.client();
  const list: ListMethod = (params) => (kai.events.list as unknown as ListMethod).call(kai.events, params);
  const out = ctx.output;
  const s = out.style;
  const info = (text: string) =>
    out.mode === 'json' ? process.stderr.write(`${text}\n`) : out.write(`${text}\n`);

  // Everything already in the log is history: only what happens from now on is forwarded.
  const seen = new Set((await newEvents(list, new Set(), true)).map((e) => e.id));
  info(`Ready! Your webhook signing secret is ${secret} (^C to quit)`);
  if (url) info(s.dim(`Forwarding${filter ? ` ${[...filter].join(', ')}` : ' every event'} to ${url}`));

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let failures = 0;
  try {
    while (!controller.signal.aborted) {
      let events: WireEvent[] = [];
      try {
        events = await newEvents(list, seen, false);
        failures = 0;
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === 401 || status === 403) throw error;
        failures++;
        process.stderr.write(
          `${s.yellow('!')} polling failed (${printable((error as Error).message)}); retrying\n`,
        );
      }
      for (const event of events) {
        seen.add(event.id);
        if (filter && !filter.has(event.type)) continue;
        if (out.mode === 'json') out.write(`${JSON.stringify(event)}\n`);
        else
          out.write(
            `${s.dim(timestamp())}   --> ${s.bold(printable(String(event.type)))} [${printable(String(event.id))}]\n`,
          );
        if (!url) continue;
        const result = await forwardEvent(url, JSON.stringify(event), event.id, secret);
        const ok = result.status !== null && result.status >= 200 && result.status < 300;
        const status =
          result.status === null
            ? s.red(`[${printable(String(result.error))}]`)
            : ok
              ? s.green(`[${result.status}]`)
              : s.red(`[${result.status}]`);
        info(
          `${s.dim(timestamp())}  <--  ${status} POST ${url} (${result.ms} ms) [${printable(String(event.id))}]`,
        );
      }
      await sleep(Math.min(opts.interval * 2 ** Math.min(failures, 4), 30_000), controller.signal);
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return ExitCode.ok;
}

/** `kaicalls listen` */
export function addListen(program: Command): void {
  const command = program
    .command('listen')
    .description(
      'Watch your events as they happen and forward each, signed, to a local URL.\n\n' +
        'listen polls the event log (GET /v1/events, scope events:read): it works against the real API and ' +
        "the mock alike and creates no subscription. Forwards are signed (Standard Webhooks headers) with this profile's " +
        'forwarding secret, printed on the Ready line; configure your handler with it.',
    )
    .option('--forward-to <url>', 'POST each event, signed, to this URL')
    .option(
      '--events <types>',
      'Only these event types (comma-separated or repeated; * for all)',
      parseEvents,
    )
    .option('--interval <ms>', 'How often to poll the event log', parseInterval, 1000)
    .option('--print-secret', 'Print the forwarding signing secret and exit')
    .action(
      action(async (ctx, cmd) => {
        const opts = cmd.opts<{
          forwardTo?: string;
          events?: string[];
          interval: number;
          printSecret?: boolean;
        }>();
        if (opts.printSecret) {
          ctx.output.write(`${await forwardingSecret(ctx)}\n`);
          return ExitCode.ok;
        }
        return listen(ctx, opts);
      }),
    );
  examples(command, [
    'kaicalls listen --forward-to http://localhost:3000/webhooks',
    'kaicalls listen --events call.completed,analysis.complete --forward-to localhost:3000/hooks',
    'kaicalls listen --json | jq .type',
    'kaicalls listen --print-secret',
  ]);
}
