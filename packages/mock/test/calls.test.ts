// Calls through real requests: validation beyond the schema, lists and filters, cancel, the poll hint, and
// enrichment from leads.
import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';

describe('calls', async () => {
  const { api, mock } = await serve({ rateLimit: false });
  const agent = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const create = (body: Record<string, unknown>, headers?: Record<string, string>) =>
    api('POST', '/v1/calls', { body: { agent_id: agent.id, ...body }, ...(headers ? { headers } : {}) });

  it('rejects +15005550001 at once, naming `to`, with no call and no event', async () => {
    const calls = mock.state.calls.size;
    const events = mock.state.events.size;
    const res = await create({ to: '+15005550001' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'invalid_request',
      param: 'to',
      request_id: expect.stringMatching(/^req_/),
    });
    expect(res.body.error.message).toMatch(/\+15005550001 cannot be called/);
    expect(mock.state.calls.size).toBe(calls);
    expect(mock.state.events.size).toBe(events);
    expect(mock.clock.pending()).toBe(0);
  });

  it('answers an unknown agent or lead with 404 naming it, and an inactive agent with 400', async () => {
    const unknown = await api('POST', '/v1/calls', {
      body: { agent_id: 'agt_nosuchagent', to: '+15125550100' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', param: 'agent_id' });
    const lead = await create({ to: '+15125550100', lead_id: 'lead_nosuchlead' });
    expect(lead.status).toBe(404);
    expect(lead.body.error).toMatchObject({ code: 'not_found', param: 'lead_id' });
    const off = await api('POST', '/v1/agents', { body: { name: 'Dormant', is_active: false } });
    const inactive = await api('POST', '/v1/calls', { body: { agent_id: off.body.id, to: '+15125550100' } });
    expect(inactive.status).toBe(400);
    expect(inactive.body.error).toMatchObject({ code: 'invalid_request', param: 'agent_id' });
    expect(inactive.body.error.message).toMatch(/inactive.*is_active/);
    const malformed = await create({ to: '5125550100' });
    expect(malformed.body.error).toMatchObject({ code: 'invalid_request', param: 'to' });
  });

  it('creates a queued call with everything the request said', async () => {
    const res = await create({
      to: '+15005550100',
      name: 'Dana Whitfield',
      context: 'Asked about a slip-and-fall case.',
      first_message: 'Hi Dana, Kai here from Smith Law.',
      webhook_url: 'https://example.com/hooks/kaicalls',
      max_duration: 300,
      metadata: { crm_ticket: 'T-1' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^call_[A-Za-z0-9]{10}$/),
      status: 'queued',
      direction: 'outbound',
      agent_id: agent.id,
      agent_name: 'Kai',
      to: '+15005550100',
      from: agent.phone_number,
      name: 'Dana Whitfield',
      max_duration: 300,
      metadata: { crm_ticket: 'T-1' },
      variables: { name: 'Dana', business_name: 'Smith Law', time_of_day: 'morning' },
      duration: null,
      transcript: null,
    });
    await mock.clock.runUntilIdle();
    const done = (await api('GET', `/v1/calls/${res.body.id}`)).body;
    expect(done.transcript[0].text).toBe('Hi Dana, Kai here from Smith Law.');
    expect(done.transcript.map((t: any) => t.text).join(' ')).toContain('slip-and-fall');
    // Events for a call with a webhook_url are also addressed to it.
    expect(mock.webhookAttempts.some((d) => d.url === 'https://example.com/hooks/kaicalls')).toBe(true);
  });

  it('replays an idempotent create instead of placing a second call', async () => {
    const headers = { 'idempotency-key': 'retry-me-1' };
    const first = await create({ to: '+15005550104' }, headers);
    const second = await create({ to: '+15005550104' }, headers);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    expect([...mock.state.calls.values()].filter((c) => c.id === first.body.id)).toHaveLength(1);
    await mock.clock.runUntilIdle();
  });

  it('sends X-Poll-Interval-Ms while the call is live, and not once it is over and analysed', async () => {
    const { body } = await create({ to: '+15005550100' });
    const live = await api('GET', `/v1/calls/${body.id}`);
    expect(live.headers.get('x-poll-interval-ms')).toBe('1000');
    const events = await api('GET', `/v1/calls/${body.id}/events`);
    expect(events.headers.get('x-poll-interval-ms')).toBe('1000');
    await mock.clock.runUntilIdle();
    const over = await api('GET', `/v1/calls/${body.id}`);
    expect(over.body.summary).not.toBeNull();
    expect(over.headers.get('x-poll-interval-ms')).toBeNull();
    expect((await api('GET', `/v1/calls/${body.id}/events`)).headers.get('x-poll-interval-ms')).toBeNull();
  });

  it('cancels a queued call, a ringing call, and refuses once answered (409)', async () => {
    const queued = (await create({ to: '+15005550100' })).body;
    const canceled = await api('POST', `/v1/calls/${queued.id}/cancel`);
    expect(canceled.status).toBe(200);
    expect(canceled.body).toMatchObject({
      status: 'canceled',
      ended_reason: 'canceled',
      outcome: 'canceled',
    });
    await mock.clock.runUntilIdle();
    expect(mock.state.timelines.get(queued.id)!.map((e) => e.type)).toEqual(['call.queued', 'call.ended']);

    const ringing = (await create({ to: '+15005550105' })).body;
    await mock.clock.advance(60_000);
    expect(mock.state.calls.get(ringing.id)!.status).toBe('ringing');
    expect((await api('POST', `/v1/calls/${ringing.id}/cancel`)).body.status).toBe('canceled');
    await mock.clock.runUntilIdle();
    const timeline = mock.state.timelines.get(ringing.id)!;
    expect(timeline.map((e) => e.type)).toEqual([
      'call.queued',
      'call.dialing',
      'call.ringing',
      'call.ended',
    ]);
    expect(timeline.at(-1)!.offset_ms).toBe(60_000);
    const webhooks = [...mock.state.events.values()]
      .filter((e: any) => e.data.id === ringing.id)
      .map((e) => e.type);
    expect(webhooks).toEqual(['call.queued', 'call.started', 'call.ended', 'call.failed']);
    expect([...mock.state.attempts.values()].find((a) => a.call_id === ringing.id)!.result).toBe('canceled');

    const answered = (await create({ to: '+15005550100' })).body;
    await mock.clock.advance(7_000);
    const refused = await api('POST', `/v1/calls/${answered.id}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict' });
    expect(refused.body.error.message).toMatch(/in-progress: only a queued or ringing call can be canceled/);
    await mock.clock.runUntilIdle();
    expect((await api('POST', `/v1/calls/${answered.id}/cancel`)).status).toBe(409);
    expect((await api('POST', '/v1/calls/call_nosuchcall/cancel')).status).toBe(404);
  });

  it('enriches from lead_id, or from a lead whose phone is `to`, and touches the lead when the call ends', async () => {
    const john = [...mock.state.leads.values()].find((l) => l.name === 'John Smith')!;
    const before = john.interaction_count;
    const byId = (await create({ to: '+15005550107', lead_id: john.id })).body;
    expect(byId.lead_id).toBe(john.id);
    expect(byId.name).toBe('John Smith');
    expect(byId.variables).toMatchObject({
      name: 'John',
      lead_score: john.score,
      lead_status: john.status,
      interaction_count: before,
      lead_source: john.source,
      days_since_first_contact: expect.any(Number),
      business_name: 'Smith Law',
      business_phone: expect.stringMatching(/^\+1/),
      time_of_day: 'morning',
    });
    await mock.clock.runUntilIdle();
    expect(john.interaction_count).toBe(before + 1);
    expect(john.last_contact_at).toBe(mock.state.calls.get(byId.id)!.ended_at);

    const maria = [...mock.state.leads.values()].find((l) => l.name === 'Maria Garcia')!;
    const byPhone = (await create({ to: maria.phone })).body;
    expect(byPhone).toMatchObject({ lead_id: maria.id, name: 'Maria Garcia', variables: { name: 'Maria' } });
    const stranger = (await create({ to: '+19995550100' })).body;
    expect(stranger.lead_id).toBeNull();
    expect(stranger.variables).not.toHaveProperty('lead_score');
    await mock.clock.runUntilIdle();
  });

  it('lists calls most recent first with every filter', async () => {
    const kai = await api('GET', `/v1/calls?agent_id=${agent.id}&limit=100`);
    expect(kai.body.data.length).toBeGreaterThan(5);
    expect(kai.body.data.every((c: any) => c.agent_id === agent.id)).toBe(true);
    const created = kai.body.data.map((c: any) => c.created_at);
    expect(created).toEqual([...created].sort().reverse());
    const canceled = await api('GET', '/v1/calls?status=canceled');
    expect(canceled.body.data.length).toBeGreaterThanOrEqual(2);
    expect(canceled.body.data.every((c: any) => c.status === 'canceled')).toBe(true);
    const john = [...mock.state.leads.values()].find((l) => l.name === 'John Smith')!;
    const byLead = await api('GET', `/v1/calls?lead_id=${john.id}`);
    expect(byLead.body.data.every((c: any) => c.lead_id === john.id)).toBe(true);
    // Past calls are fixtures dated before the clock's start.
    const start = new Date(mock.clock.now() - 3_600_000).toISOString();
    const past = await api('GET', `/v1/calls?created_before=${start}`);
    expect(past.body.data.length).toBe(4);
    const recent = await api('GET', `/v1/calls?created_after=${start}&direction=outbound&limit=100`);
    expect(recent.body.data.length).toBe(kai.body.data.length - 4);
    expect((await api('GET', '/v1/calls?direction=inbound')).body.data).toEqual([]);
    expect((await api('GET', '/v1/calls?run_id=run_nosuchrun')).body.data).toEqual([]);
    const page = await api('GET', '/v1/calls?limit=2');
    const next = await api('GET', `/v1/calls?limit=2&cursor=${page.body.next_cursor}`);
    expect(next.body.data[0].id).not.toBe(page.body.data[1].id);
    expect((await api('GET', '/v1/calls/call_nosuchcall')).body.error).toMatchObject({
      code: 'not_found',
      param: 'call_id',
    });
  });
});

describe('calls on a sped-up clock', async () => {
  it('scales the poll hint to real milliseconds', async () => {
    const { api, mock } = await serve({ speed: 10 });
    const agent = [...mock.state.agents.values()][0]!;
    const { body } = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550105' } });
    const res = await api('GET', `/v1/calls/${body.id}`);
    expect(res.headers.get('x-poll-interval-ms')).toBe('100');
    await api('POST', `/v1/calls/${body.id}/cancel`);
    mock.clock.stop();
  });
});
