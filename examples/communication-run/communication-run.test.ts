// Runs the example as a person would (a child process with its own mock server), only faster.
import { describe, expect, it } from 'vitest';
import { runExample } from '../run-example.js';

describe('communication-run', () => {
  it('validates, previews, creates once for two requests, pauses, resumes and completes', async () => {
    const { stdout } = await runExample(import.meta.url, 'run.ts', {
      env: { KAICALLS_MOCK_SPEED: '100' },
      unset: ['KAICALLS_API_KEY'],
    });

    expect(stdout).toMatch(/^invalid {3}contacts\[2\]\.to: .*\+15005550001/m);
    expect(stdout).toContain('validated 6 contacts: valid');
    expect(stdout).toMatch(/^preview {3}first call \d{4}-\d\d-\d\dT/m);
    const [, first, second] = /^created {3}(run_\w+) \(a retry with the same key returned (run_\w+)\)$/m.exec(
      stdout,
    )!;
    expect(second).toBe(first);

    const pending = /^paused {4}(\d+) still pending \(was (\d+)\)/m.exec(stdout)!;
    expect(pending[1]).toBe(pending[2]);
    const progress = [
      ...stdout.matchAll(
        /^progress {2}(\w+) +(\d+) completed, (\d+) failed, (\d+) in progress, (\d+) pending$/gm,
      ),
    ];
    expect(progress.some(([, status]) => status === 'paused')).toBe(true);
    // Every contact is counted exactly once, at every step.
    for (const [, , completed, failed, inProgress, pendingCount] of progress) {
      expect(Number(completed) + Number(failed) + Number(inProgress) + Number(pendingCount)).toBe(6);
    }
    // 0100, 0104 (voicemail), 0106 and 0107 count as completed; 0101 (no answer) and 0102 (busy) as failed.
    expect(progress.at(-1)?.slice(1, 6)).toEqual(['completed', '4', '2', '0', '0']);
    expect(stdout).toMatch(/^done {6}completed at \d{4}-/m);
  }, 60_000);
});
