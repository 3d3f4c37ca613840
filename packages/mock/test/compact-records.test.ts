// Events keep a compact snapshot of their call (../src/core/event-log.ts) and timelines four slots per event
// (../src/core/timelines.ts); both are made plain on read. What a reader gets must be what it got when the
// event happened: every event, read after every call is over, is byte for byte what its listeners were
// handed when it was emitted, and what GET /v1/events/{id} and the webhooks send.
import { describe, expect, it } from 'vitest';
import { MAGIC_NUMBERS } from '../src/engine/outcomes.js';
import { serve } from './setup.js';

describe('compact records', async () => {
  const { api, mock } = await serve({ rateLimit: false });
  const emitted = new Map<string, string>();
  mock.context.onEvent((event) => emitted.set(event.id, JSON.stringify(event)));
  const timelines = new Map<string, string[]>();

  it('an event read later is the event as emitted, on every path', async () => {
    const agent = [...mock.state.agents.values()].find((a) => a.is_active)!;
    await api('POST', '/v1/webhooks', { body: { url: 'https://hooks.example.com/k', events: ['*'] } });
    const numbers = [
      ...Object.keys(MAGIC_NUMBERS),
      ...Array.from({ length: 60 }, (_, i) => `+1512777${1000 + i}`),
    ];
    const ids: string[] = [];
    for (const to of numbers) {
      if (to === '+15005550001') continue;
      const res = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to } });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    // A canceled call, and timelines read while the calls are live.
    const ringing = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550105' } });
    await mock.clock.advance(5_000);
    expect((await api('POST', `/v1/calls/${ringing.body.id}/cancel`)).status).toBe(200);
    await mock.clock.advance(20_000);
    for (const id of ids) {
      const live = await api('GET', `/v1/calls/${id}/events?limit=100`);
      timelines.set(
        id,
        live.body.data.map((e: unknown) => JSON.stringify(e)),
      );
    }
    await mock.clock.runUntilIdle();

    expect(emitted.size).toBeGreaterThan(400);
    for (const [id, text] of emitted) expect(JSON.stringify(mock.state.events.get(id)), id).toBe(text);
    const sample = [...emitted.keys()].filter((_, i) => i % 25 === 0);
    for (const id of sample)
      expect(JSON.stringify((await api('GET', `/v1/events/${id}`)).body)).toBe(emitted.get(id));
    for (const attempt of mock.webhookAttempts) expect(attempt.body).toBe(emitted.get(attempt.eventId));

    // A timeline only grows: what was read while the call was live is its beginning, unchanged.
    for (const [id, before] of timelines) {
      const after = mock.state.timelines.get(id)!.map((e) => JSON.stringify(e));
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length).toBeGreaterThan(before.length - 1);
      const events = mock.state.timelines.get(id)!;
      const call = mock.state.calls.get(id)!;
      for (const event of events)
        expect(Date.parse(event.occurred_at) - Date.parse(call.created_at)).toBe(event.offset_ms);
    }
  });
});
