// Analytics come from one pass over the calls index; before, every request scanned every call (and every
// missed call scanned the completed calls to its number). This test keeps the old algorithm as the oracle
// and checks that both answer byte for byte the same over a few thousand random calls: every period, with
// and without an agent filter, for the account's key and for a key bound to one business.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/core/random.js';
import type { Schemas } from '../src/index.js';
import { finishedCall } from './call-record.js';
import { serve, withoutPastCalls } from './setup.js';

type Call = Schemas['Call'];
type Period = 'day' | 'week' | 'month';
const DAY = 86_400_000;

// The previous implementation, kept verbatim in substance (src/resources/analytics.ts before the index).
function bucketStart(ms: number, period: Period): number {
  const day = ms - (((ms % DAY) + DAY) % DAY);
  if (period === 'day') return day;
  if (period === 'week') return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  const date = new Date(day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}
function nextBucket(start: number, period: Period): number {
  if (period === 'day') return start + DAY;
  if (period === 'week') return start + 7 * DAY;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
const mean = (values: number[]) =>
  values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
function isMissed(call: Call): boolean {
  if (call.direction === 'inbound') return call.outcome === 'missed' || call.status === 'no-answer';
  return call.status === 'no-answer' || call.status === 'busy' || call.status === 'voicemail';
}
const counterpart = (call: Call) => (call.direction === 'inbound' ? call.from : call.to);

function oracle(
  all: Call[],
  appointments: Schemas['Appointment'][],
  events: Schemas['Event'][],
  query: { period: Period; from: number; to: number; agentId?: string },
) {
  const { period, from, to } = query;
  const starts: number[] = [];
  for (let at = bucketStart(from, period); at < to; at = nextBucket(at, period)) starts.push(at);
  const calls = all.filter((c) => {
    const at = Date.parse(c.created_at);
    return at >= from && at < to && (query.agentId === undefined || c.agent_id === query.agentId);
  });
  const bookedCalls = new Set(calls.filter((c) => c.outcome === 'appointment_booked').map((c) => c.id));
  for (const appointment of appointments) if (appointment.call_id) bookedCalls.add(appointment.call_id);
  const emergencyCalls = new Set(calls.filter((c) => c.outcome === 'emergency').map((c) => c.id));
  for (const event of events) {
    if (event.type !== 'emergency.detected') continue;
    const callId = (event.data as { call_id?: unknown }).call_id;
    if (typeof callId === 'string') emergencyCalls.add(callId);
  }
  const completedAt = new Map<string, number[]>();
  for (const call of all) {
    if (call.status !== 'completed') continue;
    const list = completedAt.get(counterpart(call)) ?? [];
    list.push(Date.parse(call.created_at));
    completedAt.set(counterpart(call), list);
  }
  const recovered = (call: Call) =>
    (completedAt.get(counterpart(call)) ?? []).some((at) => at > Date.parse(call.created_at));
  const summarize = (group: Call[]) => {
    const missed = group.filter(isMissed);
    return {
      calls: group.length,
      completed: group.filter((c) => c.status === 'completed').length,
      missed: missed.length,
      appointments_booked: group.filter((c) => bookedCalls.has(c.id)).length,
      emergencies: group.filter((c) => emergencyCalls.has(c.id)).length,
      missed_recovered: missed.filter(recovered).length,
      average_duration_seconds: mean(
        group.filter((c) => c.answered_at !== null && c.duration !== null).map((c) => c.duration!),
      ),
    };
  };
  const buckets = new Map<number, Call[]>(starts.map((s) => [s, []]));
  for (const call of calls) buckets.get(bucketStart(Date.parse(call.created_at), period))?.push(call);
  const { average_duration_seconds, ...totals } = summarize(calls);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    period,
    from: iso(from),
    to: iso(to),
    totals,
    booking_rate: Math.min(1, ratio(totals.appointments_booked, totals.completed)),
    average_duration_seconds,
    emergency_detection_rate: Math.min(1, ratio(totals.emergencies, totals.completed)),
    missed_call_recovery_rate: ratio(totals.missed_recovered, totals.missed),
    series: starts.map((start) => {
      const { missed_recovered: _, ...bucket } = summarize(buckets.get(start)!);
      return { start: iso(start), ...bucket };
    }),
  };
}

describe('analytics from the calls index', async () => {
  const { api, mock } = await serve({ rateLimit: false });
  withoutPastCalls(mock);
  const agents = [...mock.state.agents.values()];
  const now = mock.clock.now();
  const random = createRandom(11).next;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Few enough numbers that most missed calls have later calls to the same number, and some have a
  // completed call at the very same instant (which does not recover them).
  const numbers = Array.from({ length: 300 }, (_, i) => `+1512555${String(1000 + i)}`);
  const statuses: Call['status'][] = ['completed', 'completed', 'no-answer', 'busy', 'voicemail', 'failed'];
  const outcomes: Call['outcome'][] = ['appointment_booked', 'emergency', 'information_provided', null];

  for (let i = 0; i < 3000; i++) {
    const agent = pick(agents);
    const direction = random() < 0.3 ? 'inbound' : 'outbound';
    const status = pick(statuses);
    const answered = status === 'completed';
    // Some calls share an instant: ties must count the same.
    const at = now - Math.floor(random() * 120) * DAY - Math.floor(random() * 4) * 3_600_000;
    const contact = pick(numbers);
    const call = finishedCall(agent, at, {
      id: `call_eq${String(i).padStart(6, '0')}`,
      status,
      direction,
      to: direction === 'outbound' ? contact : '+15125551234',
      from: direction === 'outbound' ? '+15125551234' : contact,
      duration: answered ? 30 + Math.floor(random() * 500) : null,
      outcome: answered ? pick(outcomes) : direction === 'inbound' && random() < 0.5 ? 'missed' : null,
      answered_at: answered && random() < 0.9 ? new Date(at + 6000).toISOString() : null,
    });
    mock.state.calls.set(call.id, call);
  }
  const calls = [...mock.state.calls.values()];
  // Bookings and emergencies recorded apart from the calls' outcomes.
  for (let i = 0; i < 150; i++) {
    const call = pick(calls);
    await api('POST', '/v1/appointments', {
      body: { title: `eq ${i}`, start_time: '2026-03-01T10:00:00Z', end_time: '2026-03-01T11:00:00Z' },
    });
    const appointment = [...mock.state.appointments.values()].at(-1)!;
    appointment.call_id = call.id;
    mock.state.appointments.touch(appointment.id);
  }
  for (let i = 0; i < 150; i++) {
    const call = pick(calls);
    mock.context.emit('emergency.detected', {
      call_id: call.id,
      lead_id: null,
      keywords: ['flood'],
      summary: 'x',
    });
  }

  const bound = agents[agents.length - 1]!.business_id;
  const key = (await api('POST', '/v1/keys', { body: { business_id: bound, scopes: ['analytics:read'] } }))
    .body.key as string;

  const queries: Array<{ period: Period; from: number; to: number; agentId?: string }> = [
    { period: 'day', from: now - 30 * DAY, to: now },
    { period: 'week', from: now - 90 * DAY, to: now - 10 * DAY },
    { period: 'month', from: now - 400 * DAY, to: now + DAY, agentId: agents[0]!.id },
    { period: 'day', from: now - 45 * DAY, to: now - 44.5 * DAY },
    { period: 'week', from: now - 60 * DAY, to: now, agentId: agents[agents.length - 1]!.id },
  ];

  it.each(queries.map((q, i) => [i, q] as const))('query %i answers what the scan answered', async (_, q) => {
    const path = `/v1/analytics?period=${q.period}&from=${new Date(q.from).toISOString()}&to=${new Date(q.to).toISOString()}${q.agentId ? `&agent_id=${q.agentId}` : ''}`;
    const state = mock.state;
    const calls = [...state.calls.values()];
    const expected = oracle(calls, [...state.appointments.values()], [...state.events.values()], q);
    const res = await api('GET', path);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toBe(JSON.stringify(expected));
    expect(res.body.totals.missed_recovered).toBeGreaterThan(0);

    const scoped = oracle(
      calls.filter((c) => c.business_id === bound),
      [...state.appointments.values()],
      [...state.events.values()],
      q,
    );
    const boundRes = await api('GET', path, { key });
    if (boundRes.status === 402) return; // a bound starter key may not ask for more than 90 days
    expect(JSON.stringify(boundRes.body)).toBe(JSON.stringify(scoped));
  });

  it('follows calls the engine plays, while they are live and once they are over', async () => {
    const agent = agents.find((a) => a.is_active)!;
    for (let i = 0; i < 200; i++) {
      const to = i % 4 === 0 ? '+15005550101' : numbers[i % numbers.length]!;
      expect((await api('POST', '/v1/calls', { body: { agent_id: agent.id, to } })).status).toBe(201);
    }
    const q = { period: 'day' as const, from: now - 30 * DAY, to: now + 2 * DAY };
    const path = `/v1/analytics?from=${new Date(q.from).toISOString()}&to=${new Date(q.to).toISOString()}`;
    for (const step of [20_000, 60_000, 3_600_000]) {
      await mock.clock.advance(step);
      const expected = oracle(
        [...mock.state.calls.values()],
        [...mock.state.appointments.values()],
        [...mock.state.events.values()],
        q,
      );
      expect(JSON.stringify((await api('GET', path)).body)).toBe(JSON.stringify(expected));
    }
  });
});
