import { describe, expect, it } from 'vitest';
import { TEST_API_KEY } from '../src/index.js';
import { serve } from './setup.js';

describe('auth and scopes', async () => {
  const { api, mock } = await serve();

  it('starts with the documented test key, which has every scope', async () => {
    expect(mock.testKey).toBe(TEST_API_KEY);
    expect(TEST_API_KEY).toMatch(/^kc_test_/);
    for (const path of ['/v1/agents', '/v1/keys', '/v1/balance', '/v1/recordings', '/v1/analytics'])
      expect((await api('GET', path)).status).toBe(200);
  });

  it.each([
    ['no header', '', /No API key/],
    ['not Bearer', 'Basic abc', /must be `Bearer/],
    ['not a key', 'Bearer hello', /not a KaiCalls API key/],
    ['unknown key', 'Bearer kc_live_000000000000000000000000', /Unknown API key/],
    // It has the prefix: telling it keys look like kc_test_… would be wrong.
    [
      'a kc_test_ key too short',
      'Bearer kc_test_wrongwrongwrong',
      /^That key starts with kc_test_ but is not a whole/,
    ],
  ])('401 unauthorized for %s, with the envelope and a request id', async (_, header, message) => {
    const res = await api('GET', '/v1/agents', { key: '', headers: { authorization: header } });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'unauthorized',
      request_id: res.headers.get('x-request-id'),
    });
    expect(res.body.error.message).toMatch(message);
    expect(res.headers.get('x-ratelimit-limit')).toBe('300');
  });

  it('an unknown key is not told to run `kaicalls keys create`, which itself needs a valid key', async () => {
    const res = await api('GET', '/v1/agents', {
      key: '',
      headers: { authorization: 'Bearer kc_live_000000000000000000000000' },
    });
    expect(res.body.error.message).not.toContain('keys create');
    expect(res.body.error.message).toContain('Dashboard');
  });

  it('403 names the missing scope; a narrower key works within its scopes', async () => {
    const { key } = await mock.createKey({ scopes: ['leads:read'] });
    expect((await api('GET', '/v1/leads', { key })).status).toBe(200);
    const res = await api('POST', '/v1/appointments', {
      key,
      body: { title: 'x', start_time: '2026-03-01T10:00:00Z', end_time: '2026-03-01T11:00:00Z' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', param: 'appointments:write' });
    expect(res.body.error.message).toContain('appointments:write');
  });

  it('records when a key was last used, never its secret', async () => {
    const { id, key } = await mock.createKey({ scopes: ['leads:read'] });
    await api('GET', '/v1/leads', { key });
    const record = (await api('GET', `/v1/keys/${id}`)).body;
    expect(record.last_used_at).toBe(new Date(mock.clock.now()).toISOString());
    expect(JSON.stringify(record)).not.toContain(key);
  });
});
