import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/http/sha256.js';
import { USAGE_LOG_LIMIT } from '../src/http/usage.js';
import { serve } from './setup.js';

describe('pipeline', async () => {
  const { api, mock } = await serve({ rateLimit: false });

  it('hashes keys exactly as SHA-256 does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
    );
  });

  it('checks the key before the request: an invalid body without a key is 401, not 400', async () => {
    const res = await api('POST', '/v1/appointments', { key: '', headers: { authorization: '' }, body: '{' });
    expect(res.status).toBe(401);
  });

  it('checks the scope before the body', async () => {
    const { key } = await mock.createKey({ scopes: ['leads:read'] });
    expect((await api('POST', '/v1/appointments', { key, body: '{' })).status).toBe(403);
  });

  it('refuses malformed percent-encoding in ids and repeated query parameters with 400', async () => {
    const res = await api('GET', '/v1/leads/lead_%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('lead_id');
    const twice = await api('GET', '/v1/leads?limit=1&limit=2');
    expect(twice.body.error).toMatchObject({ code: 'invalid_request', param: 'limit' });
  });

  it('logs successful requests to the usage log, keeping the latest records only', async () => {
    await api('GET', '/v1/numbers');
    const usage = await api('GET', '/v1/usage?limit=1');
    expect(usage.body.data[0]).toMatchObject({ endpoint: '/v1/numbers', method: 'GET', status_code: 200 });
    mock.state.usage.clear();
    for (let i = 0; i < USAGE_LOG_LIMIT; i++)
      mock.state.usage.set(`use_fill${i}`, { ...usage.body.data[0], id: `use_fill${i}` });
    await api('GET', '/v1/numbers');
    expect(mock.state.usage.size).toBe(USAGE_LOG_LIMIT);
    expect(mock.state.usage.has('use_fill0')).toBe(false);
    expect(mock.state.usage.has('use_fill1')).toBe(true);
  });
});
