// Every change to the mock's state is reported by its collection (`set`, `delete`, `touch`), so what is
// derived from the records (list indexes, the state file's journal) can follow without scanning. A shadow
// copy kept only from the reports must equal the state after a workload that writes every collection:
// a change made in place without its `touch` leaves the shadow stale and fails here.
import { describe, expect, it } from 'vitest';
import { Collection } from '../src/core/collection.js';
import type { State } from '../src/index.js';
import { serve } from './setup.js';
import { writeEveryCollection } from './workload.js';

/** A deep copy of every collection, updated only from the change reports. */
function shadowOf(state: State) {
  const shadow = new Map<string, Map<string, unknown>>();
  for (const [name, collection] of Object.entries(state)) {
    if (!(collection instanceof Collection)) continue;
    const copy = new Map([...collection].map(([id, record]) => [id, structuredClone(record)]));
    shadow.set(name, copy);
    collection.onChange((id, record) => {
      if (record === undefined) copy.delete(id);
      else copy.set(id, structuredClone(record));
    });
  }
  return shadow;
}

describe('state collections', async () => {
  // One subscription answers 500: its deliveries retry, then fail.
  const { api, mock } = await serve({
    rateLimit: false,
    webhooks: {
      fetch: async (request) => new Response(null, { status: request.url.includes('failing') ? 500 : 200 }),
    },
  });
  const shadow = shadowOf(mock.state);
  const agent = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const lead = [...mock.state.leads.values()][0]!;

  it('report every change of a workload that writes every collection', async () => {
    const { failing, run } = await writeEveryCollection(api, {
      agentId: agent.id,
      leadId: lead.id,
      hooks: { ok: 'https://receiver.example/hooks', failing: 'https://failing.example/hooks' },
      appointmentStart: '2026-02-20T10:00:00Z',
      keyPrefix: 'collection-test',
      advance: (ms) => mock.clock.advance(ms),
    });
    // Through the retry schedule (30 s … 2 h) and every call's end.
    await mock.clock.advance(4 * 3_600_000);
    await api('DELETE', `/v1/webhooks/${failing}`);

    expect(mock.state.deliveries.size).toBeGreaterThan(0);
    expect([...mock.state.deliveries.values()].some((d) => d.status === 'failed')).toBe(true);
    expect(mock.state.runs.get(run)!.status).toBe('completed');
    for (const [name, copy] of shadow) {
      const live = (mock.state as unknown as Record<string, Map<string, unknown>>)[name]!;
      expect(Object.fromEntries(copy), name).toEqual(structuredClone(Object.fromEntries(live)));
    }
  });

  it('stop reporting to a listener once it unsubscribes', () => {
    const collection = new Collection<{ n: number }>();
    const seen: Array<[string, number | undefined]> = [];
    const stop = collection.onChange((id, record) => seen.push([id, record?.n]));
    collection.set('a', { n: 1 });
    collection.get('a')!.n = 2;
    collection.touch('a');
    collection.touch('unknown');
    collection.delete('a');
    collection.delete('a');
    stop();
    collection.set('b', { n: 3 });
    expect(seen).toEqual([
      ['a', 1],
      ['a', 2],
      ['a', undefined],
    ]);
  });
});
