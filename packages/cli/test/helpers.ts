// Runs the built `kaicalls` binary as a real process, each test with its own config directory.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh config home (XDG_CONFIG_HOME) so no test sees another's profiles. */
export function configHome(): string {
  return mkdtempSync(join(tmpdir(), 'kaicalls-cli-'));
}

/** An environment without the developer's KaiCalls variables or colour settings. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/**
 * The environment of a CLI pointed at a mock server with its test key, in a fresh config home.
 * @example const env = mockEnv(await startMockServer({ port: 0, speed: 50 }));
 */
export function mockEnv(server: { baseUrl: string; testKey: string }): NodeJS.ProcessEnv {
  return cleanEnv({
    KAICALLS_BASE_URL: server.baseUrl,
    KAICALLS_API_KEY: server.testKey,
    XDG_CONFIG_HOME: configHome(),
  });
}

/**
 * Runs `kaicalls ...args` and collects its output.
 * @example const { code, stdout } = await run(['calls', 'list', '--json'], { env });
 */
export function run(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: options.env ?? cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the binary and parses its stdout as JSON. */
export async function runJson<T = any>(args: string[], options: Parameters<typeof run>[1] = {}): Promise<T> {
  const result = await run([...args, '--json'], options);
  if (result.code !== 0)
    throw new Error(`kaicalls ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
