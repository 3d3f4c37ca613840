// Runs the CI script as a CI job would: bash, the `kaicalls` binary, curl.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

// The job runs the built `kaicalls` binary, as CI would: rebuilt first when it is older than its sources.
beforeAll(() => ensureBuilt('packages/cli'), 120_000);

describe('ci-mock-server', () => {
  it('starts the mock, places a call, advances the clock past its end, reads it back, and stops the mock', async () => {
    const { stdout } = await promisify(execFile)('bash', ['ci.sh'], {
      cwd: dir,
      // This package's @kaicalls/cli, as `pnpm start` runs it (pnpm links no bin for a workspace package
      // that was not built yet at install time, so the script is given the command).
      env: { ...process.env, KAICALLS_CLI: 'node node_modules/@kaicalls/cli/dist/bin.js' },
      timeout: 30_000,
    });

    expect(stdout).toMatch(/^mock ready at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(stdout).toMatch(/^created call_\w+: queued$/m);
    expect(stdout).toContain('after 10 minutes of mock time: completed, outcome appointment_booked');
    const timeline = /^timeline: (.+)$/m.exec(stdout)?.[1]?.split(' ');
    expect(timeline?.[0]).toBe('call.queued');
    expect(timeline).toEqual(
      expect.arrayContaining([
        'call.answered',
        'transcript.turn',
        'call.ended',
        'analysis.complete',
        'appointment.booked',
      ]),
    );
  }, 60_000);

  it('fails the job, and still stops the mock, when the CLI cannot start it', async () => {
    const run = promisify(execFile)('bash', ['ci.sh'], {
      cwd: dir,
      env: { ...process.env, KAICALLS_CLI: 'false' },
      timeout: 30_000,
    });

    await expect(run).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});
