import { describe, expect, it } from 'vitest';
import { createMock, type MockOptions, SCENARIOS } from '../src/index.js';
import { serve } from './setup.js';

const body = { title: 'Chaos', start_time: '2026-03-02T10:00:00Z', end_time: '2026-03-02T10:30:00Z' };

describe('chaos', async () => {
  const { api, mock, server } = await serve();
  let n = 0;
  /** Another mock with chaos options, on its own base URL, served by the same msw server. */
  async function chaotic(options: MockOptions) {
    const base = `https://chaos${n++}.kaicalls.test/api`;
    const other = createMock({ ...options, baseUrl: base });
    await other.ready;
    server.use(...other.handlers);
    const call = async (method: string, path: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${path}`, {
        method,
        ...init,
        headers: {
          authorization: `Bearer ${other.testKey}`,
          'content-type': 'application/json',
          ...init.headers,
        },
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    };
    return { mock: other, call };
  }

  it.each([
    ['500', 500, 'internal_error'],
    ['503', 503, 'internal_error'],
    ['429', 429, 'rate_limited'],
    ['408', 408, 'internal_error'],
    ['409-lock', 409, 'resource_locked'],
  ])(
    'X-Mock-Scenario: %s forces that answer without processing the request',
    async (scenario, status, code) => {
      const before = mock.state.appointments.size;
      const res = await api('POST', '/v1/appointments', { body, headers: { 'x-mock-scenario': scenario } });
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/Injected fault/);
      expect(mock.state.appointments.size).toBe(before);
      if (scenario === '429' || scenario === '503') expect(res.headers.get('retry-after')).toBe('1');
    },
  );

  it('500-after processes the request, then loses the response: a retry with the same key replays it', async () => {
    const headers = { 'idempotency-key': 'lost-1' };
    const lost = await api('POST', '/v1/appointments', {
      body,
      headers: { ...headers, 'x-mock-scenario': '500-after' },
    });
    expect(lost.status).toBe(500);
    const created = [...mock.state.appointments.values()].filter((a) => a.title === 'Chaos');
    expect(created).toHaveLength(1);
    const retry = await api('POST', '/v1/appointments', { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(retry.body.id).toBe(created[0]!.id);
  });

  it('timeout hangs until the client gives up', async () => {
    const started = Date.now();
    const aborted = await fetch(`${mock.context.options.baseUrl}/v1/leads`, {
      headers: { authorization: `Bearer ${mock.testKey}`, 'x-mock-scenario': 'timeout' },
      signal: AbortSignal.timeout(150),
    }).catch((error) => error);
    expect(aborted).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an unknown scenario is a 400 listing the valid ones', async () => {
    const res = await api('GET', '/v1/leads', { headers: { 'x-mock-scenario': 'explode' } });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('x-mock-scenario');
    for (const scenario of SCENARIOS) expect(res.body.error.message).toContain(scenario);
  });

  it('errorRate answers that fraction with 500/503, seeded; rateLimitRate with 429', async () => {
    const { call } = await chaotic({ chaos: { errorRate: 0.5 }, rateLimit: false });
    const statuses = [];
    for (let i = 0; i < 60; i++) statuses.push((await call('GET', '/v1/numbers')).status);
    const failed = statuses.filter((s) => s === 500 || s === 503).length;
    expect(failed).toBeGreaterThan(15);
    expect(failed).toBeLessThan(45);
    expect(statuses.every((s) => [200, 500, 503].includes(s))).toBe(true);
    const again = await chaotic({ chaos: { errorRate: 0.5 }, rateLimit: false });
    const replay = [];
    for (let i = 0; i < 60; i++) replay.push((await again.call('GET', '/v1/numbers')).status);
    expect(replay).toEqual(statuses);
    const limited = await chaotic({ chaos: { rateLimitRate: 1 } });
    const res = await limited.call('GET', '/v1/numbers');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });

  it("phase 'after' processes each failed request before losing its response", async () => {
    const { call, mock: other } = await chaotic({ chaos: { errorRate: 1, phase: 'after' } });
    const res = await call('POST', '/v1/appointments', { body: JSON.stringify(body) });
    expect(res.status).toBe(500);
    expect([...other.state.appointments.values()].some((a) => a.title === 'Chaos')).toBe(true);
  });

  it('latencyMs delays every answer', async () => {
    const { call } = await chaotic({ chaos: { latencyMs: [80, 120] } });
    const started = performance.now();
    expect((await call('GET', '/v1/numbers')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });
});
