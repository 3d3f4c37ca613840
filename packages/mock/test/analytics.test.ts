import { describe, expect, it } from 'vitest';
import type { Schemas } from '../src/index.js';
import { finishedCall } from './call-record.js';
import { serve, withoutPastCalls } from './setup.js';

type Call = Schemas['Call'];
const DAY = 86_400_000;

describe('analytics', async () => {
  const { api, mock } = await serve();
  // This file writes its own calls and records: start without the voice loop's past calls.
  withoutPastCalls(mock);
  const [agent] = [...mock.state.agents.values()];
  const now = mock.clock.now();
  let n = 0;
  /** A finished call placed `daysAgo` days ago (analytics read calls as the voice loop leaves them). */
  function call(daysAgo: number, fields: Partial<Call>): Call {
    const record = finishedCall(agent!, now - daysAgo * DAY, {
      id: `call_fixture${String(n++).padStart(4, '0')}`,
      ...fields,
    });
    mock.state.calls.set(record.id, record);
    return record;
  }

  call(10, { status: 'completed', duration: 120, outcome: 'appointment_booked' });
  call(10, { status: 'completed', duration: 60 });
  call(9, { status: 'no-answer', to: '+15125550171', outcome: 'no_answer' });
  call(8, { status: 'completed', duration: 90, to: '+15125550171' }); // recovers the missed call above
  call(3, {
    status: 'no-answer',
    direction: 'inbound',
    from: '+15125550172',
    to: '+15125551234',
    outcome: 'missed',
  });
  const emergency = call(2, { status: 'completed', duration: 300, outcome: 'emergency' });
  call(200, { status: 'completed', duration: 50 }); // outside the default range

  it('computes totals and rates over the last 30 days by default', async () => {
    const res = await api('GET', '/v1/analytics');
    expect(res.status).toBe(200);
    expect(res.body.period).toBe('day');
    expect(Date.parse(res.body.to)).toBe(now);
    expect(Date.parse(res.body.to) - Date.parse(res.body.from)).toBe(30 * DAY);
    expect(res.body.totals).toEqual({
      calls: 6,
      completed: 4,
      missed: 2,
      appointments_booked: 1,
      emergencies: 1,
      missed_recovered: 1,
    });
    expect(res.body.booking_rate).toBe(0.25);
    expect(res.body.emergency_detection_rate).toBe(0.25);
    expect(res.body.missed_call_recovery_rate).toBe(0.5);
    expect(res.body.average_duration_seconds).toBe(142.5);
    expect(res.body.series).toHaveLength(31);
    const sum = res.body.series.reduce((s: number, b: any) => s + b.calls, 0);
    expect(sum).toBe(6);
    const day = res.body.series.find(
      (b: any) =>
        b.start ===
        new Date(Date.parse(emergency.created_at) - (Date.parse(emergency.created_at) % DAY)).toISOString(),
    );
    expect(day).toMatchObject({ calls: 1, emergencies: 1, average_duration_seconds: 300 });
  });

  it('counts an appointment booked on a call, and moves as new calls land', async () => {
    const booked = call(1, { status: 'completed', duration: 200 });
    await api('POST', '/v1/appointments', {
      body: { title: 'x', start_time: '2026-03-01T10:00:00Z', end_time: '2026-03-01T11:00:00Z' },
    });
    // Changed in place, so reported with touch (as every in-place change: the tallies follow it).
    const appointment = [...mock.state.appointments.values()].at(-1)!;
    appointment.call_id = booked.id;
    mock.state.appointments.touch(appointment.id);
    const res = await api('GET', '/v1/analytics');
    expect(res.body.totals).toMatchObject({ calls: 7, completed: 5, appointments_booked: 2 });
    expect(res.body.booking_rate).toBe(0.4);
  });

  it('buckets by ISO week (Mondays) and by month', async () => {
    const weeks = await api(
      'GET',
      '/v1/analytics?period=week&from=2026-01-01T00:00:00Z&to=2026-02-16T00:00:00Z',
    );
    expect(weeks.body.series[0].start).toBe('2025-12-29T00:00:00.000Z');
    for (const b of weeks.body.series) expect(new Date(b.start).getUTCDay()).toBe(1);
    const months = await api(
      'GET',
      '/v1/analytics?period=month&from=2025-06-15T00:00:00Z&to=2026-02-16T00:00:00Z',
    );
    expect(months.body.series.map((b: any) => b.start.slice(0, 10))).toEqual([
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(months.body.totals.calls).toBe(8);
  });

  it('filters by agent', async () => {
    const other = [...mock.state.agents.values()][1]!;
    expect((await api('GET', `/v1/analytics?agent_id=${other.id}`)).body.totals.calls).toBe(0);
  });

  it('402 upgrade_required for more than 90 days on a starter-only key; fine on a larger plan', async () => {
    const long = '/v1/analytics?period=month&from=2025-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
    expect((await api('GET', long)).status).toBe(200);
    const starter = [...mock.state.businesses.values()].find((b) => b.plan === 'starter')!;
    const created = await api('POST', '/v1/keys', {
      body: { business_id: starter.id, scopes: ['analytics:read'] },
    });
    const denied = await api('GET', long, { key: created.body.key });
    expect(denied.status).toBe(402);
    expect(denied.body.error).toMatchObject({ code: 'upgrade_required', param: 'from' });
    expect(denied.body.error.message).toMatch(/90 days/);
    const ninety = await api('GET', '/v1/analytics?from=2025-11-18T00:00:00Z&to=2026-02-16T00:00:00Z', {
      key: created.body.key,
    });
    expect(ninety.status).toBe(200);
  });

  it('refuses an empty range or a series too long to return', async () => {
    const backwards = await api('GET', '/v1/analytics?from=2026-02-10T00:00:00Z&to=2026-02-01T00:00:00Z');
    expect(backwards.body.error).toMatchObject({ code: 'invalid_request', param: 'from' });
    const huge = await api('GET', '/v1/analytics?from=1970-01-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(huge.status).toBe(400);
    expect(huge.body.error.param).toBe('period');
    expect((await api('GET', '/v1/analytics?period=year')).body.error.param).toBe('period');
  });
});
