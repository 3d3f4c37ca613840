// `kaicalls trigger <event-type>`: a realistic sample of any event type (the spec's own example, with a
// fresh id and timestamp), signed like a real delivery, sent to --forward-to or printed with its headers.
import { Argument, type Command, Option } from 'commander';
import { action, examples } from '../action.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { eventFixtures } from '../generated/event-fixtures.js';
import { type EventType, eventTypes } from '../generated/events.js';
import { forwardEvent, forwardingSecret, forwardUrl } from '../webhook-forward.js';

/**
 * A fresh sample event of a type: the spec's example with a new id and the current time.
 *
 * @example
 * const event = sampleEvent('call.completed');
 */
export function sampleEvent(type: EventType): {
  id: string;
  type: EventType;
  created_at: string;
  data: unknown;
} {
  const fixture = eventFixtures[type];
  const id = `evt_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
  return { ...structuredClone(fixture), id, created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
}

/** `kaicalls trigger` */
export function addTrigger(program: Command): void {
  const command = program
    .command('trigger')
    .description(
      'Send a realistic, signed sample of an event to a local URL (or print it with its headers).\n\n' +
        "Signed with this profile's forwarding secret (the one `kaicalls listen` prints) unless --secret is given.",
    )
    .addArgument(new Argument('<event-type>', 'The event type').choices(eventTypes))
    .option('--forward-to <url>', 'POST the signed event to this URL')
    .addOption(
      new Option('--secret <whsec>', 'Sign with this whsec_ secret instead').env('KAICALLS_WEBHOOK_SECRET'),
    )
    .action(
      action(async (ctx, cmd) => {
        const type = cmd.processedArgs[0] as EventType;
        const opts = cmd.opts<{ forwardTo?: string; secret?: string }>();
        const event = sampleEvent(type);
        const body = JSON.stringify(event);
        const secret = opts.secret ?? (await forwardingSecret(ctx));
        const s = ctx.output.style;
        if (!opts.forwardTo) {
          const { sign } = await import('kaicalls/webhooks');
          const signed = sign(body, secret, { id: event.id });
          if (ctx.output.mode === 'json') {
            ctx.output.write(`${JSON.stringify({ headers: signed.headers, body: event }, null, 2)}\n`);
          } else {
            for (const [name, value] of Object.entries(signed.headers))
              ctx.output.write(`${name}: ${value}\n`);
            ctx.output.write(`\n${body}\n`);
          }
          return;
        }
        const url = forwardUrl(opts.forwardTo);
        const result = await forwardEvent(url, body, event.id, secret);
        const ok = result.status !== null && result.status >= 200 && result.status < 300;
        if (ctx.output.mode === 'json') {
          ctx.output.write(
            `${JSON.stringify({ id: event.id, type, url, status: result.status, latency_ms: result.ms, error: result.error ?? null })}\n`,
          );
        } else {
          ctx.output.write(
            `Triggered ${s.bold(type)} ${event.id} → ${ok ? s.green(`[${result.status}]`) : s.red(`[${result.status ?? result.error}]`)} POST ${url} (${result.ms} ms)\n`,
          );
        }
        if (result.status === null)
          throw new CliError(`Could not deliver to ${url}: ${result.error}.`, {
            exitCode: ExitCode.network,
            hint: 'Is your server running on that port?',
          });
        if (!ok)
          throw new CliError(`${url} answered ${result.status}.`, {
            hint:
              result.status === 400 || result.status === 401
                ? 'If your handler rejected the signature, configure it with the secret `kaicalls listen --print-secret` prints.'
                : 'Check your handler.',
          });
      }),
    );
  examples(command, [
    'kaicalls trigger call.completed --forward-to http://localhost:3000/webhooks',
    'kaicalls trigger appointment.booked',
    'kaicalls trigger sms.failed --forward-to localhost:3000/hooks --secret whsec_…',
  ]);
}
