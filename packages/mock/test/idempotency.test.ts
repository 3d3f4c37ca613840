import { KaiCalls } from 'kaicalls';
import { describe, expect, it } from 'vitest';
import { MockError } from '../src/http/errors.js';
import { createIdempotencyStore, idempotent } from '../src/http/idempotency.js';
import type { MockRequest, MockResult } from '../src/http/pipeline.js';
import { serve } from './setup.js';

const body = { title: 'Consultation', start_time: '2026-03-02T10:00:00Z', end_time: '2026-03-02T10:30:00Z' };

describe('idempotency', async () => {
  const { api, mock } = await serve();

  it('replays the first response for the same key and body, marked Idempotency-Replayed', async () => {
    const headers = { 'idempotency-key': 'apt-1' };
    const first = await api('POST', '/v1/appointments', { body, headers });
    const second = await api('POST', '/v1/appointments', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    expect([...mock.state.appointments.values()].filter((a) => a.title === 'Consultation')).toHaveLength(1);
  });

  it('409 idempotency_conflict for the same key with another body', async () => {
    const headers = { 'idempotency-key': 'apt-2' };
    await api('POST', '/v1/appointments', { body, headers });
    const res = await api('POST', '/v1/appointments', { body: { ...body, title: 'Other' }, headers });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'idempotency_conflict', param: 'Idempotency-Key' });
  });

  it('keys are per API key and per operation, and expire after 24 hours', async () => {
    const headers = { 'idempotency-key': 'shared' };
    const { key } = await mock.createKey({ scopes: ['appointments:write'] });
    const a = await api('POST', '/v1/appointments', { body, headers });
    const b = await api('POST', '/v1/appointments', { body, headers, key });
    expect(b.body.id).not.toBe(a.body.id);
    await mock.clock.advance(24 * 3600_000 + 1);
    const c = await api('POST', '/v1/appointments', { body, headers });
    expect(c.body.id).not.toBe(a.body.id);
    expect(c.headers.get('idempotency-replayed')).toBeNull();
  });

  it('concurrent requests with one key act once: the others replay it or are told to retry', async () => {
    const headers = { 'idempotency-key': 'race' };
    const title = 'Race consultation';
    const answers = await Promise.all(
      [1, 2, 3].map(() => api('POST', '/v1/appointments', { body: { ...body, title }, headers })),
    );
    expect([...mock.state.appointments.values()].filter((a) => a.title === title)).toHaveLength(1);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    for (const answer of answers.filter((a) => a.status !== 201))
      expect(answer.body.error).toMatchObject({ code: 'idempotency_in_progress', param: 'Idempotency-Key' });
  });

  it('while the first request with a key runs, a second is 409 idempotency_in_progress; after, it replays', async () => {
    const store = createIdempotencyStore(mock.clock);
    const request = {
      operation: { idempotency: 'optional', operationId: 'createAppointment' },
      headers: new Headers({ 'idempotency-key': 'held' }),
      key: { record: { id: 'key_test' } },
      body,
    } as unknown as MockRequest;
    let release!: (result: MockResult) => void;
    const first = idempotent(store, request, () => new Promise<MockResult>((resolve) => (release = resolve)));
    const second = await idempotent(store, request, () => ({ status: 201, body: { id: 'twice' } })).catch(
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(MockError);
    expect(second).toMatchObject({ code: 'idempotency_in_progress', status: 409 });
    const other = await idempotent(store, { ...request, body: { ...body, title: 'Other' } }, () => ({
      status: 201,
      body: {},
    })).catch((error: unknown) => error);
    expect(other).toMatchObject({ code: 'idempotency_conflict' });
    release({ status: 201, body: { id: 'apt_once' } });
    expect((await first).body).toEqual({ id: 'apt_once' });
    const replay = await idempotent(store, request, () => ({ status: 201, body: { id: 'twice' } }));
    expect(replay.body).toEqual({ id: 'apt_once' });
    expect(replay.headers?.['idempotency-replayed']).toBe('true');
  });

  it('the SDK retries idempotency_in_progress and every concurrent create gets the one appointment', async () => {
    const kai = new KaiCalls({ apiKey: mock.testKey, maxRetries: 5 });
    const title = 'SDK race';
    const made = await Promise.all(
      [1, 2, 3, 4].map(() =>
        kai.appointments.create(
          { title, startTime: body.start_time, endTime: body.end_time },
          { idempotencyKey: 'sdk-race' },
        ),
      ),
    );
    expect(new Set(made.map((a) => a.id)).size).toBe(1);
    expect([...mock.state.appointments.values()].filter((a) => a.title === title)).toHaveLength(1);
  });

  it('createRun requires an Idempotency-Key (400 naming it); an empty or oversized key is refused', async () => {
    const [agent] = mock.state.agents.values();
    const run = { name: 'Outreach', agent_id: agent!.id, contacts: [{ to: '+15125550111' }] };
    const missing = await api('POST', '/v1/communication-runs', { body: run });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe('Idempotency-Key');
    const long = await api('POST', '/v1/communication-runs', {
      body: run,
      headers: { 'idempotency-key': 'k'.repeat(256) },
    });
    expect(long.body.error.param).toBe('Idempotency-Key');
    const ok = await api('POST', '/v1/communication-runs', {
      body: run,
      headers: { 'idempotency-key': 'run-1' },
    });
    expect(ok.status).toBe(201);
  });
});
