// IP allowlists in process (msw), where there is no socket: the client is 127.0.0.1 unless a test sends the
// mock-only `X-Mock-Client-Ip` header (the HTTP server ignores it: ./key-access.test.ts).
import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';

describe('IP allowlists in process (no socket)', async () => {
  const { api, mock } = await serve();
  const make = async (ip_allowlist: string[]) =>
    (await api('POST', '/v1/keys', { body: { scopes: ['*'], ip_allowlist } })).body.key as string;

  it('assumes the client is 127.0.0.1', async () => {
    expect((await api('GET', '/v1/agents', { key: await make(['127.0.0.1']) })).status).toBe(200);
    const res = await api('GET', '/v1/agents', { key: await make(['203.0.113.0/24']) });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('127.0.0.1');
  });

  it('takes the client address from X-Mock-Client-Ip', async () => {
    const key = await make(['203.0.113.0/24', '2001:db8::/32']);
    for (const ip of ['203.0.113.9', '2001:db8::7', '::ffff:203.0.113.9'])
      expect((await api('GET', '/v1/agents', { key, headers: { 'x-mock-client-ip': ip } })).status, ip).toBe(
        200,
      );
    for (const ip of ['198.51.100.1', '127.0.0.1', 'not an address']) {
      const res = await api('GET', '/v1/agents', { key, headers: { 'x-mock-client-ip': ip } });
      expect(res.status, ip).toBe(403);
      expect(res.body.error.code).toBe('ip_restricted');
    }
  });

  it('a key or subscription restored without the newer fields counts as unrestricted and account-wide', async () => {
    // What a state file written before ip_allowlist and webhook business_id loads as.
    const { id, key } = await mock.createKey({ scopes: ['*'] });
    delete (mock.state.keys.get(id)!.record as Partial<{ ip_allowlist: unknown }>).ip_allowlist;
    expect((await api('GET', '/v1/agents', { key })).status).toBe(200);
    const hook = (await api('POST', '/v1/webhooks', { body: { url: 'https://example.com/old' } })).body;
    delete (mock.state.webhooks.get(hook.id)!.record as Partial<{ business_id: unknown }>).business_id;
    const agent = [...mock.state.agents.values()].find((a) => a.is_active)!;
    await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550102' } });
    await mock.clock.runUntilIdle();
    expect(mock.webhookAttempts.some((a) => a.url === 'https://example.com/old')).toBe(true);
  });
});
