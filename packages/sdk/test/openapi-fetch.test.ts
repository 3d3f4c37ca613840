// The SDK no longer uses openapi-fetch, but the spec's wire types (`paths`, exported by @kaicalls/mock) are
// meant for it and any other client typed from the spec: openapi-fetch typed with them talks to the mock,
// and wrong paths or parameters do not compile. openapi-fetch is a dev dependency for this test and the
// benchmark only.

import type { paths } from '@kaicalls/mock';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { useMock } from './mock-setup.js';

const { mock } = useMock();

describe('openapi-fetch typed with the wire paths of @kaicalls/mock', () => {
  it('lists agents and gets a call, typed from the spec', async () => {
    const api = createClient<paths>({
      baseUrl: 'https://kaicalls.com/api',
      headers: { Authorization: `Bearer ${mock.testKey}` },
    });
    const { data, error } = await api.GET('/v1/agents', { params: { query: { limit: 2 } } });
    expect(error).toBeUndefined();
    expect(data?.data.length).toBeGreaterThan(0);
    const agentId: string | undefined = data?.data[0]?.id;
    expect(agentId).toMatch(/^agt_/);

    const missing = await api.GET('/v1/calls/{call_id}', { params: { path: { call_id: 'call_missing1' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('not_found');

    // Type-level only (never called): a path the spec lacks does not compile.
    // @ts-expect-error: no such path in the spec
    const wrong = () => api.GET('/v1/nothing-here');
    expect(typeof wrong).toBe('function');
  });
});
