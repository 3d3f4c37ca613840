// The mock as a real HTTP server: API requests, routing errors, the control API, webhooks delivered to a
// real local endpoint, and the state file. The built binary is tested in server-binary.test.ts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/server.js';
import { request } from './setup.js';

const call = request;

describe('server', async () => {
  const server = await startMockServer({ speed: 1 });
  afterAll(() => server.close());
  const api = (method: string, path: string, init: Parameters<typeof call>[3] = {}) =>
    call(server.baseUrl, method, path, { key: server.testKey, ...init });

  it('serves the API with the standard headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await api('GET', '/v1/leads?limit=3&status=qualified');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(3);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    const created = await api('POST', '/v1/appointments', {
      body: { title: 'Demo', start_time: '2026-02-20T10:00:00Z', end_time: '2026-02-20T10:30:00Z' },
      headers: { 'idempotency-key': 'server-1' },
    });
    expect(created.status).toBe(201);
    const replay = await api('POST', '/v1/appointments', {
      body: { title: 'Demo', start_time: '2026-02-20T10:00:00Z', end_time: '2026-02-20T10:30:00Z' },
      headers: { 'idempotency-key': 'server-1' },
    });
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(replay.body.id).toBe(created.body.id);
    expect((await api('GET', `/v1/appointments/${created.body.id}`)).body.title).toBe('Demo');
  });

  it('answers errors with the envelope: auth, validation, unknown routes, wrong methods, huge bodies', async () => {
    expect((await call(server.baseUrl, 'GET', '/v1/agents')).status).toBe(401);
    const bad = await api('POST', '/v1/appointments', { body: '{"title":' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not valid JSON/);
    const unknown = await api('GET', '/v2/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found' });
    expect(unknown.headers.get('x-request-id')).toBe(unknown.body.error.request_id);
    const wrong = await api('PUT', '/v1/leads');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const huge = await api('POST', '/v1/agents', { body: { name: 'x'.repeat(2_000_000) } });
    expect(huge.status).toBe(400);
    expect(huge.body.error.param).toBe('body');
  });

  it('controls the clock, resets, simulates inbound calls and lists deliveries', async () => {
    const health = await call(server.url, 'GET', '/_mock/health');
    expect(health.body).toMatchObject({ status: 'ok', url: server.url, speed: 1 });
    const before = health.body.now_ms;
    const advanced = await call(server.url, 'POST', '/_mock/clock/advance', { body: { ms: 3_600_000 } });
    expect(advanced.body.now_ms - before).toBeGreaterThanOrEqual(3_600_000);
    expect((await call(server.url, 'POST', '/_mock/clock/advance', { body: { ms: -1 } })).status).toBe(400);
    const inbound = await call(server.url, 'POST', '/_mock/inbound-calls', {
      body: { from: '+15125559876', answered: false },
    });
    expect(inbound.status).toBe(201);
    expect(inbound.body).toMatchObject({ direction: 'inbound', from: '+15125559876' });
    expect((await api('GET', `/v1/calls/${inbound.body.id}`)).status).toBe(200);
    expect(
      (await call(server.url, 'POST', '/_mock/inbound-calls', { body: { from: '555' } })).body.error.param,
    ).toBe('from');
    expect((await call(server.url, 'GET', '/_mock/deliveries')).body.data).toEqual(expect.any(Array));
    await call(server.url, 'POST', '/_mock/reset');
    expect((await api('GET', `/v1/calls/${inbound.body.id}`)).status).toBe(404);
    expect((await call(server.url, 'GET', '/_mock/nothing')).status).toBe(404);
  });

  it('delivers webhooks by real HTTP POST to a local endpoint', async () => {
    const received: { headers: Record<string, unknown>; body: string }[] = [];
    const endpoint = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/hooks`;
    try {
      await api('POST', '/v1/webhooks', { body: { url, events: ['call.missed', 'call.completed'] } });
      await call(server.url, 'POST', '/_mock/inbound-calls', {
        body: { from: '+15125550199', answered: false },
      });
      // The call rings out on the mock clock: jump past it instead of waiting in real time.
      await call(server.url, 'POST', '/_mock/clock/advance', { body: { ms: 600_000 } });
      for (let i = 0; i < 60 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(received.length).toBeGreaterThan(0);
      expect(received[0]!.headers['webhook-signature']).toMatch(/^v1,/);
      expect(JSON.parse(received[0]!.body).type).toBe('call.missed');
      const deliveries = await call(server.url, 'GET', '/_mock/deliveries');
      expect(deliveries.body.data.some((d: any) => d.url === url && d.status === 200)).toBe(true);
    } finally {
      endpoint.close();
    }
  });
});

describe('server state file', () => {
  it('keeps the state across a restart, and new ids never collide with saved ones', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'kaicalls-mock-')), 'state.json');
    const first = await startMockServer({ stateFile });
    const body = { title: 'Persisted', start_time: '2026-03-01T10:00:00Z', end_time: '2026-03-01T11:00:00Z' };
    const created = await call(first.baseUrl, 'POST', '/v1/appointments', { key: first.testKey, body });
    const key = await call(first.baseUrl, 'POST', '/v1/keys', {
      key: first.testKey,
      body: { scopes: ['appointments:read'] },
    });
    await first.close();
    const header = JSON.parse(readFileSync(stateFile, 'utf8').split('\n')[0]!);
    expect(header).toMatchObject({ format: 'kaicalls-mock-state', version: 2 });

    const second = await startMockServer({ stateFile });
    try {
      const read = await call(second.baseUrl, 'GET', `/v1/appointments/${created.body.id}`, {
        key: key.body.key,
      });
      expect(read.status).toBe(200);
      expect(read.body.title).toBe('Persisted');
      const another = await call(second.baseUrl, 'POST', '/v1/appointments', {
        key: second.testKey,
        body: { ...body, title: 'New' },
      });
      expect(another.body.id).not.toBe(created.body.id);
      expect(
        (await call(second.baseUrl, 'GET', `/v1/appointments/${created.body.id}`, { key: second.testKey }))
          .body.title,
      ).toBe('Persisted');
    } finally {
      await second.close();
    }
  });
});
