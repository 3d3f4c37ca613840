// `kaicalls listen` follows the account's events (the event stream, GET /v1/events/stream, or polling
// GET /v1/events against a server that does not stream: ../event-feed.ts) and forwards each, signed with
// this profile's forwarding secret, to a local URL, in order. It works the same against the real API (which
// cannot reach localhost) and the mock server, needs only events:read, and leaves nothing behind: there is
// no subscription to create or to clean up. With --forward-to it keeps its place (../listen-resume.ts): a
// restarted listen forwards what happened while it was stopped, nothing twice.
import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_BASE_URL } from 'kaicalls';
import { action, examples } from '../action.js';
import type { Context } from '../context.js';
import { endpoint, scopesOf } from '../endpoints.js';
import { ExitCode } from '../exit-codes.js';
import { eventTypes } from '../generated/events.js';
import { printable } from '../output/printable.js';
import { eventLine, forwardLine, type WireEvent } from '../output/timeline.js';
import { type ForwardResult, forwardEvent, forwardingSecret, forwardUrl } from '../webhook-forward.js';

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

/** Waits; resolves early when `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => {});

interface ListenOptions {
  forwardTo?: string;
  events?: string[];
  interval: number;
  fromNow?: boolean;
}

/**
 * POSTs one event until the handler answers (whatever its status: the answer is reported, as a webhook
 * sender's log would); while it cannot be reached (a local server restarting), retries with backoff, so
 * that no event is skipped. Undefined when stopped before an answer.
 */
async function deliver(
  url: string,
  event: WireEvent,
  secret: string,
  signal: AbortSignal,
  report: (result: ForwardResult) => void,
  warn: (text: string) => void,
): Promise<ForwardResult | undefined> {
  const body = JSON.stringify(event);
  for (let attempt = 0; ; attempt++) {
    const result = await forwardEvent(url, body, event.id, secret);
    report(result);
    if (result.status !== null) return result;
    if (signal.aborted) return undefined;
    const wait = Math.min(1000 * 2 ** Math.min(attempt, 5), 30_000);
    warn(`${url} could not be reached; forwarding ${event.id} again in ${wait / 1000} s`);
    await sleep(wait, signal);
    if (signal.aborted) return undefined;
  }
}

async function listen(ctx: Context, opts: ListenOptions) {
  const url = opts.forwardTo ? forwardUrl(opts.forwardTo) : undefined;
  const types = opts.events && !opts.events.includes('*') ? [...new Set(opts.events)] : undefined;
  const secret = await forwardingSecret(ctx);
  const kai = await ctx.client();
  const out = ctx.output;
  const s = out.style;
  const info = (text: string) =>
    out.mode === 'json' ? process.stderr.write(`${text}\n`) : out.write(`${text}\n`);
  const warn = (text: string) => process.stderr.write(`${ctx.errStyle.yellow('!')} ${printable(text)}\n`);

  const { resumePath, readResume, writeResume } = await import('../listen-resume.js');
  const { baseUrl = DEFAULT_BASE_URL, profile } = await ctx.credentials();
  const file = url ? resumePath(ctx.env, profile, baseUrl, url) : undefined;
  const saved = file && !opts.fromNow ? await readResume(file) : undefined;

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const { eventFeed } = await import('../event-feed.js');
  try {
    const feed = eventFeed(kai, {
      after: saved?.last_event_id,
      types,
      interval: opts.interval,
      signal: controller.signal,
      onReady: () => {
        info(`Ready! Your webhook signing secret is ${secret} (^C to quit)`);
        if (!url) return;
        info(s.dim(`Forwarding${types ? ` ${types.join(', ')}` : ' every event'} to ${url}`));
        if (saved)
          info(
            s.dim(
              `Resuming after ${printable(saved.last_event_id)}, the last event forwarded there (${printable(saved.updated_at)}); --from-now skips what happened since`,
            ),
          );
      },
      onLostResumePoint: (id) =>
        warn(
          `${id}, the last event forwarded, is not in the event log (was it reset?): forwarding from now on; \`kaicalls events list\` shows what was stored meanwhile`,
        ),
      warn,
      info: (text) => ctx.info(text),
    });
    for await (const event of feed) {
      out.write(out.mode === 'json' ? `${JSON.stringify(event)}\n` : `${eventLine(event, s)}\n`);
      if (!url || !file) continue;
      const result = await deliver(
        url,
        event,
        secret,
        controller.signal,
        (r) => info(forwardLine(r, url, event.id, s)),
        warn,
      );
      // Stopped while the handler could not be reached: the next listen forwards this event first.
      if (!result) break;
      await writeResume(file, {
        last_event_id: event.id,
        updated_at: new Date().toISOString(),
        profile,
        base_url: baseUrl,
        forward_to: url,
      });
      if (controller.signal.aborted) break;
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
      'Watch your events as they happen and forward each, signed, to a local URL, in order.\n\n' +
        `listen reads the event stream (${endpoint('streamEvents')}, scope ${scopesOf('streamEvents')}; it polls ${endpoint('listEvents')} ` +
        'against a server that does not stream): it works against the real API and the mock alike and creates ' +
        "no subscription. Forwards are signed (Standard Webhooks headers) with this profile's forwarding secret, " +
        'printed on the Ready line; configure your handler with it.\n\n' +
        'With --forward-to it keeps the id of the last event forwarded (per profile, API and URL, in ' +
        'the config directory: listen/), so that a restarted listen first forwards what happened while it ' +
        'was stopped, nothing twice; a handler that cannot be reached gets the event again until it answers.',
    )
    .option('--forward-to <url>', 'POST each event, signed, to this URL')
    .option('--from-now', 'Forward only what happens from now on, not what happened since the last listen')
    .option(
      '--events <types>',
      'Only these event types (comma-separated or repeated; * for all)',
      parseEvents,
    )
    .option(
      '--interval <ms>',
      'How often to poll the event log, against a server that does not stream',
      parseInterval,
      1000,
    )
    .option('--print-secret', 'Print the forwarding signing secret and exit')
    .action(
      action(async (ctx, cmd) => {
        const opts = cmd.opts<ListenOptions & { printSecret?: boolean }>();
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
    'kaicalls listen --forward-to localhost:3000/hooks --from-now',
    'kaicalls listen --json | jq .type',
    'kaicalls listen --print-secret',
  ]);
}
