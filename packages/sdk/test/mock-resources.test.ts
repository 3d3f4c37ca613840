// Every resource's happy path, every error class and pagination, against @kaicalls/mock in-process.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  KaiCalls,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { mock, kai } = useMock({}, { maxRetries: 0 });

/** A client on the mock that retries as configured and counts the requests it sends. */
function counting(options: { maxRetries?: number } = {}) {
  const counted = { requests: 0, kai: undefined as unknown as KaiCalls };
  counted.kai = new KaiCalls({
    apiKey: mock.testKey,
    ...options,
    fetch: (input, init) => {
      counted.requests++;
      return fetch(input, init);
    },
  });
  return counted;
}

describe('resources against the mock', () => {
  it('agents: create, get, update, list config versions, list, delete', async () => {
    const agent = await kai.agents.create({
      name: 'SDK test agent',
      systemPrompt: 'Be brief.',
      maxCallDuration: 300,
    });
    expect(agent).toMatchObject({
      name: 'SDK test agent',
      systemPrompt: 'Be brief.',
      maxCallDuration: 300,
      configVersion: 1,
    });
    expect(await kai.agents.get(agent.id)).toEqual(agent);
    const updated = await kai.agents.update(agent.id, { systemPrompt: 'Be briefer.' });
    expect(updated.configVersion).toBe(2);
    const versions = await kai.agents.listConfigVersions(agent.id);
    expect(versions.data.length).toBe(2);
    const ids: string[] = [];
    for await (const a of kai.agents.list()) ids.push(a.id);
    expect(ids).toContain(agent.id);
    await expect(kai.agents.delete(agent.id)).resolves.toEqual({ id: agent.id, deleted: true });
    await expect(kai.agents.get(agent.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('numbers, leads: list and get', async () => {
    const number = (await kai.numbers.list()).data[0]!;
    expect(await kai.numbers.get(number.id)).toEqual(number);
    const lead = (await kai.leads.list()).data[0]!;
    expect(await kai.leads.get(lead.id)).toEqual(lead);
    expect(lead.interactionCount).toBeTypeOf('number');
  });

  it('appointments: create, get, update, list', async () => {
    const apt = await kai.appointments.create({
      title: 'Consultation',
      startTime: '2026-02-17T15:00:00Z',
      endTime: '2026-02-17T15:30:00Z',
    });
    expect(apt.title).toBe('Consultation');
    expect((await kai.appointments.get(apt.id)).id).toBe(apt.id);
    expect((await kai.appointments.update(apt.id, { status: 'cancelled' })).status).toBe('cancelled');
    const listed = [];
    for await (const a of kai.appointments.list({ status: 'cancelled' })) listed.push(a.id);
    expect(listed).toContain(apt.id);
  });

  it('analytics and account', async () => {
    const report = await kai.analytics.get({ period: 'week' });
    expect(report.period).toBe('week');
    expect(report.totals.calls).toBeTypeOf('number');
    const balance = await kai.account.getBalance();
    expect(Array.isArray(balance.businesses)).toBe(true);
    const usage = await kai.account.listUsage({ limit: 5 });
    expect(usage.data.length).toBeGreaterThan(0);
  });

  it('keys: create (secret once), get, list, revoke; a revoked key gets AuthenticationError', async () => {
    const key = await kai.keys.create({ name: 'CRM sync', scopes: ['calls:read'] });
    expect(key.key).toMatch(/^kc_test_/);
    const got = await kai.keys.get(key.id);
    expect(got).not.toHaveProperty('key');
    const ids: string[] = [];
    for await (const k of kai.keys.list()) ids.push(k.id);
    expect(ids).toContain(key.id);
    await kai.calls.list({ limit: 1 }, { headers: { Authorization: `Bearer ${key.key}` } });
    expect((await kai.keys.revoke(key.id)).isActive).toBe(false);
    const revoked = new KaiCalls({ apiKey: key.key, maxRetries: 0 });
    const error = await revoked.calls.list().catch((e: any) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(error.requestId).toMatch(/^req_/);
  });

  it('keys: an IP allowlist is sent as ip_allowlist, and a key used from elsewhere gets ip_restricted', async () => {
    const created = await kai.keys.create({ scopes: ['calls:read'], ipAllowlist: ['203.0.113.0/24', '::1'] });
    expectTypeOf(created.ipAllowlist).toEqualTypeOf<string[] | null>();
    expect(created.ipAllowlist).toEqual(['203.0.113.0/24', '::1']);
    expect((await kai.keys.get(created.id)).ipAllowlist).toEqual(['203.0.113.0/24', '::1']);
    const restricted = new KaiCalls({ apiKey: created.key, maxRetries: 0 });
    // In process the mock takes the client to be 127.0.0.1, outside the allowlist.
    const error = await restricted.calls.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'ip_restricted' });
    const inside = { headers: { 'X-Mock-Client-Ip': '203.0.113.40' } };
    expect((await restricted.calls.list({ limit: 1 }, inside)).data).toHaveLength(1);
    const bad = await kai.keys.create({ ipAllowlist: ['203.0.113.0/33'] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad).toMatchObject({ param: 'ip_allowlist[0]' });
    // @ts-expect-error: an allowlist is a list of strings
    await kai.keys.create({ ipAllowlist: '203.0.113.7' }).catch(() => undefined);
  });

  it('webhooks: create (secret once), get, update, test, rotateSecret, list, delete', async () => {
    const endpoint = await kai.webhooks.create({
      url: 'https://example.com/hooks',
      events: ['call.completed'],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect((await kai.webhooks.get(endpoint.id)).url).toBe('https://example.com/hooks');
    expect((await kai.webhooks.update(endpoint.id, { description: 'CRM' })).description).toBe('CRM');
    const delivery = await kai.webhooks.test(endpoint.id);
    expect(delivery.webhookId).toBe(endpoint.id);
    const rotated = await kai.webhooks.rotateSecret(endpoint.id, { gracePeriodSeconds: 60 });
    expect(rotated.secret).not.toBe(endpoint.secret);
    const ids: string[] = [];
    for await (const w of kai.webhooks.list()) ids.push(w.id);
    expect(ids).toContain(endpoint.id);
    await expect(kai.webhooks.delete(endpoint.id)).resolves.toMatchObject({ deleted: true });
  });

  it('events and deliveries: list, get, replay, backfill', async () => {
    const endpoint = await kai.webhooks.create({ url: 'https://example.com/replay' });
    await kai.webhooks.test(endpoint.id);
    const event = (await kai.events.list({ limit: 1 })).data[0]!;
    expect((await kai.events.get(event.id)).type).toBe(event.type);
    const replay = await kai.events.replay(event.id, { webhookId: endpoint.id });
    expect(replay).toBeTypeOf('object');
    const backfill = await kai.events.backfill({ webhookId: endpoint.id, from: '2026-01-01T00:00:00Z' });
    expect(backfill).toBeTypeOf('object');
    const delivery = (await kai.deliveries.list({ webhookId: endpoint.id })).data[0]!;
    expect((await kai.deliveries.get(delivery.id)).id).toBe(delivery.id);
  });

  it('runs: validate, preview, create (idempotent), get, pause, resume, list, cancel', async () => {
    const agentId = await activeAgent(kai);
    const run = {
      name: 'SDK outreach',
      agentId,
      contacts: [
        { to: '+15125554001', name: 'Ana' },
        { to: '+15125554002', name: 'Ben' },
      ],
    };
    expect((await kai.runs.validate(run)).valid).toBe(true);
    expect((await kai.runs.preview(run)).calls.length).toBe(2);
    const created = await kai.runs.create(run, { idempotencyKey: 'sdk-run-1' });
    expect(created.name).toBe('SDK outreach');
    // The same key places nothing new: the replay of the first response.
    expect((await kai.runs.create(run, { idempotencyKey: 'sdk-run-1' })).id).toBe(created.id);
    expect((await kai.runs.get(created.id)).id).toBe(created.id);
    expect((await kai.runs.pause(created.id)).status).toBe('paused');
    expect((await kai.runs.resume(created.id)).status).not.toBe('paused');
    const ids: string[] = [];
    for await (const r of kai.runs.list()) ids.push(r.id);
    expect(ids).toContain(created.id);
    expect((await kai.runs.cancel(created.id)).status).toBe('canceled');
  });

  it('calls: create, get, list by agent, listEvents, cancel', async () => {
    const agentId = await activeAgent(kai);
    const call = await kai.calls.create({ agentId, to: '+15005550105', metadata: { crm_ticket: 'T-9' } });
    expect(call).toMatchObject({ status: 'queued', agentId, metadata: { crm_ticket: 'T-9' } });
    expect((await kai.calls.get(call.id)).id).toBe(call.id);
    const listed = await kai.calls.list({ agentId, limit: 100 });
    expect(listed.data.map((c) => c.id)).toContain(call.id);
    const events = await kai.calls.listEvents(call.id);
    expect(events.data[0]).toMatchObject({ sequence: 1, type: 'call.queued', callId: call.id });
    expect((await kai.calls.cancel(call.id)).status).toBe('canceled');
  });

  it.each([['smsMessages'], ['conversations'], ['jobs'], ['attempts'], ['recordings']] as const)(
    '%s: list and get',
    async (name) => {
      const resource = kai[name];
      const first = (await resource.list({ limit: 1 })).data[0];
      expect(first, `the mock has ${name} fixtures`).toBeDefined();
      expect((await resource.get(first!.id)).id).toBe(first!.id);
    },
  );
});

describe('errors against the mock', () => {
  it('401 for an unknown key', async () => {
    const stranger = new KaiCalls({ apiKey: 'kc_test_unknownunknownunknown', maxRetries: 0 });
    const error = await stranger.agents.list().catch((e: any) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).not.toContain('kc_test_unknownunknownunknown');
  });

  it('403 for a key without the scope, naming the scope', async () => {
    const { key } = await mock.createKey({ name: 'read only', scopes: ['calls:read'] });
    const narrow = new KaiCalls({ apiKey: key, maxRetries: 0 });
    const readable = await narrow.calls.list({ limit: 1 });
    expect(readable.data.map((c) => c.id)).toEqual(
      (await kai.calls.list({ limit: 1 })).data.map((c) => c.id),
    );
    const error = await narrow.calls
      .create({ agentId: await activeAgent(kai), to: '+15125550100' })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', param: 'calls:write' });
  });

  it('404 with the param', async () => {
    const error = await kai.calls.get('call_doesnotexist').catch((e: any) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'not_found', param: 'call_id' });
  });

  it('400 naming the field (the rejected test number)', async () => {
    const error = await kai.calls
      .create({ agentId: await activeAgent(kai), to: '+15005550001' })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', param: 'to' });
  });

  it('409 idempotency_conflict: the same key with another body', async () => {
    const agentId = await activeAgent(kai);
    const first = await kai.calls.create(
      { agentId, to: '+15005550102' },
      { idempotencyKey: 'sdk-conflict-1' },
    );
    const again = await kai.calls
      .create({ agentId, to: '+15005550102' }, { idempotencyKey: 'sdk-conflict-1' })
      .withResponse();
    expect(again.data.id).toBe(first.id);
    expect(again.response.headers.get('idempotency-replayed')).toBe('true');
    const error = await kai.calls
      .create({ agentId, to: '+15005550103' }, { idempotencyKey: 'sdk-conflict-1' })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('idempotency_conflict');
  });

  it('409 conflict: canceling a call that has ended', async () => {
    const call = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550103' });
    await mock.clock.advance(60_000); // the virtual clock: the carrier error ends the call within seconds
    const error = await kai.calls.cancel(call.id).catch((e: any) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('conflict');
  });

  it('409 conflict is permanent: canceling an answered call fails after exactly one request', async () => {
    const retrying = counting(); // maxRetries: 2, the default
    const call = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    await mock.clock.advance(10_000); // answered at about 6 s, then a conversation
    expect((await kai.calls.get(call.id)).status).toBe('in-progress');
    const error = await retrying.kai.calls.cancel(call.id).catch((e: any) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('conflict');
    expect(retrying.requests).toBe(1);
  });

  it('409 resource_locked is retried: a lock is released', async () => {
    const retrying = counting({ maxRetries: 1 });
    const error = await retrying.kai.agents
      .list(undefined, { headers: { 'X-Mock-Scenario': '409-lock' } })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('resource_locked');
    expect(retrying.requests).toBe(2);
  });

  it('429 with retryAfter', async () => {
    const error = await kai.agents
      .list(undefined, { headers: { 'X-Mock-Scenario': '429' } })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 1 });
  });
});

describe('pagination against the mock', () => {
  it('walks every page and sees every item once', async () => {
    const all: string[] = [];
    for await (const call of kai.calls.list({ limit: 2 })) all.push(call.id);
    expect(all.length).toBe(mock.state.calls.size);
    expect(all.length).toBeGreaterThan(4);
    expect(new Set(all).size).toBe(all.length);
    const first = await kai.calls.list({ limit: 2 });
    expect(first.hasNextPage()).toBe(true);
    expect((await first.getNextPage()).data.map((c) => c.id)).toEqual(all.slice(2, 4));
  });
});
