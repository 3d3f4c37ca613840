import { describe, expect, it } from 'vitest';
import { serve, withoutPastCalls } from './setup.js';

describe('appointments', async () => {
  const { api, mock } = await serve();
  // This file writes its own calls and records: start without the voice loop's past calls.
  withoutPastCalls(mock);
  const john = [...mock.state.leads.values()].find((l) => l.name === 'John Smith')!;

  it('lists the fixtures soonest first, filtered by status, time range and lead', async () => {
    const res = await api('GET', '/v1/appointments');
    expect(res.status).toBe(200);
    const starts = res.body.data.map((a: any) => a.start_time);
    expect(starts.length).toBeGreaterThanOrEqual(4);
    expect(starts).toEqual([...starts].sort());
    const now = new Date(mock.clock.now()).toISOString();
    const upcoming = await api('GET', `/v1/appointments?from=${now}&status=scheduled`);
    expect(upcoming.body.data.length).toBeGreaterThan(0);
    for (const a of upcoming.body.data) {
      expect(a.start_time >= now).toBe(true);
      expect(a.status).toBe('scheduled');
    }
    const past = await api('GET', `/v1/appointments?to=${now}`);
    expect(past.body.data.every((a: any) => a.start_time < now)).toBe(true);
    const johns = await api('GET', `/v1/appointments?lead_id=${john.id}`);
    expect(johns.body.data.map((a: any) => a.title)).toEqual(['Consultation with John Smith']);
  });

  it('books, reschedules, confirms and cancels; a cancelled appointment is final', async () => {
    const created = await api('POST', '/v1/appointments', {
      body: {
        title: 'Product demo',
        start_time: '2026-02-20T10:00:00Z',
        end_time: '2026-02-20T10:30:00Z',
        lead_id: john.id,
        notes: 'CRM integration',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'scheduled',
      lead_id: john.id,
      business_id: john.business_id,
      call_id: null,
      start_time: '2026-02-20T10:00:00.000Z',
    });
    const id = created.body.id;
    const moved = await api('PATCH', `/v1/appointments/${id}`, {
      body: { start_time: '2026-02-21T10:00:00Z', end_time: '2026-02-21T11:00:00Z' },
    });
    expect(moved.body.end_time).toBe('2026-02-21T11:00:00.000Z');
    expect(
      (await api('PATCH', `/v1/appointments/${id}`, { body: { status: 'confirmed' } })).body.status,
    ).toBe('confirmed');
    const cancelled = await api('PATCH', `/v1/appointments/${id}`, { body: { status: 'cancelled' } });
    expect(cancelled.body.status).toBe('cancelled');
    const again = await api('PATCH', `/v1/appointments/${id}`, { body: { notes: 'rebook?' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', param: 'status' });
    expect(again.body.error.message).toMatch(/cancelled/);
    expect((await api('GET', `/v1/appointments/${id}`)).body.notes).toBe('CRM integration');
  });

  it('refuses an end before the start (400 naming end_time), also when rescheduling', async () => {
    const res = await api('POST', '/v1/appointments', {
      body: { title: 'Backwards', start_time: '2026-02-20T10:00:00Z', end_time: '2026-02-20T09:00:00Z' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', param: 'end_time' });
    const [first] = (await api('GET', '/v1/appointments?status=scheduled')).body.data;
    const patch = await api('PATCH', `/v1/appointments/${first.id}`, {
      body: { end_time: first.start_time },
    });
    expect(patch.body.error.param).toBe('end_time');
  });

  it('needs the lead to exist, and an update to change something', async () => {
    const res = await api('POST', '/v1/appointments', {
      body: {
        title: 'Ghost',
        start_time: '2026-02-20T10:00:00Z',
        end_time: '2026-02-20T11:00:00Z',
        lead_id: 'lead_nobody00',
      },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.param).toBe('lead_id');
    const [first] = (await api('GET', '/v1/appointments')).body.data;
    expect((await api('PATCH', `/v1/appointments/${first.id}`, { body: {} })).status).toBe(400);
    expect((await api('GET', '/v1/appointments/apt_missing00')).status).toBe(404);
  });

  it('a completed appointment cannot be rescheduled or reopened', async () => {
    const [done] = (await api('GET', '/v1/appointments?status=completed')).body.data;
    expect(
      (await api('PATCH', `/v1/appointments/${done.id}`, { body: { status: 'scheduled' } })).status,
    ).toBe(409);
    const notes = await api('PATCH', `/v1/appointments/${done.id}`, { body: { notes: 'Paid.' } });
    expect(notes.body).toMatchObject({ status: 'completed', notes: 'Paid.' });
  });
});
