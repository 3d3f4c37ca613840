// Runs the example as a person would (a child process with its own mock server), only faster.
import { describe, expect, it } from 'vitest';
import { runExample } from '../run-example.js';

describe('replay-missed-webhooks', () => {
  it('lists the refused deliveries, backfills them once the endpoint is up, and loses nothing', async () => {
    const { stdout } = await runExample(import.meta.url, 'replay.ts', {
      env: { KAICALLS_MOCK_SPEED: '300' },
    });

    const missed = Number(/^missed {4}(\d+) deliveries/m.exec(stdout)?.[1]);
    expect(missed).toBeGreaterThan(5);
    expect(stdout).toMatch(/attempt \d: connection_refused, next at \d{4}-/);
    const backfilled = Number(/backfill queued (\d+) events/.exec(stdout)?.[1]);
    expect(backfilled).toBe(missed);

    const [, received, processed] = /^received {2}(\d+) deliveries: (\d+) events processed once,$/m.exec(
      stdout,
    )!;
    const duplicates = Number(/^ {10}(\d+) duplicates acknowledged/m.exec(stdout)?.[1]);
    expect(Number(processed)).toBe(missed);
    // The scheduled retries still arrive after the backfill: same webhook-id, acknowledged, not processed.
    expect(duplicates).toBeGreaterThan(0);
    expect(Number(received)).toBe(Number(processed) + duplicates);
    expect(stdout).toMatch(new RegExp(`^event log ${processed} events; none lost$`, 'm'));
  }, 60_000);
});
