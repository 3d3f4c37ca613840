// `calls create --wait` and `calls wait <id>`: follow a call live until it ends, then print its summary
// and exit with a code that says the outcome.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { action, examples } from '../action.js';
import type { CommandSpec } from '../command-spec.js';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { CallStatus, TimelineEventType } from '../generated/events.js';
import { printable, printableData } from '../output/printable.js';
import { Progress } from '../output/progress.js';
import { colorEnabled, style as makeStyle, type Style } from '../output/style.js';
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

/** A timeline event as the SDK's `onEvent` gives it (camelCase). */
interface TimelineEvent {
  /** Typed by the spec's CallTimelineEventType: a new type fails to compile until it is described below. */
  type: TimelineEventType;
  status?: string;
  offsetMs?: number;
  data?: Record<string, unknown> | null;
}

function seconds(ms: number | undefined): string {
  return `+${((ms ?? 0) / 1000).toFixed(1)}s`.padStart(7);
}

/** One line per timeline event: what happened, in words (the API's text with its controls escaped). */
export function describeEvent(event: TimelineEvent, s: Style): string {
  const data = printableData(event.data ?? {}) as Record<string, unknown>;
  const at = s.dim(seconds(event.offsetMs));
  const text = (() => {
    switch (event.type) {
      case 'call.queued':
        return 'queued';
      case 'call.dialing':
        return 'dialing';
      case 'call.ringing':
        return 'ringing';
      case 'call.answered':
        return s.green('answered');
      case 'transcript.turn':
        return `${s.bold(data.role === 'agent' ? 'agent:   ' : 'customer:')} ${String(data.text ?? '')}`;
      case 'voicemail.left':
        return 'voicemail left';
      case 'call.ended': {
        const status = printable(String(data.status ?? event.status ?? ''));
        const paint = status === 'completed' ? s.green : s.red;
        const details = [data.endedReason, data.duration !== undefined ? `${data.duration} s` : null]
          .filter((v) => v !== null && v !== undefined)
          .join(', ');
        return `ended: ${paint(status)}${details ? ` (${details})` : ''}`;
      }
      case 'transcript.ready':
        return 'transcript ready';
      case 'analysis.complete':
        return `analysis: ${[data.outcome, data.sentiment].filter(Boolean).join(', ')}${data.summary ? ` — ${data.summary}` : ''}`;
      case 'emergency.detected':
        return s.red(
          `emergency detected${Array.isArray(data.keywords) ? `: ${data.keywords.join(', ')}` : ''}`,
        );
      case 'appointment.booked':
        return `appointment booked ${data.appointmentId ?? ''}`.trim();
      case 'sms.failed':
        return s.red(`sms failed${data.error ? `: ${data.error}` : ''}`);
      case 'sms.sent':
      case 'sms.delivered':
        return `${event.type.replace('.', ' ')}${data.smsId ? ` ${data.smsId}` : ''}`;
      default: {
        const unknown: never = event.type;
        return printable(String(unknown));
      }
    }
  })();
  return `${at}  ${text}`;
}

function parseSeconds(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError(`expected seconds > 0, got "${value}".`);
  return number;
}

/**
 * Waits for a call with live progress, prints its summary, and returns the exit code of its outcome.
 *
 * @example
 * process.exitCode = await followCall(ctx, 'call_8fK2pQ7vN3', { timeoutSeconds: 600 });
 */
export async function followCall(
  ctx: Context,
  callId: string,
  options: { timeoutSeconds?: number },
): Promise<number> {
  const kai = await ctx.client();
  const json = ctx.output.mode === 'json';
  // With --json, stdout carries only the final document; progress goes to stderr.
  const stream = json ? process.stderr : process.stdout;
  const s = json ? ctx.errStyle : makeStyle(colorEnabled(stream, ctx.env));
  const progress = new Progress(stream, s);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  // With `create --wait` the id is the API's.
  const shownId = printable(callId);
  progress.start(`Waiting for ${shownId}…`);
  try {
    await kai.calls.wait(callId, {
      ...(options.timeoutSeconds ? { timeout: options.timeoutSeconds * 1000 } : {}),
      signal: controller.signal,
      onEvent: (event: unknown) => {
        const e = event as TimelineEvent;
        progress.line(describeEvent(e, s));
        if (e.status) progress.status(`${shownId} ${printable(e.status)}`);
      },
    });
  } catch (error) {
    progress.stop();
    if (controller.signal.aborted) {
      throw new CliError(`Stopped waiting; the call ${callId} goes on.`, {
        exitCode: ExitCode.interrupted,
        hint: `Follow it again with \`kaicalls calls wait ${callId}\`, or cancel it with \`kaicalls calls cancel ${callId}\`.`,
      });
    }
    if ((error as Error).name === 'WaitTimeoutError') {
      const last = (error as { lastCall?: { status?: string } | null }).lastCall;
      throw new CliError(`Timed out: the call ${callId} is still ${last?.status ?? 'running'}.`, {
        exitCode: ExitCode.waitTimeout,
        hint: `Keep waiting with \`kaicalls calls wait ${callId}\`, or cancel it with \`kaicalls calls cancel ${callId}\`.`,
      });
    }
    throw error;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
  }
  // The final call as on the wire, for --json and a summary in the API's own words.
  const { json: call } = await kai.calls.get(callId).withResponse();
  const status = String((call as { status?: unknown }).status) as TerminalStatus;
  // Own keys only: a status such as "constructor" must not find Object.prototype's.
  const code = Object.hasOwn(outcomeExitCodes, status) ? outcomeExitCodes[status] : ExitCode.apiError;
  if (json) {
    ctx.output.write(`${JSON.stringify(call, null, 2)}\n`);
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
    'Give up waiting after this long (exit 15); the call goes on',
    parseSeconds,
  );
}

const exitCodeHelp = `
Exit codes when waiting: 0 completed, 10 voicemail, 11 failed, 12 no-answer, 13 busy, 14 canceled,
15 timed out waiting, 130 interrupted (the call goes on).`;

/** `--wait` on `calls create`, and `calls wait`. */
export const callsExtras: ResourceExtras = {
  extend(spec: CommandSpec, command: Command) {
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
    const command = parent
      .command('wait')
      .description(
        'Follow a call live until it ends, then print its summary; the exit code tells the outcome.',
      )
      .argument('<call-id>', "The call's id.");
    addWaitFlags(command);
    command.addHelpText('after', exitCodeHelp);
    examples(command, [
      'kaicalls calls wait call_8fK2pQ7vN3',
      'kaicalls calls wait call_8fK2pQ7vN3 --timeout 300 --json',
    ]);
    command.action(
      action(async (ctx, cmd) =>
        followCall(ctx, cmd.processedArgs[0] as string, { timeoutSeconds: cmd.opts().timeout }),
      ),
    );
  },
};
