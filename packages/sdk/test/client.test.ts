import { afterEach, describe, expect, it, vi } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { KaiCalls, KaiCallsError } from '../src/index.js';
import { BASE_URL, client, json, TEST_KEY, wireCall } from './fetch-recorder.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('options', () => {
  it('fails clearly without an API key, naming both ways to give one', () => {
    vi.stubEnv('KAICALLS_API_KEY', '');
    expect(() => new KaiCalls()).toThrow(KaiCallsError);
    expect(() => new KaiCalls()).toThrow(/apiKey.*KAICALLS_API_KEY/);
  });

  it('reads the key and base URL from the environment', async () => {
    vi.stubEnv('KAICALLS_API_KEY', TEST_KEY);
    vi.stubEnv('KAICALLS_BASE_URL', 'http://127.0.0.1:4010');
    const seen: Request[] = [];
    const kai = new KaiCalls({
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return json({ businesses: [] });
      },
    });
    expect(kai.baseUrl).toBe('http://127.0.0.1:4010');
    await kai.account.getBalance();
    expect(seen[0]!.url).toBe('http://127.0.0.1:4010/v1/balance');
    expect(seen[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_KEY}`);
  });

  it('defaults to the production API', () => {
    vi.stubEnv('KAICALLS_BASE_URL', '');
    expect(new KaiCalls({ apiKey: TEST_KEY }).baseUrl).toBe('https://kaicalls.com/api');
  });

  it('sends default headers, lets a request override them, and null removes one', async () => {
    const { kai, requests } = client(() => json(wireCall()), {
      defaultHeaders: { 'X-Env': 'prod', 'X-Team': 'growth', 'X-Trace': 'a', 'User-Agent': null },
    });
    await kai.calls.get('call_8fK2pQ7vN3', { headers: { 'x-trace': 'b', 'X-Team': null } });
    expect(requests[0]!.headers.get('x-env')).toBe('prod');
    expect(requests[0]!.headers.get('x-trace')).toBe('b');
    expect(requests[0]!.headers.has('x-team')).toBe(false);
    // null also removes a header the SDK sets itself.
    expect(requests[0]!.headers.has('user-agent')).toBe(false);
  });
});

describe('requests', () => {
  it('sends the key, a versioned User-Agent and JSON headers', async () => {
    const { kai, requests } = client(() => json(wireCall()));
    await kai.calls.get('call_8fK2pQ7vN3');
    const [request] = requests;
    expect(request!.method).toBe('GET');
    expect(request!.url).toBe(`${BASE_URL}/v1/calls/call_8fK2pQ7vN3`);
    expect(request!.headers.get('authorization')).toBe(`Bearer ${TEST_KEY}`);
    expect(request!.headers.get('user-agent')).toBe(`kaicalls-node/${pkg.version}`);
    expect(request!.headers.get('accept')).toBe('application/json');
    expect(request!.headers.has('idempotency-key')).toBe(false);
  });

  it('puts path parameters in path order and encodes them', async () => {
    const { kai, requests } = client(() =>
      json({ object: 'list', data: [], has_more: false, next_cursor: null }),
    );
    await kai.agents.listConfigVersions('agt_4Vd9kQ2mXp', { limit: 5 });
    expect(requests[0]!.url).toBe(`${BASE_URL}/v1/agents/agt_4Vd9kQ2mXp/config-versions?limit=5`);
    await kai.calls.get('call_a/b?c');
    expect(requests[1]!.url).toBe(`${BASE_URL}/v1/calls/call_a%2Fb%3Fc`);
  });

  it('refuses a missing path parameter instead of calling /undefined', async () => {
    const { kai, requests } = client(() => json(wireCall()));
    await expect(kai.calls.get(undefined as unknown as string)).rejects.toThrow(
      /GET \/v1\/calls\/\{call_id\} needs call_id/,
    );
    await expect(kai.calls.cancel('')).rejects.toThrow(/an empty string/);
    expect(requests).toHaveLength(0);
  });

  it('sends query parameters snake_case and skips undefined ones', async () => {
    const { kai, requests } = client(() =>
      json({ object: 'list', data: [], has_more: false, next_cursor: null }),
    );
    await kai.calls.list({
      status: 'completed',
      createdAfter: '2026-02-01T00:00:00Z',
      agentId: undefined,
      limit: 10,
    });
    const url = new URL(requests[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'completed',
      created_after: '2026-02-01T00:00:00Z',
      limit: '10',
    });
  });

  it('sends the body snake_case, with free-form maps untouched', async () => {
    const { kai, bodies, requests } = client(() => json(wireCall(), 201));
    await kai.calls.create({
      agentId: 'agt_4Vd9kQ2mXp',
      to: '+15125559876',
      firstMessage: 'Hi John',
      maxDuration: 300,
      metadata: { crmTicket: 'T-1', crm_source: 'web' },
    });
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(bodies[0]).toEqual({
      agent_id: 'agt_4Vd9kQ2mXp',
      to: '+15125559876',
      first_message: 'Hi John',
      max_duration: 300,
      metadata: { crmTicket: 'T-1', crm_source: 'web' },
    });
  });

  it('sends no body for actions without one', async () => {
    const { kai, requests } = client(() => json(wireCall({ status: 'canceled' })));
    await kai.calls.cancel('call_8fK2pQ7vN3');
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.body).toBeNull();
    expect(requests[0]!.headers.has('content-type')).toBe(false);
  });
});

describe('results', () => {
  it('are camelCase, with free-form maps untouched', async () => {
    const { kai } = client(() => json(wireCall({ variables: { lead_score: 82 } })));
    const call = await kai.calls.get('call_8fK2pQ7vN3');
    expect(call.agentId).toBe('agt_4Vd9kQ2mXp');
    expect(call.createdAt).toBe('2026-02-15T14:30:00Z');
    expect(call.metadata).toEqual({ crm_ticket: 'T-4821' });
    expect(call.variables).toEqual({ lead_score: 82 });
  });

  it('.withResponse() gives the raw response, the request id and the wire JSON', async () => {
    const { kai } = client(() => json(wireCall(), 200, { 'x-ratelimit-remaining': '299' }));
    const { data, response, requestId, json: wire } = await kai.calls.get('call_8fK2pQ7vN3').withResponse();
    expect(data.agentName).toBe('Kai');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('299');
    expect(requestId).toBe('req_200abc');
    expect(wire).toEqual(wireCall());
  });

  it('is a real Promise that starts the request at once', async () => {
    const { kai, requests } = client(() => json(wireCall()));
    const promise = kai.calls.get('call_8fK2pQ7vN3');
    expect(promise).toBeInstanceOf(Promise);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests).toHaveLength(1);
    await expect(promise).resolves.toMatchObject({ id: 'call_8fK2pQ7vN3' });
  });

  it('keeps one object per resource, and one set per client', () => {
    const { kai } = client(() => json({}));
    const other = new KaiCalls({ apiKey: TEST_KEY });
    expect(kai.calls).toBe(kai.calls);
    expect(kai.webhooks).toBe(kai.webhooks);
    expect(other.calls).not.toBe(kai.calls);
  });
});
