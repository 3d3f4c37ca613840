import { describe, expect, it } from 'vitest';
import { hashKey } from '../src/http/auth.js';
import { serve } from './setup.js';

describe('keys', async () => {
  const { api, mock } = await serve();

  it('creates a key whose secret is shown once and stored only as a hash', async () => {
    const created = await api('POST', '/v1/keys', {
      body: { name: 'CRM sync', scopes: ['calls:read', 'leads:read'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^kc_test_[A-Za-z0-9]{32}$/);
    expect(created.body).toMatchObject({
      name: 'CRM sync',
      scopes: ['calls:read', 'leads:read'],
      is_active: true,
    });
    expect(created.body.prefix).toBe(created.body.key.slice(0, 12));
    const stored = mock.state.keys.get(created.body.id)!;
    expect(JSON.stringify(stored)).not.toContain(created.body.key);
    expect(stored.hash).toBe(hashKey(created.body.key));
    const read = await api('GET', `/v1/keys/${created.body.id}`);
    expect(read.body.key).toBeUndefined();
    const listed = await api('GET', '/v1/keys');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    // The new key works, within its scopes.
    expect((await api('GET', '/v1/leads', { key: created.body.key })).status).toBe(200);
    expect((await api('GET', '/v1/keys', { key: created.body.key })).status).toBe(403);
  });

  it('uses the spec default scopes when none are given', async () => {
    const created = await api('POST', '/v1/keys', { body: {} });
    expect(created.body.scopes).toEqual(['agents:read', 'numbers:read', 'calls:read', 'calls:write']);
    expect(created.body.name).toBe('Untitled Key');
  });

  it('cannot grant scopes its creator lacks (403 naming the scope)', async () => {
    const { key } = await mock.createKey({ scopes: ['keys:write', 'calls:read'] });
    const ok = await api('POST', '/v1/keys', { key, body: { scopes: ['calls:read'] } });
    expect(ok.status).toBe(201);
    const denied = await api('POST', '/v1/keys', { key, body: { scopes: ['calls:read', 'calls:write'] } });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'forbidden', param: 'calls:write' });
    const star = await api('POST', '/v1/keys', { key, body: { scopes: ['*'] } });
    expect(star.body.error.param).toBe('*');
  });

  it('revocation takes effect at once, and is safe to repeat', async () => {
    const created = await api('POST', '/v1/keys', { body: { scopes: ['agents:read'] } });
    expect((await api('GET', '/v1/agents', { key: created.body.key })).status).toBe(200);
    const revoked = await api('DELETE', `/v1/keys/${created.body.id}`);
    expect(revoked.body).toMatchObject({ is_active: false, revoked_at: expect.any(String) });
    const after = await api('GET', '/v1/agents', { key: created.body.key });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/revoked/);
    expect(after.body.error.message).not.toContain(created.body.key);
    const twice = await api('DELETE', `/v1/keys/${created.body.id}`);
    expect(twice.body.revoked_at).toBe(revoked.body.revoked_at);
    const inactive = await api('GET', '/v1/keys?is_active=false');
    expect(inactive.body.data.map((k: any) => k.id)).toContain(created.body.id);
  });

  it('expires keys on the mock clock and refuses an expiry in the past', async () => {
    const soon = new Date(mock.clock.now() + 60_000).toISOString();
    const created = await api('POST', '/v1/keys', { body: { scopes: ['agents:read'], expires_at: soon } });
    expect(created.status).toBe(201);
    await mock.clock.advance(61_000);
    expect((await api('GET', '/v1/agents', { key: created.body.key })).body.error.message).toMatch(/expired/);
    expect((await api('GET', `/v1/keys/${created.body.id}`)).body.is_active).toBe(false);
    const past = await api('POST', '/v1/keys', { body: { expires_at: '2020-01-01T00:00:00Z' } });
    expect(past.body.error).toMatchObject({ code: 'invalid_request', param: 'expires_at' });
  });

  it('binds keys to a business its creator can reach', async () => {
    const [law, plumbing] = [...mock.state.businesses.keys()];
    const bound = await api('POST', '/v1/keys', {
      body: { business_id: law, scopes: ['keys:write', 'agents:read'] },
    });
    expect(bound.body.business_id).toBe(law);
    const cross = await api('POST', '/v1/keys', {
      key: bound.body.key,
      body: { business_id: plumbing, scopes: ['agents:read'] },
    });
    // Another business is not found, as every record of it is for this key.
    expect(cross.status).toBe(404);
    expect(cross.body.error).toMatchObject({ code: 'not_found', param: 'business_id' });
    const inherited = await api('POST', '/v1/keys', {
      key: bound.body.key,
      body: { scopes: ['agents:read'] },
    });
    expect(inherited.body.business_id).toBe(law);
    expect((await api('POST', '/v1/keys', { body: { business_id: 'biz_unknown00' } })).status).toBe(404);
  });

  it('404 for an unknown key id', async () => {
    expect((await api('GET', '/v1/keys/key_unknown00')).body.error).toMatchObject({
      code: 'not_found',
      param: 'key_id',
    });
  });
});
