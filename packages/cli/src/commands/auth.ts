// `kaicalls login` saves a key to a profile: read from stdin when piped (for CI), else from a prompt that
// never echoes it. The key is checked against the API first unless --no-verify. `logout` removes it.
import type { Command } from 'commander';
import { action, examples } from '../action.js';
import { configPath, readConfig, updateProfile } from '../config.js';
import type { Context } from '../context.js';
import { CliError, maskKey, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readStdin } from '../params.js';

const KEY_FORMAT = /^kc_(live|test)_[A-Za-z0-9]{8,}$/;

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new CliError('Canceled.', { exitCode: ExitCode.interrupted }));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readKey(): Promise<string> {
  if (process.stdin.isTTY) return (await promptHidden('Paste your API key (input is hidden): ')).trim();
  return (await readStdin()).toString('utf8').trim();
}

async function verifyKey(ctx: Context, key: string, baseUrl: string | undefined): Promise<string> {
  const { KaiCalls } = await import('kaicalls');
  const kai = new KaiCalls({ apiKey: key, ...(baseUrl ? { baseUrl } : {}), maxRetries: 1 });
  try {
    await kai.account.getBalance();
    return 'verified';
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A key without account:read is still a valid key.
    if (status === 403) return 'verified (it has no account:read scope)';
    if (status === 401) {
      throw new CliError(`The API rejected the key ${maskKey(key)}; nothing was saved.`, {
        exitCode: ExitCode.auth,
        requestId: (error as { requestId?: string }).requestId ?? null,
        code: (error as { code?: string }).code ?? null,
        hint: `Check you copied the whole key${baseUrl ? ` and that it belongs to ${baseUrl}` : ''}.`,
      });
    }
    void ctx;
    throw error;
  }
}

/** `kaicalls login` */
export function addLogin(program: Command): void {
  const command = program
    .command('login')
    .description(
      'Save an API key to a profile of the config file (mode 0600).\n\n' +
        'The key is read from stdin when it is piped, else from a prompt that does not echo it; it is ' +
        'checked with the API first (--no-verify skips that). --base-url is saved with it.',
    )
    .option('--no-verify', 'Save the key without checking it with the API')
    .action(
      action(async (ctx, cmd) => {
        const key = await readKey();
        if (!key)
          throw usageError(
            'No key given.',
            'Pipe it (`echo $KEY | kaicalls login`) or paste it at the prompt.',
          );
        if (!KEY_FORMAT.test(key))
          throw usageError(
            /^kc_(live|test)_/.test(key)
              ? `That key (${maskKey(key)}) starts like a KaiCalls API key but is not a whole one: letters and digits follow the prefix. Check that it was copied whole.`
              : `That is not a KaiCalls API key (${maskKey(key)}): keys look like kc_live_… or kc_test_….`,
            'Create one in Dashboard → Settings → API Keys, or use the test key `kaicalls mock` prints.',
          );
        const baseUrl = ctx.options.baseUrl;
        const checked = cmd.opts().verify === false ? 'not verified' : await verifyKey(ctx, key, baseUrl);
        const path = configPath(ctx.env);
        await updateProfile(
          ctx.profileName,
          (profile) => ({ ...profile, api_key: key, ...(baseUrl ? { base_url: baseUrl } : {}) }),
          path,
        );
        const s = ctx.errStyle;
        process.stderr.write(
          `${s.green('✔')} Saved ${maskKey(key)} (${checked}) to profile "${ctx.profileName}"${baseUrl ? ` with base URL ${baseUrl}` : ''} in ${path}\n`,
        );
      }),
    );
  examples(command, [
    'kaicalls login',
    'echo "$KAICALLS_KEY" | kaicalls login --profile ci',
    'kaicalls login --profile mock --base-url http://127.0.0.1:4010',
  ]);
}

/** `kaicalls logout` */
export function addLogout(program: Command): void {
  const command = program
    .command('logout')
    .description("Remove a profile's saved API key and base URL from the config file.")
    .action(
      action(async (ctx) => {
        const path = configPath(ctx.env);
        const config = await readConfig(path);
        const s = ctx.errStyle;
        if (!config.profiles.get(ctx.profileName)?.api_key) {
          process.stderr.write(`Profile "${ctx.profileName}" has no saved key; nothing to do.\n`);
          return;
        }
        await updateProfile(
          ctx.profileName,
          ({ api_key: _key, base_url: _url, ...rest }) => (Object.keys(rest).length > 0 ? rest : undefined),
          path,
        );
        process.stderr.write(`${s.green('✔')} Logged out of profile "${ctx.profileName}".\n`);
        if (ctx.env.KAICALLS_API_KEY)
          process.stderr.write(`${s.yellow('Note:')} KAICALLS_API_KEY is still set in this environment.\n`);
      }),
    );
  examples(command, ['kaicalls logout', 'kaicalls logout --profile ci']);
}
