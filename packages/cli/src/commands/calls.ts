// `calls create --wait`, `calls wait <id>` and `calls watch <id>`: follow a call live (its timeline stream,
// ../call-timeline.ts) until it is done, then print its summary and exit with a code that says the outcome.
// `watch --json` prints the timeline as NDJSON (one event a line, then the final call).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { action, examples } from '../action.js';
import type { CommandSpec } from '../command-spec.js';
import type { Context } from '../context.js';
import { endpoint } from '../endpoints.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CallStatus } from '../generated/events.js';
import { printable, printableData } from '../output/printable.js';
import { Progress } from '../output/progress.js';
import { colorEnabled, style as makeStyle } from '../output/style.js';
import { describeEvent } from '../output/timeline.js';
import type { ResourceExtras } from './resource.js';

type TerminalStatus = Exclude<CallStatus, 'queued' | 'ringing' | 'in-progress'>;

/** The exit code of each way a call can end (typed against the spec's CallStatus enum). */
export const outcomeExitCodes: Record<TerminalStatus, number> = {
  completed: ExitCode.ok,
  voicemail: ExitCode.voicemail,
  failed: ExitCode.failed,
  'no-answer': ExitCode.noAnswer,
  busy: ExitCode.busy,
  canceled: ExitCode.canceled,
};

function parseSeconds(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError(`expected seconds > 0, got "${value}".`);
  return number;
}

/** As the SDK's `calls.wait`: 15 minutes unless --timeout says otherwise. */
const DEFAULT_TIMEOUT_SECONDS = 15 * 60;

export interface FollowCallOptions {
  timeoutSeconds?: number | undefined;
  /** `calls watch --json`: each timeline event as one JSON line on stdout, then the final call. */
  ndjson?: boolean;
  /** The command that follows the call again, for the hints of a timeout or Ctrl+C. */
  again?: 'wait' | 'watch';
}

/**
 * Follows a call with live progress, prints its summary, and returns the exit code of its outcome.
 *
 * @example
 * process.exitCode = await followCall(ctx, 'call_8fK2pQ7vN3', { timeoutSeconds: 600 });
 */
