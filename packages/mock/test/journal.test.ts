// In-process: the request journal (`mock.requests`) and fixtures (`createMock({ fixtures })`,
// `mock.loadFixtures`), as a test of an app uses them.
import { describe, expect, it } from 'vitest';
import { createJournal, type RequestRecord } from '../src/http/journal.js';
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

describe('the journal’s bound', () => {
  const entry = (n: number) =>
    ({ method: 'GET', path: `/v1/calls/${n}`, status: 200 }) as unknown as RequestRecord;

  it('keeps the latest records in order once full, and clear() starts over', () => {
    const journal = createJournal(3);
    for (let n = 1; n <= 7; n++) journal.record(entry(n));
    expect(journal.list().map((r) => r.path)).toEqual(['/v1/calls/5', '/v1/calls/6', '/v1/calls/7']);
    expect(journal.list({ path: '/v1/calls/6' })).toHaveLength(1);
    journal.clear();
    journal.record(entry(8));
    expect(journal.list().map((r) => r.path)).toEqual(['/v1/calls/8']);
  });

  it('costs the same per record when full as when empty (no shifting of 10,000 entries)', () => {
    const journal = createJournal();
    const time = (count: number) => {
      const started = performance.now();
      for (let n = 0; n < count; n++) journal.record(entry(n));
      return performance.now() - started;
    };
    time(10_000); // fill it
    const full = time(20_000);
    expect(journal.list()).toHaveLength(10_000);
    // A splice of the head per record took 0.43 s for 20,000 records on this machine; the ring, 1 ms.
    expect(full).toBeLessThan(100);
  });
});
