// Time as receivers and CI jobs see it: `webhook-timestamp` is the wall clock's (receivers verify with no
// options), payloads stay on the mock's clock, a reset returns the clock to its start, `advance` takes a
// sane number of milliseconds, and on a real-time clock it never waits for an endpoint that hangs.
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { MAX_ADVANCE_MS } from '../src/core/clock.js';
import { createMock } from '../src/index.js';
import { DEFAULT_START } from '../src/mock.js';
import { emit, endpoint } from './webhooks-support.js';

describe('webhook timestamps', () => {
  it('are the wall-clock time of the attempt, so a receiver verifies with no options', async () => {
    const hook = endpoint();
    const mock = createMock({ webhooks: { fetch: hook.fetch } });
    await mock.ready;
    const event = emit(mock.context, 'call.completed', 'https://receiver.example/hooks');
    await mock.clock.advance(0);
    const [sent] = hook.received;
    expect(Math.abs(Number(sent!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    expect(new Webhook(mock.webhookSecret).verify(sent!.body, sent!.headers)).toMatchObject({ id: event.id });
    // The payload keeps the mock's time.
    expect(JSON.parse(sent!.body).created_at).toBe(new Date(DEFAULT_START).toISOString());
  });

  it("are the mock clock's with timestamps: 'mock-clock', byte for byte the same on every run", async () => {
    const run = async () => {
      const hook = endpoint();
      const mock = createMock({ webhooks: { fetch: hook.fetch, timestamps: 'mock-clock' } });
      await mock.ready;
      emit(mock.context, 'call.completed', 'https://receiver.example/hooks');
      await mock.clock.advance(45_000);
      return hook.received;
    };
    const first = await run();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await run()).toEqual(first);
    expect(first[0]!.headers['webhook-timestamp']).toBe(String(DEFAULT_START / 1000));
  });
});

describe('the clock', () => {
  it('returns to its start on reset, so a reset is reproducible', async () => {
    const mock = createMock({ now: '2026-05-04T10:00:00Z' });
    await mock.ready;
    const agents = [...mock.state.agents.keys()];
    await mock.clock.advance(3_600_000);
    await mock.reset();
    expect(mock.clock.now()).toBe(Date.parse('2026-05-04T10:00:00Z'));
    expect([...mock.state.agents.keys()]).toEqual(agents);

    const live = createMock({ speed: 1, now: '2026-05-04T10:00:00Z' });
    await live.ready;
    await live.clock.advance(86_400_000);
    await live.reset();
    expect(live.clock.now() - Date.parse('2026-05-04T10:00:00Z')).toBeLessThan(1_000);
    live.clock.stop();
  });

  it.each([
    ['more than ten years', MAX_ADVANCE_MS + 1],
    ['1e16', 1e16],
    ['negative', -1],
    ['not a number', Number.NaN],
  ])('refuses to advance by %s, and keeps working', async (_, ms) => {
    const mock = createMock();
    await mock.ready;
    await expect(mock.clock.advance(ms)).rejects.toThrow(RangeError);
    await mock.clock.advance(MAX_ADVANCE_MS);
    expect(new Date(mock.clock.now()).toISOString()).toMatch(/^2036-/);
  });

  it('refuses a start past 9999-12-31, where the clock ends (no advance could follow it)', () => {
    expect(() => createMock({ now: Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1 })).toThrow(
      /now must be at most 9999-12-31T23:59:59.999Z/,
    );
    expect(() => createMock({ now: Date.UTC(9999, 0, 1) })).not.toThrow();
  });

  it('on a real-time clock, returns once due steps ran, while attempts to a hanging endpoint go on', async () => {
    const hanging = endpoint(() => new Promise<Response>(() => {}));
    const mock = createMock({ speed: 1, webhooks: { fetch: hanging.fetch, timeoutMs: 30_000 } });
    await mock.ready;
    for (let i = 0; i < 5; i++) emit(mock.context, 'call.completed', 'https://hangs.example/hooks');
    const started = performance.now();
    await mock.clock.advance(60_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    // Attempts to one endpoint run concurrently (bounded), so all five first attempts are out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hanging.received.length).toBeGreaterThanOrEqual(5);
    mock.clock.stop();
    await mock.reset();
  });
});
