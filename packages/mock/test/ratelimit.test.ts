import { describe, expect, it } from 'vitest';
import { createMock, LIMITS } from '../src/index.js';
import { serve } from './setup.js';

const served = serve();

describe('rate limits', async () => {
  const { api, mock } = await served;

  it('counts per key per minute, with X-RateLimit-* on every response and 429 + Retry-After past the limit', async () => {
    const { key } = await mock.createKey({ scopes: ['leads:read'] });
    let last: Awaited<ReturnType<typeof api>> | undefined;
    for (let i = 0; i < LIMITS.default; i++) {
      last = await api('GET', '/v1/leads?limit=1', { key });
      expect(last.status).toBe(200);
    }
    expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await api('GET', '/v1/leads?limit=1', { key });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(limited.headers.get('x-ratelimit-reset')) * 1000).toBeGreaterThan(mock.clock.now());
    // Another key has its own window.
    expect((await api('GET', '/v1/leads?limit=1')).status).toBe(200);
    // The window resets on the mock's clock.
    await mock.clock.advance(retryAfter * 1000);
    const again = await api('GET', '/v1/leads?limit=1', { key });
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe(String(LIMITS.default - 1));
  });

  it('creating calls has its own, smaller bucket', async () => {
    const res = await api('POST', '/v1/calls', { body: { agent_id: 'agt_nobody00', to: '+15125550111' } });
    expect(res.headers.get('x-ratelimit-limit')).toBe(String(LIMITS.createCall));
  });
});

describe('rate limits switched off', async () => {
  // A second mock on its own base URL, served by the same msw server as the first (one interceptor a file).
  const { server } = await served;
  const base = 'https://unlimited.kaicalls.test/api';
  const unlimited = createMock({ rateLimit: false, baseUrl: base });
  await unlimited.ready;
  server.use(...unlimited.handlers);

  it('never answers 429, and still sends the headers', async () => {
    for (let i = 0; i < LIMITS.default + 5; i++) {
      const res = await fetch(`${base}/v1/numbers?limit=1`, {
        headers: { authorization: `Bearer ${unlimited.testKey}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe(String(LIMITS.default));
    }
  });
});
