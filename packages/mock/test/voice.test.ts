// What calls leave behind: appointments, follow-up texts and their threads, emergency events, evidence
// records, the balance; and the past calls seeded as fixtures.
import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';

describe('voice loop consequences', async () => {
  const { api, mock } = await serve({ rateLimit: false });
  const agent = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const john = [...mock.state.leads.values()].find((l) => l.name === 'John Smith')!;
  async function call(to: string, extra: Record<string, unknown> = {}) {
    const { body } = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to, ...extra } });
    await mock.clock.runUntilIdle();
    return (await api('GET', `/v1/calls/${body.id}`)).body;
  }
  const minutesUsed = async () =>
    (await api('GET', '/v1/balance')).body.businesses.find((b: any) => b.business_id === agent.business_id)
      .minutes_used;

  it('books an appointment and texts a delivered confirmation for +15005550100', async () => {
    const before = await minutesUsed();
    const done = await call('+15005550100', { lead_id: john.id });
    const appointments = (await api('GET', `/v1/appointments?lead_id=${john.id}&limit=100`)).body.data;
    const booked = appointments.find((a: any) => a.call_id === done.id);
    expect(booked).toMatchObject({ lead_id: john.id, business_id: agent.business_id, status: 'scheduled' });
    expect(Date.parse(booked.end_time) - Date.parse(booked.start_time)).toBe(30 * 60_000);
    expect(done.transcript.map((t: any) => t.text).join(' ')).toContain('booked');
    expect(john.status).toBe('booked');

    const sms = (await api('GET', `/v1/sms-messages?call_id=${done.id}`)).body.data;
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({
      status: 'delivered',
      to: '+15005550100',
      from: done.from,
      lead_id: john.id,
      error: null,
    });
    expect(sms[0].body).toMatch(/^Smith Law: your consultation is confirmed/);
    const thread = (await api('GET', `/v1/conversations/${sms[0].conversation_id}`)).body;
    expect(thread).toMatchObject({ channel: 'sms', contact_phone: '+15005550100', call_ids: [done.id] });

    const jobs = (await api('GET', `/v1/jobs?call_id=${done.id}`)).body.data;
    expect(jobs.map((j: any) => j.type).sort()).toEqual([
      'analysis',
      'appointment_booking',
      'follow_up_sms',
      'transcription',
    ]);
    expect(jobs.every((j: any) => j.status === 'succeeded' && j.finished_at)).toBe(true);
    const attempts = (await api('GET', `/v1/attempts?call_id=${done.id}`)).body.data;
    expect(attempts).toEqual([
      expect.objectContaining({
        attempt_number: 1,
        result: 'answered',
        started_at: done.started_at,
        ended_at: done.ended_at,
      }),
    ]);
    const recordings = (await api('GET', `/v1/recordings?call_id=${done.id}`)).body.data;
    expect(recordings).toEqual([
      expect.objectContaining({ url: done.recording_url, duration: done.duration, format: 'mp3' }),
    ]);

    const after = await minutesUsed();
    expect(after - before).toBeCloseTo(done.duration / 60, 1);
    const booking = [...mock.state.events.values()].find(
      (e) => e.type === 'appointment.booked' && (e.data as any).call_id === done.id,
    );
    expect(booking!.data).toMatchObject({ id: booked.id });
  });

  it('marks the follow-up text failed for +15005550107', async () => {
    const done = await call('+15005550107');
    const [sms] = (await api('GET', `/v1/sms-messages?call_id=${done.id}`)).body.data;
    expect(sms).toMatchObject({
      status: 'failed',
      delivered_at: null,
      error: expect.stringMatching(/Carrier rejected/),
    });
    const job = (await api('GET', `/v1/jobs?call_id=${done.id}`)).body.data.find(
      (j: any) => j.type === 'follow_up_sms',
    );
    expect(job).toMatchObject({ status: 'failed', error: sms.error });
    const failed = [...mock.state.events.values()].find(
      (e) => e.type === 'sms.failed' && (e.data as any).call_id === done.id,
    );
    expect(failed!.data).toMatchObject({ id: sms.id, status: 'failed' });
  });

  it('detects the emergency of +15005550106', async () => {
    const done = await call('+15005550106');
    expect(done.outcome).toBe('emergency');
    expect(done.sentiment).toBe('negative');
    const event = [...mock.state.events.values()].find(
      (e) => e.type === 'emergency.detected' && (e.data as any).call_id === done.id,
    )!;
    expect((event.data as any).keywords.length).toBeGreaterThan(0);
    const said = done.transcript.map((t: any) => t.text.toLowerCase()).join(' ');
    for (const keyword of (event.data as any).keywords) expect(said).toContain(keyword);
    expect(mock.state.timelines.get(done.id)!.at(-1)).toMatchObject({
      type: 'emergency.detected',
      data: event.data && { keywords: (event.data as any).keywords },
    });
  });

  it('records a failed attempt with the carrier code, and no recording or minutes, for +15005550103', async () => {
    const before = await minutesUsed();
    const done = await call('+15005550103');
    const [attempt] = (await api('GET', `/v1/attempts?call_id=${done.id}`)).body.data;
    expect(attempt).toMatchObject({ result: 'failed', carrier_code: '503' });
    expect((await api('GET', `/v1/recordings?call_id=${done.id}`)).body.data).toEqual([]);
    expect((await api('GET', `/v1/jobs?call_id=${done.id}`)).body.data).toEqual([]);
    expect(await minutesUsed()).toBe(before);
  });

  it('records a voicemail with its recording and analysis for +15005550104', async () => {
    const done = await call('+15005550104', { name: 'Priya Patel' });
    expect(done).toMatchObject({ status: 'voicemail', outcome: 'voicemail_left', ended_reason: 'voicemail' });
    expect(done.transcript).toHaveLength(1);
    expect(done.transcript[0].text).toMatch(/^Hi Priya, this is Kai from Smith Law/);
    const [attempt] = (await api('GET', `/v1/attempts?call_id=${done.id}`)).body.data;
    expect(attempt.result).toBe('voicemail');
  });

  it('seeds past calls with whole timelines and evidence, dated before the clock start', async () => {
    const start = mock.clock.now();
    const past = [...mock.state.calls.values()].filter((c) => Date.parse(c.created_at) < start - 3_600_000);
    expect(past.map((c) => c.status).sort()).toEqual(['completed', 'completed', 'no-answer', 'voicemail']);
    expect(past.map((c) => c.outcome).sort()).toEqual([
      'appointment_booked',
      'emergency',
      'no_answer',
      'voicemail_left',
    ]);
    for (const c of past) {
      expect(Date.parse(c.ended_at!)).toBeLessThan(start);
      const timeline = mock.state.timelines.get(c.id)!;
      expect(timeline.filter((e) => e.type === 'call.ended')).toHaveLength(1);
      const res = await api('GET', `/v1/calls/${c.id}`);
      expect(res.headers.get('x-poll-interval-ms')).toBeNull();
      const logged = [...mock.state.events.values()].filter(
        (e: any) => (e.data.id ?? e.data.call_id) === c.id,
      );
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.every((e) => Date.parse(e.created_at) < start)).toBe(true);
    }
    const booked = past.find((c) => c.outcome === 'appointment_booked')!;
    expect([...mock.state.appointments.values()].some((a) => a.call_id === booked.id)).toBe(true);
    expect([...mock.state.recordings.values()].some((r) => r.call_id === booked.id)).toBe(true);
    // Same seed, same fixtures.
    const ids = past.map((c) => c.id).sort();
    await mock.reset();
    expect([...mock.state.calls.keys()].sort()).toEqual(ids);
  });
});
