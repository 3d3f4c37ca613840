// What every command shares: the global flags, the credentials (resolved in a documented order), the
// SDK client (imported only when a command talks to the API) and the output mode.
import type { KaiCalls } from 'kaicalls';
import { checkProfileName, configPath, type Profile, readConfig } from './config.js';
import { CliError, maskKey, maskSecrets } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { createOutput, type Output } from './output/format.js';
import { printable } from './output/printable.js';
import { colorEnabled, type Style, style } from './output/style.js';

/** The flags every command accepts. */
export interface GlobalOptions {
  profile?: string;
  apiKey?: string;
  baseUrl?: string;
  json?: boolean;
  debug?: boolean;
  verbose?: boolean;
}

/** Where the key in use came from (said in auth errors, so the user knows what to fix). */
export type KeySource = '--api-key' | 'KAICALLS_API_KEY' | 'profile';

export interface Credentials {
  apiKey: string;
  keySource: KeySource;
  baseUrl: string | undefined;
  profile: string;
}

/**
 * The per-invocation context of a command.
 *
 * @example
 * const ctx = new Context(command.optsWithGlobals());
 * const kai = await ctx.client();
 */
export class Context {
  readonly options: GlobalOptions;
  readonly env: NodeJS.ProcessEnv;
  readonly output: Output;
  /** Colours for stderr (progress, errors). */
  readonly errStyle: Style;
  #client?: Promise<KaiCalls>;
  #credentials?: Credentials;

  constructor(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env) {
    this.options = options;
    this.env = env;
    this.output = createOutput({
      json: Boolean(options.json),
      isTTY: Boolean(process.stdout.isTTY),
      color: colorEnabled(process.stdout, env),
      width: process.stdout.columns || 100,
    });
    this.errStyle = style(colorEnabled(process.stderr, env));
  }

  /**
   * The profile in use: `--profile`, else `KAICALLS_PROFILE` (unless empty), else `default`. An invalid
   * name is a usage error (`--profile ''` included), never a profile that silently saves nothing.
   */
  get profileName(): string {
    return checkProfileName(this.options.profile ?? (this.env.KAICALLS_PROFILE || 'default'));
  }

  async profile(): Promise<Profile> {
    const config = await readConfig(configPath(this.env));
    const profile = config.profiles.get(this.profileName);
    return profile !== null && typeof profile === 'object' ? profile : {};
  }

  /** Resolves the key and base URL: flag, then environment variable, then the profile. */
  async credentials(): Promise<Credentials> {
    if (this.#credentials) return this.#credentials;
    const profile = await this.profile();
    const env = (name: string) => this.env[name] || undefined;
    const apiKey = this.options.apiKey || env('KAICALLS_API_KEY') || profile.api_key;
    if (!apiKey) {
      throw new CliError('No API key.', {
        exitCode: ExitCode.auth,
        hint:
          this.options.profile !== undefined && this.profileName !== 'default'
            ? `Run \`kaicalls login --profile ${this.profileName}\`, set KAICALLS_API_KEY, or pass --api-key.`
            : 'Run `kaicalls login`, set KAICALLS_API_KEY, or pass --api-key (try `kaicalls mock` for a local sandbox).',
      });
    }
    const keySource: KeySource = this.options.apiKey
      ? '--api-key'
      : env('KAICALLS_API_KEY')
        ? 'KAICALLS_API_KEY'
        : 'profile';
    const baseUrl = this.options.baseUrl || env('KAICALLS_BASE_URL') || profile.base_url;
    this.#credentials = { apiKey, keySource, baseUrl, profile: this.profileName };
    return this.#credentials;
  }

  /** The SDK client, created on first use (the SDK is imported only then). */
  client(): Promise<KaiCalls> {
    this.#client ??= (async () => {
      const { apiKey, baseUrl } = await this.credentials();
      const { KaiCalls } = await import('kaicalls');
      const log =
        (level: string) =>
        (message: unknown, ...rest: unknown[]) =>
          process.stderr.write(
            `${this.errStyle.dim(`[${level}]`)} ${maskSecrets(printable([message, ...rest].map(stringify).join(' '), 'block'))}\n`,
          );
      return new KaiCalls({
        apiKey,
        ...(baseUrl ? { baseUrl } : {}),
        logLevel: this.options.debug ? 'debug' : this.options.verbose ? 'info' : 'warn',
        logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
      });
    })();
    return this.#client;
  }

  /**
   * A line at `info` level on stderr (`[info] …`), as the SDK's info log: shown with --verbose or --debug.
   * For what a user may want to know but need not see (a fallback to polling, a resumed stream).
   */
  info(text: string): void {
    if (!this.options.verbose && !this.options.debug) return;
    process.stderr.write(`${this.errStyle.dim('[info]')} ${maskSecrets(printable(text, 'block'))}\n`);
  }

  /** Describes the key in use for messages, masked (`the key from KAICALLS_API_KEY (kc_test_…abcd)`). */
  async describeKey(): Promise<string> {
    const { apiKey, keySource, profile } = await this.credentials();
    const from = keySource === 'profile' ? `profile "${profile}"` : keySource;
    return `the key from ${from} (${maskKey(apiKey)})`;
  }
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
