// Runs the example's Jest suite as a customer's CI would, as child processes: under Jest's CommonJS runtime
// with ts-jest and the @kaicalls/mock preset, and under its ESM runtime. Jest loads the built packages
// (dist/), as an app that installed them does.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const jestBin = fileURLToPath(new URL('node_modules/jest/bin/jest.js', import.meta.url));

interface JestRun {
  code: number | null;
  report: { numPassedTests: number; numFailedTests: number; numTotalTests: number; success: boolean };
  stderr: string;
}

function jest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<JestRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [jestBin, '--json', '--ci', ...args],
      { cwd: here, env: { ...process.env, ...env }, timeout: 90_000, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        try {
          resolve({ code: error ? (error.code as number) : 0, report: JSON.parse(stdout), stderr });
        } catch {
          reject(new Error(`jest printed no report:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

ensureBuilt('packages/sdk', 'packages/mock');

describe.concurrent('testing-with-jest', () => {
  it('passes in CommonJS (ts-jest, preset @kaicalls/mock)', async () => {
    const run = await jest([]);

    expect(run.stderr).toContain('reminders.test.ts');
    expect(run.report).toMatchObject({ success: true, numFailedTests: 0, numPassedTests: 5 });
  }, 90_000);

  it('passes in ESM (--experimental-vm-modules, ts-jest useESM)', async () => {
    const run = await jest(['--config', 'jest.esm.config.mjs'], {
      NODE_OPTIONS: '--experimental-vm-modules',
    });

    expect(run.report).toMatchObject({ success: true, numFailedTests: 0, numPassedTests: 5 });
  }, 90_000);

  it('without the preset, CommonJS Jest cannot load msw: the preset is what makes it work', async () => {
    const config = {
      roots: ['<rootDir>/src'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
    };

    const run = await jest(['--config', JSON.stringify(config)]);

    expect(run.code).not.toBe(0);
    expect(run.report.numPassedTests).toBe(0);
    expect(JSON.stringify(run.report)).toMatch(
      /Must use import to load ES Module|Cannot use import statement/,
    );
  }, 90_000);
});
