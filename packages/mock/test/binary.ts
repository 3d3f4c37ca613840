// Test helper: the built `kaicalls-mock` binary, started as a CI job starts it (rebuilt first when older
// than its sources), waited for by its readiness line.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface Running {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  stdout: () => string;
  stderr: () => string;
  /** Sends `signal` and resolves with the exit code and how long the exit took (ms). */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

/** Spawns `command` (default: node and the built binary) with `args`, and waits for "Ready at <url>". */
export async function startBinary(
  args: string[],
  { command = [process.execPath, BIN], env = {} }: { command?: string[]; env?: Record<string, string> } = {},
): Promise<Running> {
  const child = spawn(command[0]!, [...command.slice(1), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 15 s:\n${out}\n${err}`)), 15_000);
    const look = () => {
      const match = /^Ready at (\S+) /m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => reject(new Error(`exited with ${code} before it was ready:\n${out}\n${err}`)));
  });
  return {
    child,
    url,
    stdout: () => out,
    stderr: () => err,
    async stop(signal = 'SIGTERM') {
      const started = performance.now();
      child.kill(signal);
      const code = await exited;
      return { code, ms: performance.now() - started };
    },
  };
}

/** Whether something accepts connections at `url`. */
export async function listening(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/_mock/health`);
    return true;
  } catch {
    return false;
  }
}
