// Inbound calls, simulated with mock.simulateInboundCall: answered, missed, and missed with a voicemail.
import { describe, expect, it } from 'vitest';
import { BOOKED_CALL_EVENTS } from './expected-events.js';
import { serve } from './setup.js';

describe('inbound calls', async () => {
  const { api, mock } = await serve();
  const maria = [...mock.state.leads.values()].find((l) => l.name === 'Maria Garcia')!;
  const kai = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const webhooksOf = (id: string) =>
    [...mock.state.events.values()]
      .filter((e: any) => (e.data.id ?? e.data.call_id) === id || e.data.call_id === id)
      .map((e) => e.type);

  it('answers, converses and completes, linked to the caller lead', async () => {
    const call = mock.simulateInboundCall({ from: maria.phone });
    expect(call).toMatchObject({
      direction: 'inbound',
      status: 'ringing',
      from: maria.phone,
      to: kai.phone_number,
      lead_id: maria.id,
    });
    await mock.clock.runUntilIdle();
    const done = (await api('GET', `/v1/calls/${call.id}`)).body;
    expect(done).toMatchObject({ status: 'completed', outcome: 'appointment_booked', agent_id: kai.id });
    expect(done.transcript[0].text).toMatch(/^Thanks for calling Smith Law/);
    const timeline = (await api('GET', `/v1/calls/${call.id}/events?limit=100`)).body.data.map(
      (e: any) => e.type,
    );
    expect(timeline.slice(0, 3)).toEqual(['call.ringing', 'call.answered', 'transcript.turn']);
    expect(timeline).not.toContain('call.queued');
    // Inbound: no call.queued, the rest as for an outbound booked call.
    expect(webhooksOf(call.id)).toEqual(BOOKED_CALL_EVENTS.slice(1));
    expect((await api('GET', `/v1/calls?direction=inbound`)).body.data.map((c: any) => c.id)).toContain(
      call.id,
    );
  });

  it('misses a call: no-answer, call.missed, a text back, and no voicemail', async () => {
    const call = mock.simulateInboundCall({ from: '+14155550142', answered: false });
    await mock.clock.runUntilIdle();
    const done = mock.state.calls.get(call.id)!;
    expect(done).toMatchObject({
      status: 'no-answer',
      outcome: 'missed',
      ended_reason: 'no_answer',
      answered_at: null,
      recording_url: null,
    });
    expect(mock.state.timelines.get(call.id)!.map((e) => e.type)).toEqual([
      'call.ringing',
      'call.ended',
      'sms.sent',
      'sms.delivered',
    ]);
    expect(webhooksOf(call.id)).toEqual([
      'call.started',
      'call.ended',
      'call.missed',
      'sms.sent',
      'sms.delivered',
    ]);
    const [sms] = [...mock.state.smsMessages.values()].filter((s) => s.call_id === call.id);
    expect(sms).toMatchObject({
      to: '+14155550142',
      status: 'delivered',
      body: expect.stringMatching(/sorry we missed your call/),
    });
  });

  it('misses a call where the caller leaves a voicemail: voicemail.received after call.missed', async () => {
    const call = mock.simulateInboundCall({ from: maria.phone, answered: false, voicemail: true });
    await mock.clock.runUntilIdle();
    const done = mock.state.calls.get(call.id)!;
    expect(done.status).toBe('no-answer');
    expect(done.recording_url).toMatch(/^https:\/\/storage\.kaicalls\.com\/recordings\//);
    expect(webhooksOf(call.id).slice(0, 4)).toEqual([
      'call.started',
      'call.ended',
      'call.missed',
      'voicemail.received',
    ]);
    const voicemail = [...mock.state.events.values()].find(
      (e) => e.type === 'voicemail.received' && (e.data as any).call_id === call.id,
    )!;
    expect(voicemail.data).toMatchObject({
      from: maria.phone,
      recording_url: done.recording_url,
      transcription: expect.stringContaining('Maria'),
      duration: expect.any(Number),
    });
    expect(
      mock.state.timelines
        .get(call.id)!
        .map((e) => e.type)
        .slice(0, 3),
    ).toEqual(['call.ringing', 'voicemail.left', 'call.ended']);
  });

  it('lets a test choose the agent, and refuses a caller that is not E.164', async () => {
    const max = [...mock.state.agents.values()].find((a) => a.name === 'Max')!;
    const call = mock.simulateInboundCall({ from: '+17375550999', agentId: max.id, answered: false });
    expect(call).toMatchObject({ agent_id: max.id, to: max.phone_number, business_id: max.business_id });
    expect(() => mock.simulateInboundCall({ from: '555-0100' })).toThrow(/E\.164/);
    expect(() => mock.simulateInboundCall({ from: '+17375550999', agentId: 'agt_nosuchagent' })).toThrow(
      /No agent/,
    );
    await mock.clock.runUntilIdle();
  });
});
