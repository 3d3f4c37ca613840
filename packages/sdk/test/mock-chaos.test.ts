// Retries under the mock's chaos: responses lost after the request was processed (a 500 once the call is
// placed). The Idempotency-Key stays the same across retries, so each create places exactly one call.
import { describe, expect, it } from 'vitest';
import { InternalServerError, KaiCalls } from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { mock } = useMock({ chaos: { errorRate: 0.4, phase: 'after' }, rateLimit: false }, { maxRetries: 6 });

/**
 * fetch as the mock answers it, plus `Retry-After: 0` on 5xx so the retries run back to back: the backoff
 * delays are tested on their own (retries.test.ts); here only what is placed matters.
 */
function impatient(counter: { posts: number }): typeof fetch {
  return async (input, init) => {
    if (init?.method === 'POST') counter.posts++;
    const response = await fetch(input, init);
    if (response.status < 500) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', '0');
    return new Response(response.body, { status: response.status, headers });
  };
}

describe('creates under chaos are placed exactly once', () => {
  it('8 concurrent creates, 40 % of responses lost: 8 calls', async () => {
    const agentId = await activeAgent(
      new KaiCalls({ apiKey: mock.testKey, maxRetries: 10, fetch: impatient({ posts: 0 }) }),
    );
    const before = mock.state.calls.size;
    const counter = { posts: 0 };
    const counting = new KaiCalls({ apiKey: mock.testKey, maxRetries: 8, fetch: impatient(counter) });
    const tos = Array.from({ length: 8 }, (_, i) => `+1512555${String(2000 + i)}`);
    const calls = await Promise.all(
      tos.map((to) => counting.calls.create({ agentId, to, name: `Contact ${to}` })),
    );
    expect(counter.posts).toBeGreaterThan(8); // chaos did hit some creates
    expect(mock.state.calls.size - before).toBe(8);
    expect(new Set(calls.map((c) => c.id)).size).toBe(8);
    expect(calls.map((c) => c.to)).toEqual(tos);
  });

  it('a response lost once (X-Mock-Scenario: 500-after) is replayed by the retry', async () => {
    const agentId = await activeAgent(
      new KaiCalls({ apiKey: mock.testKey, maxRetries: 10, fetch: impatient({ posts: 0 }) }),
    );
    const before = mock.state.calls.size;
    let first = true;
    const lossy = new KaiCalls({
      apiKey: mock.testKey,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        if (first && init?.method === 'POST') headers.set('X-Mock-Scenario', '500-after');
        first = false;
        return fetch(input, { ...init, headers });
      },
    });
    const { data, response } = await lossy.calls.create({ agentId, to: '+15125553000' }).withResponse();
    expect(response.headers.get('idempotency-replayed')).toBe('true');
    expect(mock.state.calls.size - before).toBe(1);
    expect(mock.state.calls.get(data.id)).toMatchObject({
      id: data.id,
      to: '+15125553000',
      agent_id: agentId,
    });
  });

  it('every response lost: the error surfaces after the retries, and still one call', async () => {
    const agentId = await activeAgent(
      new KaiCalls({ apiKey: mock.testKey, maxRetries: 10, fetch: impatient({ posts: 0 }) }),
    );
    const before = mock.state.calls.size;
    const client = new KaiCalls({ apiKey: mock.testKey, fetch: impatient({ posts: 0 }) });
    const error = await client.calls
      .create({ agentId, to: '+15125553001' }, { headers: { 'X-Mock-Scenario': '500-after' }, maxRetries: 2 })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(mock.state.calls.size - before).toBe(1);
  });
});
