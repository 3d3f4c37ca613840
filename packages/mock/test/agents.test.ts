import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';

describe('agents', async () => {
  const { api, mock } = await serve();

  it('lists the fixture agents, most recent first, with the standard headers', async () => {
    const res = await api('GET', '/v1/agents');
    expect(res.status).toBe(200);
    expect(res.body.object).toBe('list');
    expect(res.body.data.map((a: any) => a.name)).toEqual(['Max', 'Sarah', 'Kai']);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(res.headers.get('x-ratelimit-limit')).toBe('300');
  });

  it('creates, updates (recording a config version), and deletes an agent', async () => {
    const created = await api('POST', '/v1/agents', { body: { name: 'Nova', voice: 'aria' } });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^agt_/);
    const updated = await api('PATCH', `/v1/agents/${created.body.id}`, {
      body: { first_message: 'Hello!' },
    });
    expect(updated.body.config_version).toBe(2);
    const versions = await api('GET', `/v1/agents/${created.body.id}/config-versions`);
    expect(versions.body.data.map((v: any) => v.version)).toEqual([2, 1]);
    expect((await api('DELETE', `/v1/agents/${created.body.id}`)).body).toEqual({
      id: created.body.id,
      deleted: true,
    });
    const gone = await api('GET', `/v1/agents/${created.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'not_found', param: 'agent_id' });
  });

  it('answers a bad body with 400 invalid_request naming the field', async () => {
    const res = await api('POST', '/v1/agents', { body: { name: 'X', voice: 3 } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', param: 'voice' });
    const unknown = await api('POST', '/v1/agents', { body: { name: 'X', colour: 'red' } });
    expect(unknown.body.error.param).toBe('colour');
    const broken = await api('POST', '/v1/agents', { body: '{"name":' });
    expect(broken.body.error.message).toMatch(/not valid JSON/);
  });

  it('enforces keys and scopes', async () => {
    expect((await api('GET', '/v1/agents', { key: 'kc_test_unknownunknownunknown0000' })).status).toBe(401);
    const { key } = await mock.createKey({ scopes: ['calls:read'] });
    const denied = await api('GET', '/v1/agents', { key });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'forbidden', param: 'agents:read' });
  });

  it('paginates with a cursor', async () => {
    const first = await api('GET', '/v1/agents?limit=2');
    expect(first.body.has_more).toBe(true);
    const second = await api('GET', `/v1/agents?limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((a: any) => a.name)).toEqual(['Kai']);
    expect(second.body.next_cursor).toBeNull();
    expect((await api('GET', '/v1/agents?cursor=nonsense')).body.error.param).toBe('cursor');
  });
});
