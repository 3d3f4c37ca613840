// `kaicalls mock` is `kaicalls-mock`: one parser, so the same help, flags and defaults; and the same
// process life: a readiness line, and SIGTERM frees the port within a second.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, run } from './helpers.js';

const MOCK_BIN = fileURLToPath(new URL('../../mock/dist/bin.js', import.meta.url));

describe('kaicalls mock', () => {
  it('has the help, flags and defaults of kaicalls-mock', async () => {
    const cli = await run(['mock', '--help'], { env: cleanEnv() });
    const mock = await new Promise<string>((resolve) => {
      let out = '';
      const child = spawn(process.execPath, [MOCK_BIN, '--help']);
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('exit', () => resolve(out));
    });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(mock.replaceAll('kaicalls-mock', 'kaicalls mock'));
    expect(cli.stdout).toContain('(default 4010;');
    for (const flag of ['--quiet', '--no-rate-limit', '--start-time', '--fixtures', '--pid-file'])
      expect(cli.stdout).toContain(flag);
    const bad = await run(['mock', '--speed', 'fast'], { env: cleanEnv() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('kaicalls mock: --speed must be a valid number, got "fast"');
  });

  it('prints the readiness line and stops within a second on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'mock', '--port', '0', '--quiet', '--no-rate-limit'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const url = await new Promise<string>((resolve) =>
      child.stdout.on('data', () => {
        const ready = /^Ready at (\S+) \(pid \d+\)/m.exec(out);
        if (ready) resolve(ready[1]!);
      }),
    );
    expect(out).toMatch(/^ {2}export KAICALLS_BASE_URL=\S+ KAICALLS_API_KEY=kc_test_\w+$/m);
    expect((await fetch(`${url}/_mock/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const started = performance.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(fetch(`${url}/_mock/health`)).rejects.toThrow();
  });
});
