// How a key gets in, over real HTTP: in `Authorization: Bearer` or `X-API-Key`, and only from the addresses of
// its IP allowlist (the socket's address; X-Forwarded-For and the in-process header are not believed).
// In process: ./key-access-in-process.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/server.js';
import { request } from './setup.js';

const v4 = await startMockServer({ rateLimit: false });
const v6 = await startMockServer({ rateLimit: false, host: '::1' });
afterAll(() => Promise.all([v4.close(), v6.close()]));

type Server = typeof v4;
const send = (
  server: Server,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: unknown,
) => request(server.baseUrl, method, path, { headers, body });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A key made through the API by the server's test key. */
async function createKey(server: Server, body: Record<string, unknown>) {
  const res = await request(server.baseUrl, 'POST', '/v1/keys', { key: server.testKey, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; key: string; ip_allowlist: string[] | null };
}

describe('X-API-Key', () => {
  it('is accepted instead of the Bearer header, with the same checks', async () => {
    const ok = await send(v4, '/v1/agents', { 'x-api-key': v4.testKey });
    expect(ok.status).toBe(200);
    expect(ok.body.data.length).toBeGreaterThan(0);
    const unknown = await send(v4, '/v1/agents', { 'x-api-key': `kc_test_${'x'.repeat(32)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('unauthorized');
    const narrow = await createKey(v4, { scopes: ['leads:read'] });
    const forbidden = await send(v4, '/v1/agents', { 'x-api-key': narrow.key });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: 'forbidden', param: 'agents:read' });
  });

  it('reaches only its business when the key is bound to one', async () => {
    const [law, plumbing] = [...v4.mock.state.businesses.keys()];
    const bound = await createKey(v4, { scopes: ['*'], business_id: law });
    const foreign = [...v4.mock.state.agents.values()].find((a) => a.business_id === plumbing)!;
    const res = await send(v4, `/v1/agents/${foreign.id}`, { 'x-api-key': bound.key });
    expect(res.status).toBe(404);
    const list = await send(v4, '/v1/agents', { 'x-api-key': bound.key });
    expect(list.body.data.map((a: { business_id: string }) => a.business_id)).toEqual(
      list.body.data.map(() => law),
    );
  });

  it('may repeat the Bearer key; two different keys are 400, whichever is valid', async () => {
    const same = await send(v4, '/v1/agents', { ...bearer(v4.testKey), 'x-api-key': v4.testKey });
    expect(same.status).toBe(200);
    const other = await createKey(v4, { scopes: ['*'] });
    for (const headers of [
      { ...bearer(v4.testKey), 'x-api-key': other.key },
      { ...bearer(other.key), 'x-api-key': v4.testKey },
      { ...bearer(v4.testKey), 'x-api-key': 'not-a-key' },
    ]) {
      const res = await send(v4, '/v1/agents', headers);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', param: 'X-API-Key' });
      expect(res.body.error.message).toMatch(/different keys/);
    }
  });

  it('a request with neither header says both ways', async () => {
    const res = await send(v4, '/v1/agents', {});
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/Authorization: Bearer .*X-API-Key/);
  });
});

describe('IP allowlists over HTTP (the socket’s address)', () => {
  it('a key works from an allowed address or range, and is 403 ip_restricted from any other', async () => {
    for (const ip_allowlist of [['127.0.0.1'], ['127.0.0.0/8'], ['198.51.100.0/24', '127.0.0.1']]) {
      const key = await createKey(v4, { scopes: ['*'], ip_allowlist });
      expect(key.ip_allowlist).toEqual(ip_allowlist);
      expect((await send(v4, '/v1/agents', bearer(key.key))).status).toBe(200);
    }
    const elsewhere = await createKey(v4, { scopes: ['*'], ip_allowlist: ['203.0.113.0/24', '::1'] });
    const res = await send(v4, '/v1/agents', bearer(elsewhere.key));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ip_restricted');
    expect(res.body.error.message).toContain('127.0.0.1');
    // The caller's own address is named; the key's allowlist is not (a stolen key learns nothing from it).
    expect(res.body.error.message).toContain('GET /v1/keys/{key_id}');
    expect(res.body.error.message).not.toContain('203.0.113');
    expect(res.body.error.message).not.toContain('::1');
    expect(res.headers.get('x-request-id')).toBe(res.body.error.request_id);
    // Through X-API-Key too, and before the scopes are looked at.
    expect((await send(v4, '/v1/agents', { 'x-api-key': elsewhere.key })).body.error.code).toBe(
      'ip_restricted',
    );
    // A restricted request is not a use of the key.
    expect(v4.mock.state.keys.get(elsewhere.id)!.record.last_used_at).toBeNull();
  });

  it('believes neither X-Forwarded-For nor the in-process header', async () => {
    const key = await createKey(v4, { scopes: ['*'], ip_allowlist: ['203.0.113.0/24'] });
    for (const header of ['x-forwarded-for', 'x-real-ip', 'x-mock-client-ip', 'forwarded']) {
      const res = await send(v4, '/v1/agents', { ...bearer(key.key), [header]: '203.0.113.5' });
      expect(res.status, header).toBe(403);
      expect(res.body.error.code).toBe('ip_restricted');
    }
  });

  it('compares IPv6 clients as IPv6', async () => {
    const loopback = await createKey(v6, { scopes: ['*'], ip_allowlist: ['::1'] });
    expect((await send(v6, '/v1/agents', bearer(loopback.key))).status).toBe(200);
    const range = await createKey(v6, { scopes: ['*'], ip_allowlist: ['::/127'] });
    expect((await send(v6, '/v1/agents', bearer(range.key))).status).toBe(200);
    const v4only = await createKey(v6, { scopes: ['*'], ip_allowlist: ['127.0.0.1'] });
    const res = await send(v6, '/v1/agents', bearer(v4only.key));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('::1');
  });

  it('refuses an entry that is not an address or range at creation, naming it', async () => {
    for (const [entries, index] of [
      [['10.0.0.0/33'], 0],
      [['127.0.0.1', 'office'], 1],
      [['127.0.0.1', '::1', '2001:db8::zz'], 2],
    ] as const) {
      const res = await request(v4.baseUrl, 'POST', '/v1/keys', {
        key: v4.testKey,
        body: { scopes: ['*'], ip_allowlist: entries },
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', param: `ip_allowlist[${index}]` });
      expect(res.body.error.message).toContain(entries[index]);
    }
    const empty = await request(v4.baseUrl, 'POST', '/v1/keys', {
      key: v4.testKey,
      body: { ip_allowlist: [] },
    });
    expect(empty.status).toBe(400);
  });

  it('a restricted key creates keys within its own allowlist, and passes it on', async () => {
    const parent = await createKey(v4, { scopes: ['*'], ip_allowlist: ['127.0.0.0/8'] });
    const create = (body: Record<string, unknown>) =>
      request(v4.baseUrl, 'POST', '/v1/keys', {
        key: parent.key,
        body: { scopes: ['agents:read'], ...body },
      });
    const inherited = await create({});
    expect(inherited.status).toBe(201);
    expect(inherited.body.ip_allowlist).toEqual(['127.0.0.0/8']);
    expect((await create({ ip_allowlist: ['127.0.0.1'] })).status).toBe(201);
    const wider = await create({ ip_allowlist: ['127.0.0.1', '0.0.0.0/0'] });
    expect(wider.status).toBe(403);
    expect(wider.body.error).toMatchObject({ code: 'forbidden', param: 'ip_allowlist[1]' });
  });

  it('an unrestricted key has a null allowlist, shown by get and list', async () => {
    const key = await createKey(v4, { scopes: ['*'] });
    expect(key.ip_allowlist).toBeNull();
    const restricted = await createKey(v4, { scopes: ['*'], ip_allowlist: ['::1'] });
    const got = await request(v4.baseUrl, 'GET', `/v1/keys/${restricted.id}`, { key: v4.testKey });
    expect(got.body.ip_allowlist).toEqual(['::1']);
  });
});
