import { ExitCode } from './exit-codes.js';

/** Options of a {@link CliError}. */
export interface CliErrorOptions {
  exitCode?: number;
  /** What to do next, one line. */
  hint?: string;
  /** The API's error code, when the error came from the API. */
  code?: string | null;
  requestId?: string | null;
  cause?: unknown;
}

/**
 * An error the CLI reports as one line (plus a hint) and an exit code, never with a stack trace unless
 * `--debug`.
 *
 * @example
 * throw new CliError('--to is required', { exitCode: ExitCode.usage, hint: 'kaicalls calls create --help' });
 */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  readonly hint: string | undefined;
  readonly code: string | null;
  readonly requestId: string | null;
  constructor(message: string, options: CliErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.exitCode = options.exitCode ?? ExitCode.apiError;
    this.hint = options.hint;
    this.code = options.code ?? null;
    this.requestId = options.requestId ?? null;
  }
}

/** A usage error (exit 2). */
export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, { exitCode: ExitCode.usage, hint });
}

const KEY = /\bkc_(live|test)_([A-Za-z0-9]+)/g;
const SECRET = /\bwhsec_([A-Za-z0-9+/=]+)/g;

/**
 * Masks API keys (`kc_live_…abcd`) and webhook secrets (`whsec_…abcd`) anywhere in a text.
 *
 * @example
 * maskSecrets('key kc_live_abc1d2E3f4G5h6J7k8L9m0N1p2Q3'); // 'key kc_live_…p2Q3'
 */
export function maskSecrets(text: string): string {
  return text
    .replace(KEY, (key) => maskKey(key))
    .replace(SECRET, (_, rest: string) => `whsec_…${lastFour(rest.replace(/=+$/, ''))}`);
}

/**
 * Masks one API key for display: its prefix and last four characters, and only the prefix when the rest is
 * so short that four characters would give most of it away (the SDK's logger masks by the same rule).
 *
 * @example
 * maskKey('kc_test_0123456789abcdefghijklmn'); // 'kc_test_…klmn'
 * maskKey('hunter2'); // '…'
 */
export function maskKey(key: string): string {
  const prefix = /^(kc_(?:live|test)_)/.exec(key)?.[1] ?? '';
  return `${prefix}…${lastFour(key.slice(prefix.length))}`;
}

function lastFour(secret: string): string {
  return secret.length > 8 ? secret.slice(-4) : '';
}
