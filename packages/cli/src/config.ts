// The CLI's config file: one entry per profile (API key, base URL, the `listen` signing secret). It holds
// secrets, so the file is 0600 and its directory 0700, whatever the umask, and writes are atomic.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';

/** One profile's settings, as stored (snake_case, like the API). */
export interface Profile {
  api_key?: string;
  base_url?: string;
  /** The whsec_ secret `kaicalls listen` and `trigger` sign forwarded events with. */
  listen_secret?: string;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

/**
 * Where the config lives: `$XDG_CONFIG_HOME/kaicalls/config.json`, else `%APPDATA%\kaicalls` on Windows,
 * else `~/.config/kaicalls/config.json`.
 *
 * @example
 * configPath({ XDG_CONFIG_HOME: '/tmp/cfg' }); // '/tmp/cfg/kaicalls/config.json'
 */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' && env.APPDATA ? env.APPDATA : join(env.HOME || homedir(), '.config'));
  return join(base, 'kaicalls', 'config.json');
}

/** Reads the config file; a missing file is an empty config. */
export async function readConfig(path = configPath()): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new CliError(`Cannot read the config file ${path}: ${(error as Error).message}`, {
      exitCode: ExitCode.usage,
    });
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { profiles: typeof parsed.profiles === 'object' && parsed.profiles ? parsed.profiles : {} };
  } catch {
    throw new CliError(`The config file ${path} is not valid JSON.`, {
      exitCode: ExitCode.usage,
      hint: `Fix it or delete it, then run \`kaicalls login\` again.`,
    });
  }
}

/** Writes the config file atomically, mode 0600 in a 0700 directory. */
export async function writeConfig(config: ConfigFile, path = configPath()): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** Reads, changes and writes one profile. */
export async function updateProfile(
  name: string,
  change: (profile: Profile) => Profile | undefined,
  path = configPath(),
): Promise<void> {
  const config = await readConfig(path);
  const next = change({ ...(config.profiles[name] ?? {}) });
  if (next === undefined) delete config.profiles[name];
  else config.profiles[name] = next;
  await writeConfig(config, path);
}
