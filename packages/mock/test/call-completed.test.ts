// `call.completed` carries the call with its analysis in: the spec's `CompletedCall` makes the duration,
// transcript, summary, sentiment, quality scores, outcome, recording and timestamps non-null, so the SDK's
// types say so. Every call.completed the mock emits (seeded past calls, every test number, random numbers,
// calls cut short by max_duration, inbound calls of every topic) must validate against it.
import type { components } from '@kaicalls/contract/openapi';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { spec } from '../src/generated/spec.js';
import { serve } from './setup.js';
import { componentValidator } from './spec-responses.js';

const { api, mock } = await serve({ rateLimit: false });

async function allEvents(type: string): Promise<any[]> {
  const events: any[] = [];
  let cursor: string | null = null;
  do {
    const page: any = (
      await api('GET', `/v1/events?type=${type}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    ).body;
    events.push(...page.data);
    cursor = page.has_more ? page.next_cursor : null;
  } while (cursor);
  return events;
}

describe('call.completed', () => {
  it('types the analysis as present', () => {
    type Data = components['schemas']['CallCompletedEvent']['data'];
    expectTypeOf<Data['summary']>().toEqualTypeOf<string>();
    expectTypeOf<Data['transcript']>().toEqualTypeOf<components['schemas']['TranscriptTurn'][]>();
    expectTypeOf<Data['outcome']>().toEqualTypeOf<components['schemas']['CallOutcome']>();
    expectTypeOf<Data['duration']>().toEqualTypeOf<number>();
  });

  it('every call.completed the mock emits validates against the narrowed schema', async () => {
    const agent = [...mock.state.agents.values()].find((a) => a.is_active)!;
    const numbers = [
      ...Object.keys(spec['x-test-numbers'] as Record<string, string>),
      ...Array.from({ length: 25 }, (_, i) => `+1512555${String(1000 + i)}`),
    ];
    for (const to of numbers) {
      const placed = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to } });
      expect([201, 400]).toContain(placed.status); // the rejected test number is refused
    }
    // Cut short by max_duration: ended mid-conversation, the analysis still comes.
    for (let i = 0; i < 5; i++)
      await api('POST', '/v1/calls', {
        body: { agent_id: agent.id, to: `+1737555${1000 + i}`, max_duration: 10 },
      });
    for (const topic of ['appointment', 'information', 'callback', 'emergency'] as const)
      await mock.simulateInboundCall({ from: '+15125550199', topic });
    await mock.simulateInboundCall({ from: '+15125550198', answered: false, voicemail: true });
    await mock.clock.runUntilIdle();

    const validate = componentValidator('CallCompletedEvent');
    const completed = await allEvents('call.completed');
    expect(completed.length).toBeGreaterThan(30);
    for (const event of completed)
      expect(validate(event), `${event.data.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    // And the schema holds what it promises: a call.completed without its analysis does not validate.
    for (const field of ['summary', 'transcript', 'outcome', 'recording_url', 'duration'])
      expect(validate({ ...completed[0], data: { ...completed[0].data, [field]: null } }), field).toBe(false);
    const statuses = new Set(completed.map((e) => e.data.status));
    expect([...statuses].sort()).toEqual(['completed', 'voicemail']);
    expect(completed.some((e) => e.data.ended_reason === 'max_duration')).toBe(true);
    expect(completed.some((e) => e.data.direction === 'inbound')).toBe(true);
    // Every answered call that ended says so once with call.completed.
    const answered = [...mock.state.calls.values()].filter((c) =>
      ['completed', 'voicemail'].includes(c.status),
    );
    expect(new Set(completed.map((e) => e.data.id))).toEqual(new Set(answered.map((c) => c.id)));
  });
});
