// Runs an example as a person would: its script in a child process (tsx with the example's
// tsconfig.run.json), which starts its own mock server, only faster (each test sets the example's speed).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface ExampleRun {
  /** Variables set for the run (a speed, a key). */
  env?: Record<string, string>;
  /** Variables of this process the run must not inherit (a key or secret the example should not see). */
  unset?: string[];
  timeout?: number;
}

/** Runs `script` of the example whose test module is `testUrl` (`import.meta.url`); rejects on a non-zero exit. */
export function runExample(
  testUrl: string,
  script: string,
  { env = {}, unset = [], timeout = 60_000 }: ExampleRun = {},
) {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  for (const name of unset) delete inherited[name];
  return promisify(execFile)('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.run.json', script], {
    cwd: fileURLToPath(new URL('.', testUrl)),
    env: { ...inherited, ...env },
    timeout,
  });
}
