// In-process: the request journal (`mock.requests`) and fixtures (`createMock({ fixtures })`,
// `mock.loadFixtures`), as a test of an app uses them.
import { describe, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { serve } from './setup.js';

const { api, mock } = await serve();

describe('mock.requests', () => {
  it('lists every request, rejected ones included, filtered, with the key id and never the key', async () => {
    mock.clearRequests();
    const agent = [...mock.state.agents.keys()][0]!;
    await api('GET', '/v1/calls', { key: '' });
    await api('POST', '/v1/calls', { body: { agent_id: agent, to: '+15005550001' } });
    await api('POST', '/v1/calls', { body: { agent_id: agent, to: '+15005550102' } });
    expect(mock.requests().map((r) => [r.operationId, r.status])).toEqual([
      ['listCalls', 401],
      ['createCall', 400],
      ['createCall', 201],
    ]);
    const [created] = mock.requests({ operationId: 'createCall', status: 201 });
    expect(created).toMatchObject({
      method: 'POST',
      path: '/v1/calls',
      keyId: expect.stringMatching(/^key_/),
      body: { agent_id: agent, to: '+15005550102' },
      at: mock.context.iso(),
    });
    expect(mock.requests({ method: 'post' })).toHaveLength(2);
    expect(JSON.stringify(mock.requests())).not.toContain(mock.testKey);
    await mock.reset();
    expect(mock.requests()).toEqual([]);
  });
});

describe('fixtures', () => {
  it('loads records in wire format at start and after every reset, and refuses a bad one by name', async () => {
    const seeded = [...mock.state.agents.values()][0]!;
    const fixture = { ...seeded, id: 'agt_Fixture001', name: 'Fixture agent' };
    const withFixtures = createMock({ fixtures: { agents: [fixture] } });
    await withFixtures.ready;
    expect(withFixtures.state.agents.get('agt_Fixture001')?.name).toBe('Fixture agent');
    await withFixtures.reset();
    expect(withFixtures.state.agents.has('agt_Fixture001')).toBe(true);

    expect(() => createMock({ fixtures: { agents: [{ ...fixture, is_active: 'yes' as never }] } })).toThrow(
      '@kaicalls/mock: Fixture agents[0] (agt_Fixture001): is_active must be of type boolean.',
    );
    expect(() => createMock({ fixtures: { robots: [] } as never })).toThrow(/robots: is not a collection/);
    expect(() =>
      withFixtures.loadFixtures({
        numbers: [{ ...[...withFixtures.state.numbers.values()][0]!, agent_id: 'agt_Nobody001' }],
      }),
    ).toThrow(/numbers\[0\] \(num_\w+\): agent_id agt_Nobody001 is not an agent/);
    expect(withFixtures.state.agents.size).toBe(mock.state.agents.size + 1);
  });
});
