// The CLI's config file: one entry per profile (API key, base URL, the `listen` signing secret). It holds
// secrets, so the file is 0600 and its directory 0700, whatever the umask, and writes are atomic. It also
// decides where the key is sent (`base_url`), so a file or directory that other users can write is
// refused, as ssh refuses such a key file; so is one below a directory others can write (a sticky one,
// like /tmp, excepted), up to $HOME (or / outside it), since they could swap the directory for their own.
import type { Stats } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
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
  /** By profile name. A Map, so that no name (`__proto__`, `constructor`) can reach Object.prototype. */
  profiles: Map<string, Profile>;
}

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * Checks a profile name: letters, digits, `-` and `_`, starting with a letter or digit, at most 64
 * characters, and none of Object.prototype's names (a config written by an older CLI may be read by
 * tools that store profiles in a plain object).
 *
 * @example
 * checkProfileName('ci'); // 'ci'
 * checkProfileName('__proto__'); // throws a usage error
 */
export function checkProfileName(name: string): string {
  if (PROFILE_NAME.test(name) && !RESERVED.has(name)) return name;
  const why = RESERVED.has(name)
    ? 'that name is reserved'
    : 'use letters, digits, "-" and "_" (up to 64 characters), starting with a letter or digit';
  throw new CliError(`Invalid profile name ${JSON.stringify(name)}: ${why}.`, {
    exitCode: ExitCode.usage,
    hint: 'e.g. --profile work, --profile ci-staging (or KAICALLS_PROFILE=work).',
  });
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

/** A path as a shell word, for the commands a hint tells the user to run. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

function writableBy(mode: number): string {
  const who = [mode & 0o020 ? 'its group' : null, mode & 0o002 ? 'every user' : null].filter(Boolean);
  return `${who.join(' and ')} (mode ${(mode & 0o777).toString(8).padStart(3, '0')})`;
}

/**
 * The directories above the config's own, up to $HOME when it is inside it, else up to /. Anyone who can
 * write one of them (and it is not sticky, like /tmp) or who owns it (not you, not root) can rename the
 * config's directory away and put their own in its place, as ssh's check of a key's path knows.
 */
async function checkAncestors(dir: string, problems: string[], fixes: string[]): Promise<void> {
  if (process.platform === 'win32') return;
  const me = process.getuid?.();
  const home = resolve(process.env.HOME || homedir());
  const start = resolve(dir);
  const below = relative(home, start);
  const insideHome = below !== '' && below !== '..' && !below.startsWith('../');
  const stop = insideHome ? home : '/';
  for (let at = dirname(start); ; at = dirname(at)) {
    let stats: Stats;
    try {
      stats = await stat(at);
    } catch {
      break;
    }
    if (stats.mode & 0o022 && !(stats.mode & 0o1000)) {
      problems.push(`the directory ${at} above it is writable by ${writableBy(stats.mode)}`);
      fixes.push(`chmod go-w ${shellWord(at)}`);
    }
    if (me !== undefined && stats.uid !== me && stats.uid !== 0) {
      problems.push(`the directory ${at} above it belongs to another user (uid ${stats.uid})`);
      fixes.push(`chown ${me} ${shellWord(at)}`);
    }
    if (at === stop || at === dirname(at)) break;
  }
}

/**
 * Refuses a config file or directory that users other than its owner can write (mode & 0o022), or that
 * another user owns: any of them could point `base_url` at their own host and receive the key.
 */
async function checkPermissions(path: string, file: Stats): Promise<void> {
  if (process.platform === 'win32') return;
  const dir = dirname(path);
  const folder = await stat(dir);
  const problems: string[] = [];
  const fixes: string[] = [];
  if (folder.mode & 0o022) {
    problems.push(`its directory ${dir} is writable by ${writableBy(folder.mode)}`);
    fixes.push(`chmod 700 ${shellWord(dir)}`);
  }
  if (file.mode & 0o022) {
    problems.push(`it is writable by ${writableBy(file.mode)}`);
    fixes.push(`chmod 600 ${shellWord(path)}`);
  }
  // Its owner can rewrite it whatever its mode: it must be yours (or root's, as ssh allows).
  const me = process.getuid?.();
  if (me !== undefined) {
    for (const [what, where, stats] of [
      ['its directory', dir, folder],
      ['it', path, file],
    ] as const) {
      if (stats.uid !== me && stats.uid !== 0) {
        problems.push(
          `${what === 'it' ? 'it' : `${what} ${where}`} belongs to another user (uid ${stats.uid})`,
        );
        fixes.push(`chown ${me} ${shellWord(where)}`);
      }
    }
  }
  await checkAncestors(dir, problems, fixes);
  refuseIf(path, problems, fixes);
}

function refuseIf(path: string, problems: string[], fixes: string[]): void {
  if (problems.length === 0) return;
  throw new CliError(
    `Refusing to use the config file ${path}: ${problems.join(', and ')}, so another user could change where your API key is sent.`,
    {
      exitCode: ExitCode.configPermissions,
      hint: `Run \`${fixes.join(' && ')}\`, then check that its api_key and base_url are yours.`,
    },
  );
}

/** Reads the config file (refused when others can write it, see above); a missing file is an empty config. */
export async function readConfig(path = configPath()): Promise<ConfigFile> {
  let text: string;
  try {
    // The permissions are those of the file read (fstat of the open file), not of a path checked before.
    const handle = await open(path, 'r');
    try {
      await checkPermissions(path, await handle.stat());
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: new Map() };
    throw new CliError(`Cannot read the config file ${path}: ${(error as Error).message}`, {
      exitCode: ExitCode.usage,
    });
  }
  try {
    const parsed = JSON.parse(text) as { profiles?: unknown };
    const profiles =
      typeof parsed.profiles === 'object' && parsed.profiles && !Array.isArray(parsed.profiles)
        ? (Object.entries(parsed.profiles) as [string, Profile][])
        : [];
    return { profiles: new Map(profiles) };
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
  // Not into a directory another user could swap for their own (the file, new, was not checked on read).
  const problems: string[] = [];
  const fixes: string[] = [];
  await checkAncestors(dir, problems, fixes);
  refuseIf(path, problems, fixes);
  const temporary = `${path}.${process.pid}.tmp`;
  // `wx`: never write through a file (or link) that was there before.
  await rm(temporary, { force: true });
  const body = { profiles: Object.fromEntries(config.profiles) };
  await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
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
  const next = change({ ...config.profiles.get(checkProfileName(name)) });
  if (next === undefined) config.profiles.delete(name);
  else config.profiles.set(name, next);
  await writeConfig(config, path);
}
