import { describe, expect, it } from 'vitest';
import type { Schemas } from '../src/index.js';
import { serve, withoutPastCalls } from './setup.js';

describe('evidence', async () => {
  const { api, mock } = await serve();
  // This file writes its own calls and records: start without the voice loop's past calls.
  withoutPastCalls(mock);
  const lead = [...mock.state.leads.values()].find((l) => l.name === 'John Smith')!;
  const callA = 'call_evidenceAA';
  const callB = 'call_evidenceBB';
  const at = (s: number) => new Date(mock.clock.now() - 3_600_000 + s * 1000).toISOString();
  // Records as the voice loop writes them; a call record lets jobs reach their lead.
  mock.state.calls.set(callA, { id: callA, lead_id: lead.id } as Schemas['Call']);
  const sms: Schemas['SmsMessage'][] = [callA, callB, callA].map((call, i) => ({
    id: `sms_evidence${i}0`,
    business_id: lead.business_id,
    call_id: call,
    lead_id: call === callA ? lead.id : null,
    conversation_id: 'conv_evidence00',
    direction: 'outbound',
    from: '+15125551234',
    to: lead.phone,
    body: `Message ${i}`,
    status: 'delivered',
    error: null,
    created_at: at(i),
    sent_at: at(i),
    delivered_at: at(i + 1),
  }));
  for (const m of sms) mock.state.smsMessages.set(m.id, m);
  mock.state.conversations.set('conv_evidence00', {
    id: 'conv_evidence00',
    business_id: lead.business_id,
    lead_id: lead.id,
    contact_phone: lead.phone,
    channel: 'sms',
    message_count: 3,
    call_ids: [callA, callB],
    last_message_at: at(2),
    created_at: at(0),
  });
  mock.state.jobs.set('job_evidence00', {
    id: 'job_evidence00',
    type: 'analysis',
    status: 'succeeded',
    call_id: callA,
    run_id: null,
    error: null,
    created_at: at(0),
    started_at: at(0),
    finished_at: at(2),
  });
  mock.state.attempts.set('att_evidence00', {
    id: 'att_evidence00',
    call_id: callB,
    lead_id: null,
    run_id: null,
    to: '+15005550101',
    attempt_number: 1,
    result: 'no-answer',
    carrier_code: null,
    started_at: at(0),
    ended_at: at(30),
  });
  mock.state.recordings.set('rec_evidence00', {
    id: 'rec_evidence00',
    call_id: callA,
    lead_id: lead.id,
    url: 'https://storage.kaicalls.com/recordings/rec_evidence00.mp3',
    duration: 127,
    format: 'mp3',
    size_bytes: 2_032_000,
    created_at: at(5),
  });

  const cases = [
    ['/v1/sms-messages', 'sms_evidence10', 'sms_id'],
    ['/v1/conversations', 'conv_evidence00', 'conversation_id'],
    ['/v1/jobs', 'job_evidence00', 'job_id'],
    ['/v1/attempts', 'att_evidence00', 'attempt_id'],
    ['/v1/recordings', 'rec_evidence00', 'recording_id'],
  ] as const;

  it.each(cases)('%s lists and gets its records, 404 naming the id otherwise', async (path, id, param) => {
    const list = await api('GET', path);
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: any) => r.id)).toContain(id);
    expect((await api('GET', `${path}/${id}`)).body.id).toBe(id);
    const prefix = id.split('_')[0];
    const missing = await api('GET', `${path}/${prefix}_missing000`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param });
  });

  it('lists newest first and filters by call and by lead', async () => {
    const all = await api('GET', '/v1/sms-messages');
    expect(all.body.data.map((m: any) => m.body)).toEqual(['Message 2', 'Message 1', 'Message 0']);
    const ofA = await api('GET', `/v1/sms-messages?call_id=${callA}`);
    expect(ofA.body.data.map((m: any) => m.id)).toEqual(['sms_evidence20', 'sms_evidence00']);
    const ofLead = await api('GET', `/v1/sms-messages?lead_id=${lead.id}&call_id=${callB}`);
    expect(ofLead.body.data).toEqual([]);
    // A conversation spans calls; a job reaches its lead through its call.
    expect((await api('GET', `/v1/conversations?call_id=${callB}`)).body.data).toHaveLength(1);
    expect((await api('GET', `/v1/jobs?lead_id=${lead.id}`)).body.data).toHaveLength(1);
    expect((await api('GET', `/v1/attempts?lead_id=${lead.id}`)).body.data).toHaveLength(0);
    expect((await api('GET', `/v1/recordings?call_id=${callA}`)).body.data).toHaveLength(1);
  });

  it('needs the evidence:read scope', async () => {
    const { key } = await mock.createKey({ scopes: ['calls:read'] });
    const res = await api('GET', '/v1/recordings', { key });
    expect(res.status).toBe(403);
    expect(res.body.error.param).toBe('evidence:read');
  });
});
