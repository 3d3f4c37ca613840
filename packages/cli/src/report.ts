// Turns any failure into one line on stderr (what went wrong, the API's code and request id), a hint
// line, and an exit code. Stack traces only with --debug; keys and secrets are masked everywhere, and the
// API's text in a message has its control characters escaped.
import { RETRY_LATER_CODES } from '@kaicalls/contract/facts';
import type { CommandSpec } from './command-spec.js';
import type { Context } from './context.js';
import { CliError, maskSecrets } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { printable } from './output/printable.js';
import type { Style } from './output/style.js';

interface ApiErrorLike {
  name: string;
  status: number;
  code: string | null;
  param: string | null;
  requestId: string | null;
  headers?: Headers;
  error?: { message?: string } | string;
  message: string;
}

/** The SDK's errors for an answer that was not the API's: not JSON, a redirect, or too large. */
const NOT_THE_API = new Set(['UnexpectedResponseError', 'UnexpectedRedirectError', 'ResponseTooLargeError']);

function isApiError(error: unknown): error is ApiErrorLike {
  return (
    error instanceof Error &&
    !NOT_THE_API.has(error.name) &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

function flagOf(spec: CommandSpec | undefined, param: string | null): string | null {
  if (!spec || !param) return null;
  const option = spec.options.find((o) => o.wire === param);
  if (option) return `--${option.flag}`;
  const arg = spec.args.find((a) => a.wire === param);
  return arg ? `<${arg.name}>` : null;
}

/**
 * Maps an SDK error (by its shape, so the SDK is not imported to report one) to a {@link CliError}.
 *
 * @example
 * const failure = await toCliError(error, ctx, spec);
 * process.exitCode = failure.exitCode;
 */
export async function toCliError(error: unknown, ctx?: Context, spec?: CommandSpec): Promise<CliError> {
  if (error instanceof CliError) return error;
  const command = spec ? `kaicalls ${spec.resource} ${spec.name}` : 'the command';
  if (isApiError(error)) {
    const apiMessage =
      typeof error.error === 'object' && error.error?.message ? error.error.message : error.message;
    const common = { code: error.code, requestId: error.requestId, cause: error };
    const key = ctx ? await ctx.describeKey().catch(() => 'the key') : 'the key';
    if (error.status === 401) {
      return new CliError(`Authentication failed: ${apiMessage}`, {
        ...common,
        exitCode: ExitCode.auth,
        hint: `${capitalize(key)} was rejected. Run \`kaicalls login\` with a valid key, or fix --api-key / KAICALLS_API_KEY.`,
      });
    }
    if (error.status === 403 && error.code === 'ip_restricted') {
      return new CliError(`Permission denied: ${apiMessage}`, {
        ...common,
        exitCode: ExitCode.auth,
        hint: `${capitalize(key)} has an IP allowlist that does not include this machine's address. Run it from an allowed address, or use a key whose allowlist includes this one (\`kaicalls keys get <key id>\` shows its ip_allowlist).`,
      });
    }
    if (error.status === 403) {
      const scope = error.param ?? spec?.scopes[0] ?? null;
      return new CliError(`Permission denied: ${apiMessage}`, {
        ...common,
        exitCode: ExitCode.auth,
        hint: scope
          ? `${capitalize(key)} lacks the ${scope} scope. Use a key that has it: \`kaicalls keys create --scopes ${scope}\` (with a keys:write key), then \`kaicalls login\`.`
          : `${capitalize(key)} lacks a scope this operation needs.`,
      });
    }
    const flag = flagOf(spec, error.param);
    let hint: string;
    if (error.status === 404) {
      hint = spec
        ? `Check the id; \`kaicalls ${spec.resource} list\` shows the ones that exist.`
        : 'Check the id.';
    } else if (error.status === 400 || error.status === 422) {
      hint = flag
        ? `Check ${flag} (see \`${command} --help\`).`
        : `See \`${command} --help\` for the accepted flags.`;
    } else if (error.status === 402) {
      hint = 'Your plan does not include this. Upgrade in Dashboard → Billing.';
    } else if (error.status === 409) {
      hint =
        error.code === 'idempotency_conflict'
          ? 'This --idempotency-key was used with another body: use a new key.'
          : error.code && RETRY_LATER_CODES.includes(error.code)
            ? 'Another request is changing this resource; retry in a moment.'
            : `The resource's current state does not allow this; \`kaicalls ${spec?.resource ?? '<resource>'} get\` shows it.`;
    } else if (error.status === 429) {
      const after = error.headers?.get('retry-after');
      hint = `Rate limited; retry${after ? ` after ${after} s` : ' later'}.`;
    } else if (error.status >= 500) {
      hint = 'A server error (retried already). Retry later and quote the request id to support.';
    } else {
      hint = `See \`${command} --help\`.`;
    }
    return new CliError(apiMessage, { ...common, exitCode: ExitCode.apiError, hint });
  }
  if (error instanceof Error && NOT_THE_API.has(error.name)) {
    const base = ctx ? (await ctx.credentials().catch(() => null))?.baseUrl : undefined;
    // The request id is shown once, by the CLI's own suffix.
    const message = error.message.replace(/^kaicalls: /, '').replace(/ \(request id [^)]*\)$/, '');
    return new CliError(message, {
      exitCode: ExitCode.network,
      requestId: (error as { requestId?: string | null }).requestId ?? null,
      hint: `Something other than the KaiCalls API answered${base ? ` at ${base}` : ''} (a proxy, a login page, another server): check --base-url or KAICALLS_BASE_URL.`,
      cause: error,
    });
  }
  if (error instanceof Error && (error.name === 'APIConnectionError' || error.name === 'APITimeoutError')) {
    const base = ctx ? (await ctx.credentials().catch(() => null))?.baseUrl : undefined;
    // The SDK's message names the URL and ends with its own advice; the hint below gives the CLI's.
    const detail = error.message.replace(/\s*Check the network and `baseUrl`\.$/, '');
    const where = base && !detail.includes(base) ? ` at ${base}` : '';
    return new CliError(`Cannot reach the KaiCalls API${where}: ${detail}`, {
      exitCode: ExitCode.network,
      hint: 'Check your network, --base-url or KAICALLS_BASE_URL (is `kaicalls mock` running?).',
      cause: error,
    });
  }
  if (error instanceof Error && error.name === 'KaiCallsError') {
    return new CliError(error.message.replace(/^kaicalls: /, ''), {
      exitCode: ExitCode.apiError,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(message, { exitCode: ExitCode.apiError, cause: error });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Prints a failure to stderr: one line, then the hint; the stack only with `debug`. */
export function printError(error: CliError, style: Style, debug: boolean): void {
  const meta = printable(
    [error.code, error.requestId ? `request ${error.requestId}` : null].filter(Boolean).join(', '),
  );
  const lines = [
    `${style.red(style.bold('Error:'))} ${printable(error.message)}${meta ? ` ${style.dim(`(${meta})`)}` : ''}`,
  ];
  if (error.hint) lines.push(`${style.yellow('Hint:')} ${printable(error.hint)}`);
  if (debug) {
    const cause = error.cause instanceof Error ? error.cause : error;
    if (cause.stack) lines.push(style.dim(printable(cause.stack, 'block')));
  }
  process.stderr.write(`${maskSecrets(lines.join('\n'))}\n`);
}