export async function followCall(ctx: Context, callId: string, options: FollowCallOptions): Promise<number> {
  const kai = await ctx.client();
  const { followTimeline } = await import('../call-timeline.js');
  const json = ctx.output.mode === 'json';
  const ndjson = Boolean(options.ndjson) && json;
  // With --json, stdout carries only the documents; progress goes to stderr (none for NDJSON, whose
  // lines are the progress).
  const stream = json ? process.stderr : process.stdout;
  const s = json ? ctx.errStyle : makeStyle(colorEnabled(stream, ctx.env));
  const progress = new Progress(ndjson ? { write: () => true } : stream, s);
  const interrupted = new AbortController();
  const deadline = new AbortController();
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const timer = setTimeout(() => deadline.abort(new Error('timeout')), timeoutSeconds * 1000);
  const onSignal = () => interrupted.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  const again = `kaicalls calls ${options.again ?? 'wait'} ${callId}`;
  // With `create --wait` the id is the API's.
  const shownId = printable(callId);
  progress.start(`Waiting for ${shownId}…`);
  let call: Record<string, unknown>;
  try {
    ({ call } = await followTimeline(kai, callId, {
      signal: AbortSignal.any([interrupted.signal, deadline.signal]),
      // `watch` follows the call to its last event; waiting ends with the outcome, as it always has.
      until: options.again === 'watch' ? 'last_event' : 'done',
      info: (text) => {
        // The spinner's line is cleared first (stdout and stderr share the terminal); it is drawn again.
        if (ctx.options.verbose || ctx.options.debug) progress.clear();
        ctx.info(text);
      },
      onEvent: (wire, event) => {
        if (ndjson) ctx.output.write(`${JSON.stringify(wire)}\n`);
        progress.line(describeEvent(event, s));
        if (event.status) progress.status(`${shownId} ${printable(event.status)}`);
      },
    }));
  } catch (error) {
    progress.stop();
    if (interrupted.signal.aborted) {
      throw new CliError(`Stopped following; the call ${callId} goes on.`, {
        exitCode: ExitCode.interrupted,
        hint: `Follow it again with \`${again}\`, or cancel it with \`kaicalls calls cancel ${callId}\`.`,
      });
    }
    if (deadline.signal.aborted) {
      // Best effort: the freshest status for the message, within a short grace period.
      const last = await kai.calls.get(callId, { timeout: 5_000, maxRetries: 0 }).catch(() => null);
      throw new CliError(
        `Timed out after ${timeoutSeconds} s: the call ${callId} is still ${printable(last?.status ?? 'running')}.`,
        {
          exitCode: ExitCode.waitTimeout,
          hint: `Keep waiting with \`${again}\`, or cancel it with \`kaicalls calls cancel ${callId}\`.`,
        },
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
    progress.stop();
    process.off('SIGINT', onSignal);
  }
  const status = String(call.status) as TerminalStatus;
  // Own keys only: a status such as "constructor" must not find Object.prototype's.
  const code = Object.hasOwn(outcomeExitCodes, status) ? outcomeExitCodes[status] : ExitCode.apiError;
  if (json) {
    // The final call as on the wire: one line after the events for NDJSON, else the document.
    ctx.output.write(ndjson ? `${JSON.stringify(call)}\n` : `${JSON.stringify(call, null, 2)}\n`);
    return code;
  }
  const final = printableData(call) as Record<string, unknown>;
  const paint = code === 0 ? s.green : s.red;
  const facts = [
    final.duration !== null && final.duration !== undefined ? `${final.duration} s` : null,
    final.outcome ? `outcome ${final.outcome}` : null,
    final.sentiment ? `sentiment ${final.sentiment}` : null,
  ].filter(Boolean);
  const lines = [
    `${paint(code === 0 ? '✔' : '✘')} ${final.id} ${paint(String(final.status))}${facts.length ? ` · ${facts.join(' · ')}` : ''}`,
  ];
  if (final.summary) lines.push(`${s.bold('Summary:')} ${final.summary}`);
  if (final.recording_url) lines.push(`${s.bold('Recording:')} ${final.recording_url}`);
  lines.push(s.dim(`Details: kaicalls calls get ${final.id}`));
  stream.write(`${lines.join('\n')}\n`);
  return code;
}

function addWaitFlags(command: Command): void {
  command.option(
    '--timeout <seconds>',
    'Give up waiting after this long (exit 15; default 900); the call goes on',
    parseSeconds,
  );
}

const exitCodeHelp = `
Exit codes: 0 completed, 10 voicemail, 11 failed, 12 no-answer, 13 busy, 14 canceled,
15 timed out waiting, 130 interrupted (the call goes on).`;

/** `--wait` on `calls create`, `calls wait` and `calls watch`. */
export const callsExtras: ResourceExtras = {
  extend(spec: CommandSpec, command: Command) {
    if (spec.action === 'stream') {
      command.addHelpText(
        'after',
        '\nFor the live view with a summary and the outcome as exit code, use `kaicalls calls watch`.',
      );
    }
    if (spec.action !== 'create') return;
    command.option('--wait', 'Follow the call live until it ends; the exit code tells the outcome');
    addWaitFlags(command);
    command.addHelpText('after', exitCodeHelp);
  },
  async after(ctx, spec, json, opts) {
    if (spec.action !== 'create' || !opts.wait) return undefined;
    const call = json as { id: string; to?: string };
    if (ctx.output.mode !== 'json')
      process.stdout.write(`${printable(`Created ${call.id}${call.to ? ` to ${call.to}` : ''}`)}\n`);
    return followCall(ctx, call.id, { timeoutSeconds: opts.timeout as number | undefined });
  },
  commands(parent: Command) {
    const wait = parent
      .command('wait')
      .description(
        'Follow a call live until it ends, then print its summary; the exit code tells the outcome.\n\n' +
          `It reads the call's stream (${endpoint('streamCallEvents')}, one request), or polls its timeline ` +
          'when the server does not stream (--verbose says so). With --json stdout gets only the final call.',
      )
      .argument('<call-id>', "The call's id.");
    addWaitFlags(wait);
    wait.addHelpText('after', exitCodeHelp);
    examples(wait, [
      'kaicalls calls wait call_8fK2pQ7vN3',
      'kaicalls calls wait call_8fK2pQ7vN3 --timeout 300 --json',
    ]);
    wait.action(
      action(async (ctx, cmd) =>
        followCall(ctx, cmd.processedArgs[0] as string, { timeoutSeconds: cmd.opts().timeout }),
      ),
    );

    const watch = parent
      .command('watch')
      .description(
        "Watch a call's timeline as it happens (every event, as `calls wait` shows it), then its summary; " +
          'a finished call shows its whole timeline. The exit code tells the outcome.\n\n' +
          `With --json: NDJSON, one timeline event per line (as ${endpoint('listCallEvents')} lists them), ` +
          'then the final call (as `calls get --json`) on the last line.',
      )
      .argument('<call-id>', "The call's id.");
    addWaitFlags(watch);
    watch.addHelpText('after', exitCodeHelp);
    examples(watch, [
      'kaicalls calls watch call_8fK2pQ7vN3',
      "kaicalls calls watch call_8fK2pQ7vN3 --json | jq -c 'select(.sequence) | [.sequence, .type]'",
      'kaicalls calls watch call_8fK2pQ7vN3 --json | tail -n 1 | jq .summary',
    ]);
    watch.action(
      action(async (ctx, cmd) =>
        followCall(ctx, cmd.processedArgs[0] as string, {
          timeoutSeconds: cmd.opts().timeout,
          ndjson: true,
          again: 'watch',
        }),
      ),
    );
  },
};
