// Optional parameters given as `undefined` (what `exactOptionalPropertyTypes` code writes as `name: maybe`;
// the types are checked in test/exact-optional/) are left out of the request, against the mock's HTTP
// server: no `"name": null` in the body, no `?limit=undefined` in the query.
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, describe, expect, it } from 'vitest';
import { KaiCalls } from '../src/index.js';
import { activeAgent } from './mock-setup.js';

const server = await startMockServer({ rateLimit: false });
afterAll(() => server.close());
const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });

const maybe = (value?: string): string | undefined => value;

describe('optional params passed as undefined', () => {
  it('a create with name: undefined sends no name, and the call has none', async () => {
    const agentId = await activeAgent(kai);
    server.mock.clearRequests();

    const call = await kai.calls.create({ agentId, to: '+15005550102', name: maybe(), context: undefined });

    const [sent] = server.mock.requests({ operationId: 'createCall' });
    expect(sent?.status).toBe(201);
    expect(sent?.body).toEqual({ agent_id: agentId, to: '+15005550102' });
    expect(call.name).toBeNull();
    expect((await kai.calls.get(call.id)).name).toBeNull();
  });

  it('a list with limit: undefined sends no limit, and gets the default page', async () => {
    server.mock.clearRequests();

    const page = await kai.calls.list({ limit: undefined, status: undefined, cursor: maybe() });

    const [sent] = server.mock.requests({ operationId: 'listCalls' });
    expect(sent?.status).toBe(200);
    expect(sent?.query).toEqual({});
    expect(page.data.length).toBeGreaterThan(0);
  });
});
