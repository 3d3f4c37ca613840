// Runs the Python CI job as CI would: python3, the standard library, and the built `kaicalls-mock` binary,
// at real time and sped up. The job verifies every webhook itself (HMAC and the 5-minute tolerance
// against this machine's clock), so it fails if the mock signs at any other time.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/mock/bin/kaicalls-mock.js', import.meta.url));

beforeAll(() => ensureBuilt('packages/mock'), 120_000);

describe('ci-python', () => {
  it.each([1, 20])(
    'places calls, advances the clock, reads outcomes and verifies every delivery once (and refuses forged ones) at speed %i',
    async (speed) => {
      const { stdout } = await promisify(execFile)('python3', ['ci.py', '--speed', String(speed)], {
        cwd: dir,
        env: { ...process.env, KAICALLS_MOCK: `"${process.execPath}" "${bin}"` },
        timeout: 45_000,
      });
      expect(stdout).toMatch(/^mock ready at http:\/\/127\.0\.0\.1:\d+, agent agt_\w+$/m);
      expect(stdout).toMatch(/: completed, outcome appointment_booked$/m);
      expect(stdout).toMatch(/: no-answer, outcome no_answer$/m);
      expect(stdout).toMatch(/: voicemail, outcome voicemail_left$/m);
      // The script counts what the API says it delivered (every delivery to the receiver, every event of the
      // calls in the log) and checks each arrived verified exactly once; the numbers here are that count.
      const expected = /^expected (\d+) deliveries \((\d+) events of 3 calls in the log\)$/m.exec(stdout);
      expect(expected, stdout).not.toBeNull();
      expect(Number(expected![1])).toBe(Number(expected![2]));
      expect(Number(expected![1])).toBeGreaterThanOrEqual(15);
      expect(stdout).toContain(`verified ${expected![1]} webhooks, each once, rejected 0\n`);
      expect(stdout).toMatch(/^call_\w+ expects: .*\bcall\.completed\b.*$/m);
      expect(stdout).toMatch(/^call_\w+ expects: .*\bcall\.failed\b.*$/m);
      expect(stdout).toMatch(
        /^negative controls: tampered body rejected \(no signature matches\), wrong secret rejected \(no signature matches\)$/m,
      );
      expect(stdout.trim().split('\n').at(-1)).toBe('ok');
    },
    60_000,
  );
});
