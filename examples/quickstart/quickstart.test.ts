// Runs the quickstart exactly as a person would (a child process, its own mock server), only faster.
import { describe, expect, it } from 'vitest';
import { runExample } from '../run-example.js';

async function quickstart(env: Record<string, string> = {}) {
  return runExample(import.meta.url, 'quickstart.ts', {
    env: { KAICALLS_MOCK_SPEED: '200', ...env },
    unset: ['KAICALLS_API_KEY', 'KAICALLS_BASE_URL'],
    timeout: 30_000,
  });
}

describe('quickstart', () => {
  it('places a call to the booking test number and prints its timeline in order, then the summary', async () => {
    const { stdout } = await quickstart();

    expect(stdout).toMatch(/^Calling \+15005550100: call_\w+$/m);
    const steps = [...stdout.matchAll(/^\s+(\d+\.\d)s {2}([a-z.]+)/gm)].map((m) => ({
      at: Number(m[1]),
      type: m[2],
    }));
    const types = steps.map((s) => s.type);
    expect(types[0]).toBe('call.queued');
    for (const type of [
      'call.ringing',
      'call.answered',
      'transcript.turn',
      'call.ended',
      'analysis.complete',
    ]) {
      expect(types).toContain(type);
    }
    expect(types.indexOf('call.answered')).toBeLessThan(types.indexOf('call.ended'));
    expect(types.filter((t) => t === 'call.ended')).toHaveLength(1);
    // Offsets come from the mock's clock: they never go backwards.
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
    expect(stdout).toMatch(/^completed \(appointment_booked\), [1-9]\d*s of conversation$/m);
    expect(stdout).toMatch(/^Summary: \S.+$/m);
  }, 60_000);

  it('follows any outcome to its end: a number that rings out ends as no-answer', async () => {
    const { stdout } = await quickstart({ KAICALLS_TO: '+15005550101' });

    expect(stdout).toContain('call.ringing');
    expect(stdout).not.toContain('call.answered');
    expect(stdout).toMatch(/^no-answer \(no_answer\), 0s of conversation$/m);
    expect(stdout).toContain('Summary: none: nobody answered');
  }, 60_000);
});
