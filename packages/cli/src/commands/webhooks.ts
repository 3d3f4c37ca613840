// `kaicalls webhooks verify`: checks a delivery (raw body on stdin, headers as flags) with the SDK's
// `kaicalls/webhooks` and says why it does not verify.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { action, examples } from '../action.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { printable } from '../output/printable.js';
import { readStdin } from '../params.js';
import type { ResourceExtras } from './resource.js';

function parseHeader(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const at = value.indexOf(':');
  if (at <= 0) throw new InvalidArgumentError(`expected "name: value", got "${value}".`);
  return { ...(previous ?? {}), [value.slice(0, at).trim().toLowerCase()]: value.slice(at + 1).trim() };
}

function parseTolerance(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) throw new InvalidArgumentError('expected seconds ≥ 0.');
  return seconds;
}

/** `webhooks verify` beside the subscription commands. */
export const webhooksExtras: ResourceExtras = {
  commands(parent: Command) {
    const command = parent
      .command('verify')
      .description(
        'Check whether a webhook delivery verifies: the raw body on stdin, the webhook-* headers as flags.\n\n' +
          'Exit 0 when it verifies, 1 when it does not (the reason is printed), 2 for a usage error.',
      )
      .addOption(
        new Option('--secret <whsec>', 'The signing secret (whsec_…); repeat it to try several')
          .env('KAICALLS_WEBHOOK_SECRET')
          .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
      )
      .option(
        '--header <name:value>',
        'A request header (repeatable): webhook-id, webhook-timestamp, webhook-signature',
        parseHeader,
      )
      .option(
        '--tolerance <seconds>',
        'How far webhook-timestamp may be from now (default 300)',
        parseTolerance,
      );
    examples(command, [
      "kaicalls webhooks verify --secret whsec_… --header 'webhook-id: evt_2Dq8wN4vJc' --header 'webhook-timestamp: 1771165932' --header 'webhook-signature: v1,K5o…' < body.json",
      'kaicalls webhooks verify --tolerance 0 --header … < body.json   # ignore the timestamp age',
    ]);
    command.action(
      action(async (ctx, cmd) => {
        const opts = cmd.opts<{
          secret?: string[] | string;
          header?: Record<string, string>;
          tolerance?: number;
        }>();
        const secrets = typeof opts.secret === 'string' ? [opts.secret] : opts.secret;
        if (!secrets?.length)
          throw usageError(
            '--secret is required.',
            'Pass the whsec_… secret of the endpoint (or set KAICALLS_WEBHOOK_SECRET).',
          );
        if (process.stdin.isTTY)
          throw usageError('Give the raw body on stdin.', 'e.g. `kaicalls webhooks verify … < body.json`');
        const body = await readStdin();
        const { verify } = await import('kaicalls/webhooks');
        const s = ctx.output.style;
        try {
          const event = verify(body, opts.header ?? {}, secrets, {
            ...(opts.tolerance !== undefined
              ? // verify refuses an infinite tolerance (it would be a silent off switch): skip by a finite one.
                { tolerance: opts.tolerance === 0 ? Number.MAX_SAFE_INTEGER : opts.tolerance }
              : {}),
          }) as { id?: string; type?: string };
          if (ctx.output.mode === 'json')
            ctx.output.write(`${JSON.stringify({ valid: true, id: event.id, type: event.type })}\n`);
          else
            ctx.output.write(
              `${s.green('✔')} Verified: ${printable(`${event.type ?? 'event'} ${event.id ?? ''}`)}\n`,
            );
          return ExitCode.ok;
        } catch (error) {
          if ((error as Error).name !== 'WebhookVerificationError') throw error;
          const reason = (error as { reason?: string }).reason ?? 'invalid';
          if (ctx.output.mode === 'json') {
            ctx.output.write(
              `${JSON.stringify({ valid: false, reason, message: (error as Error).message })}\n`,
            );
            return ExitCode.apiError;
          }
          // A body saved by an editor or `echo` gains a final newline the signature does not cover.
          const trimmed = withoutFinalNewline(body);
          const newline =
            reason === 'invalid_signature' &&
            trimmed.length !== body.length &&
            verifies(() =>
              // Only the signature matters here: an age bound no delivery reaches (verify refuses Infinity).
              verify(trimmed, opts.header ?? {}, secrets, { tolerance: Number.MAX_SAFE_INTEGER }),
            );
          throw new CliError(`Does not verify (${reason}): ${(error as Error).message}`, {
            exitCode: ExitCode.apiError,
            hint: newline
              ? 'The body ends with a newline the signature does not cover (an editor or `echo` added it): without it, the delivery verifies. Save the body as received, or use `printf %s`.'
              : reason === 'invalid_signature'
                ? 'Use the raw bytes as received (not re-serialized JSON) and the secret of this endpoint.'
                : reason.startsWith('timestamp')
                  ? 'An old delivery? --tolerance 0 skips the age check.'
                  : undefined,
          });
        }
      }),
    );
  },
};

function verifies(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function withoutFinalNewline(body: Uint8Array): Uint8Array {
  let end = body.length;
  if (body[end - 1] === 0x0a) end--;
  if (end < body.length && body[end - 1] === 0x0d) end--;
  return body.subarray(0, end);
}
