import { describe, expect, it } from 'vitest';
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

  it('concurrent retries with one key run once', async () => {
    const headers = { 'idempotency-key': 'race' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => api('POST', '/v1/appointments', { body, headers })),
    );
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
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
