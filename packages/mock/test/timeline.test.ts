// The voice loop's timeline: the exact order of steps and webhook events for every magic number, the
// offsets the README documents, determinism by seed, and the invariants of the random model.
import { describe, expect, it } from 'vitest';
import { createMock, MAGIC_NUMBERS } from '../src/index.js';
import { ANSWERED_CALL_EVENTS, BOOKED_CALL_EVENTS, UNANSWERED_CALL_EVENTS } from './expected-events.js';
import { serve } from './setup.js';

/** Runs of transcript turns collapse to one `transcript.turn…` so sequences read like the spec. */
const collapse = (types: string[]) =>
  types
    .filter((t, i) => t !== 'transcript.turn' || types[i - 1] !== 'transcript.turn')
    .map((t) => (t === 'transcript.turn' ? 'transcript.turn…' : t));

describe('timeline', async () => {
  const { api, mock, server } = await serve({ rateLimit: false });
  const agent = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;

  async function place(to: string, extra: Record<string, unknown> = {}) {
    const res = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to, ...extra } });
    expect(res.status).toBe(201);
    return res.body;
  }
  async function finished(id: string) {
    await mock.clock.runUntilIdle();
    const events = await api('GET', `/v1/calls/${id}/events?limit=100`);
    const call = await api('GET', `/v1/calls/${id}`);
    const webhooks = [...mock.state.events.values()]
      .filter((e: any) => (e.data.id ?? e.data.call_id) === id || e.data.call_id === id)
      .map((e) => e.type);
    return { call: call.body, events: events.body.data as any[], webhooks };
  }

  const outbound = ['call.queued', 'call.dialing', 'call.ringing'];
  const answered = [...outbound, 'call.answered', 'transcript.turn…'];
  const cases: Array<[string, string, string[], string[]]> = [
    [
      '+15005550100',
      'completed',
      [
        ...answered,
        'call.ended',
        'transcript.ready',
        'analysis.complete',
        'appointment.booked',
        'sms.sent',
        'sms.delivered',
      ],
      [...BOOKED_CALL_EVENTS],
    ],
    ['+15005550101', 'no-answer', [...outbound, 'call.ended'], [...UNANSWERED_CALL_EVENTS]],
    ['+15005550102', 'busy', ['call.queued', 'call.dialing', 'call.ended'], [...UNANSWERED_CALL_EVENTS]],
    ['+15005550103', 'failed', ['call.queued', 'call.dialing', 'call.ended'], [...UNANSWERED_CALL_EVENTS]],
    [
      '+15005550104',
      'voicemail',
      [...answered, 'voicemail.left', 'call.ended', 'transcript.ready', 'analysis.complete'],
      [...ANSWERED_CALL_EVENTS],
    ],
    ['+15005550105', 'no-answer', [...outbound, 'call.ended'], [...UNANSWERED_CALL_EVENTS]],
    [
      '+15005550106',
      'completed',
      [...answered, 'call.ended', 'transcript.ready', 'analysis.complete', 'emergency.detected'],
      [...ANSWERED_CALL_EVENTS, 'emergency.detected'],
    ],
    [
      '+15005550107',
      'completed',
      [...answered, 'call.ended', 'transcript.ready', 'analysis.complete', 'sms.sent', 'sms.failed'],
      [...ANSWERED_CALL_EVENTS, 'sms.sent', 'sms.failed'],
    ],
  ];

  it('covers every magic number of the table', () => {
    expect(cases.map(([to]) => to).sort()).toEqual(Object.keys(MAGIC_NUMBERS).sort());
  });

  it.each(cases)(
    '%s ends %s with the exact timeline and webhook events',
    async (to, status, timeline, webhooks) => {
      const created = await place(to, { name: 'John Smith' });
      expect(created.status).toBe('queued');
      const done = await finished(created.id);
      expect(done.call.status).toBe(status);
      expect(collapse(done.events.map((e) => e.type))).toEqual(timeline);
      expect(done.webhooks).toEqual(webhooks);
      expect(done.events.map((e) => e.sequence)).toEqual(done.events.map((_, i) => i + 1));
      const ended = done.events.filter((e) => e.type === 'call.ended');
      expect(ended).toHaveLength(1);
      expect(ended[0].data.status).toBe(status);
      expect(done.events.at(-1)!.status).toBe(status);
    },
  );

  it('plays a completed call at the documented offsets', async () => {
    const created = await place('+15005550100');
    const { call, events } = await finished(created.id);
    const at = (type: string) => events.find((e) => e.type === type)!.offset_ms;
    expect([
      at('call.queued'),
      at('call.dialing'),
      at('call.ringing'),
      at('call.answered'),
      at('transcript.turn'),
    ]).toEqual([0, 500, 2000, 6000, 6500]);
    expect(at('transcript.ready')).toBe(at('call.ended') + 2000);
    expect(at('analysis.complete')).toBe(at('transcript.ready') + 2000);
    expect(Date.parse(call.answered_at) - Date.parse(call.created_at)).toBe(6000);
    expect(call.duration).toBe(Math.round((Date.parse(call.ended_at) - Date.parse(call.answered_at)) / 1000));
    // The transcript's offsets are from the answer; the timeline's from creation.
    expect(call.transcript[0].offset_ms).toBe(500);
    expect(events.filter((e) => e.type === 'transcript.turn').map((e) => e.data.text)).toEqual(
      call.transcript.map((t: any) => t.text),
    );
  });

  it('rings 30 s before no-answer, 120 s for +15005550105; busy never rings and ends within seconds', async () => {
    const noAnswer = await finished((await place('+15005550101')).id);
    expect(noAnswer.events.at(-1)!.offset_ms).toBe(32_000);
    const long = await finished((await place('+15005550105')).id);
    expect(long.events.at(-1)!.offset_ms).toBe(122_000);
    const busy = await finished((await place('+15005550102')).id);
    expect(busy.events.some((e) => e.type === 'call.ringing')).toBe(false);
    expect(busy.events.at(-1)!.offset_ms).toBeLessThan(5_000);
    expect(busy.call).toMatchObject({
      ended_reason: 'busy',
      outcome: 'busy',
      answered_at: null,
      duration: null,
    });
    const failed = await finished((await place('+15005550103')).id);
    expect(failed.call).toMatchObject({ ended_reason: 'carrier_error', outcome: 'failed' });
    expect(failed.events.at(-1)!.data.error).toMatch(/Carrier error/);
  });

  it('updates the call record step by step', async () => {
    const created = await place('+15005550100');
    const get = async () => (await api('GET', `/v1/calls/${created.id}`)).body;
    await mock.clock.advance(600);
    expect(await get()).toMatchObject({
      status: 'queued',
      started_at: expect.any(String),
      answered_at: null,
    });
    await mock.clock.advance(1500);
    expect((await get()).status).toBe('ringing');
    await mock.clock.advance(4000);
    expect(await get()).toMatchObject({ status: 'in-progress', transcript: null, ended_at: null });
    await mock.clock.runUntilIdle();
    expect(await get()).toMatchObject({
      status: 'completed',
      outcome: 'appointment_booked',
      sentiment: expect.any(String),
      summary: expect.stringContaining('booked a consultation'),
      recording_url: expect.stringMatching(/^https:\/\/storage\.kaicalls\.com\/recordings\/rec_\w+\.mp3$/),
      quality_dimensions: { professionalism: expect.any(Number) },
    });
  });

  it('pages the timeline oldest first and reads only what is new after after_sequence', async () => {
    const { id } = await place('+15005550100');
    await mock.clock.runUntilIdle();
    const all = (await api('GET', `/v1/calls/${id}/events?limit=100`)).body.data;
    const first = await api('GET', `/v1/calls/${id}/events?limit=5`);
    expect(first.body.data.map((e: any) => e.sequence)).toEqual([1, 2, 3, 4, 5]);
    const next = await api('GET', `/v1/calls/${id}/events?limit=5&cursor=${first.body.next_cursor}`);
    expect(next.body.data[0].sequence).toBe(6);
    const after = await api('GET', `/v1/calls/${id}/events?after_sequence=${all.length - 2}`);
    expect(after.body.data.map((e: any) => e.sequence)).toEqual([all.length - 1, all.length]);
  });

  it('gives every call exactly one terminal event, and every answered call exactly one analysis', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await place(`+1512555${String(3000 + i)}`)).id);
    await mock.clock.runUntilIdle();
    const statuses = new Set<string>();
    for (const id of ids) {
      const timeline = mock.state.timelines.get(id)!;
      const call = mock.state.calls.get(id)!;
      statuses.add(call.status);
      expect(timeline.filter((e) => e.type === 'call.ended')).toHaveLength(1);
      expect(timeline.filter((e) => e.type === 'analysis.complete')).toHaveLength(call.answered_at ? 1 : 0);
      expect(timeline.map((e) => e.sequence)).toEqual(timeline.map((_, i) => i + 1));
      const offsets = timeline.map((e) => e.offset_ms);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      const terminal = [...mock.state.events.values()].filter(
        (e) => ['call.completed', 'call.failed', 'call.missed'].includes(e.type) && (e.data as any).id === id,
      );
      expect(terminal).toHaveLength(1);
      const ended = [...mock.state.events.values()].filter(
        (e) => e.type === 'call.ended' && (e.data as any).id === id,
      );
      expect(ended).toHaveLength(1);
      // The terminal event comes after the hang-up, and a completed call's carries its analysis.
      expect([...mock.state.events.keys()].indexOf(terminal[0]!.id)).toBeGreaterThan(
        [...mock.state.events.keys()].indexOf(ended[0]!.id),
      );
      if (terminal[0]!.type === 'call.completed') {
        expect(terminal[0]!.data).toMatchObject({
          summary: expect.any(String),
          outcome: expect.any(String),
          transcript: expect.any(Array),
          recording_url: expect.stringMatching(/^https:/),
          sentiment: expect.any(String),
        });
      }
    }
    const completed = ids.filter((id) => mock.state.calls.get(id)!.status === 'completed').length;
    expect(completed).toBeGreaterThan(ids.length * 0.4);
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('gives the same timeline for the same seed, and another for another seed', async () => {
    const numbers = Array.from({ length: 12 }, (_, i) => `+1737555${String(4000 + i)}`);
    const run = async () => {
      const out: string[] = [];
      for (const to of numbers) {
        const { id } = await place(to, { name: 'Ana Lopez', context: 'Roof repair quote' });
        await mock.clock.runUntilIdle();
        out.push(
          JSON.stringify(mock.state.timelines.get(id)!.map((e) => [e.type, e.offset_ms, e.status, e.data])),
        );
      }
      return out;
    };
    await mock.reset();
    const first = await run();
    await mock.reset();
    expect(await run()).toEqual(first);

    const other = createMock({ seed: 2, rateLimit: false, baseUrl: 'https://seed2.kaicalls.test/api' });
    await other.ready;
    server.use(...other.handlers);
    const otherAgent = [...other.state.agents.values()].find((a) => a.name === 'Kai')!;
    const seen: string[] = [];
    for (const to of numbers) {
      const res = await fetch('https://seed2.kaicalls.test/api/v1/calls', {
        method: 'POST',
        headers: { authorization: `Bearer ${other.testKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          agent_id: otherAgent.id,
          to,
          name: 'Ana Lopez',
          context: 'Roof repair quote',
        }),
      });
      const { id } = await res.json();
      await other.clock.runUntilIdle();
      seen.push(
        JSON.stringify(other.state.timelines.get(id)!.map((e) => [e.type, e.offset_ms, e.status, e.data])),
      );
    }
    expect(seen).not.toEqual(first);
    // Magic numbers do not depend on the seed.
    const magic = await fetch('https://seed2.kaicalls.test/api/v1/calls', {
      method: 'POST',
      headers: { authorization: `Bearer ${other.testKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ agent_id: otherAgent.id, to: '+15005550102' }),
    });
    const { id: busyId } = await magic.json();
    await other.clock.runUntilIdle();
    expect(other.state.calls.get(busyId)!.status).toBe('busy');
  });
});
