// Every change to the mock's state is reported by its collection (`set`, `delete`, `touch`), so what is
// derived from the records (list indexes, the state file's journal) can follow without scanning. A shadow
// copy kept only from the reports must equal the state after a workload that writes every collection:
// a change made in place without its `touch` leaves the shadow stale and fails here.
import { describe, expect, it } from 'vitest';
import { Collection } from '../src/core/collection.js';
import type { State } from '../src/index.js';
import { serve } from './setup.js';

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
    const ok = await api('POST', '/v1/webhooks', { body: { url: 'https://receiver.example/hooks' } });
    const failing = await api('POST', '/v1/webhooks', { body: { url: 'https://failing.example/hooks' } });
    await api('POST', `/v1/webhooks/${ok.body.id}/rotate-secret`, { body: {} });
    await api('PATCH', `/v1/webhooks/${failing.body.id}`, { body: { description: 'always 500' } });
    await api('PATCH', `/v1/agents/${agent.id}`, { body: { first_message: 'Hello again from the test.' } });
    const key = await api('POST', '/v1/keys', { body: { name: 'CI', scopes: ['calls:read'] } });
    await api('DELETE', `/v1/keys/${key.body.id}`);
    const appointment = await api('POST', '/v1/appointments', {
      body: {
        title: 'Demo',
        start_time: '2026-02-20T10:00:00Z',
        end_time: '2026-02-20T10:30:00Z',
        lead_id: lead.id,
      },
    });
    await api('PATCH', `/v1/appointments/${appointment.body.id}`, { body: { status: 'confirmed' } });
    // Every test number's path: booked, no answer, busy, failed, voicemail, emergency, a failed text.
    for (const to of ['+15005550100', '+15005550101', '+15005550102', '+15005550103', '+15005550104']) {
      await api('POST', '/v1/calls', { body: { agent_id: agent.id, to, lead_id: lead.id } });
    }
    for (const to of ['+15005550106', '+15005550107', '+15125550142']) {
      await api('POST', '/v1/calls', { body: { agent_id: agent.id, to } });
    }
    const canceled = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550105' } });
    await api('POST', `/v1/calls/${canceled.body.id}/cancel`);
    const run = await api('POST', '/v1/communication-runs', {
      body: {
        name: 'Outreach',
        agent_id: agent.id,
        max_concurrent_calls: 1,
        contacts: [{ to: '+15005550100' }, { to: '+15005550101' }, { to: '+15005550104' }],
      },
      headers: { 'idempotency-key': 'collection-test-run' },
    });
    expect(run.status).toBe(201);
    await mock.clock.advance(60_000);
    await api('POST', `/v1/communication-runs/${run.body.id}/pause`);
    await api('POST', `/v1/communication-runs/${run.body.id}/resume`);
    // Through the retry schedule (30 s … 2 h) and every call's end.
    await mock.clock.advance(4 * 3_600_000);
    await api('DELETE', `/v1/webhooks/${failing.body.id}`);

    expect(mock.state.deliveries.size).toBeGreaterThan(0);
    expect([...mock.state.deliveries.values()].some((d) => d.status === 'failed')).toBe(true);
    expect(mock.state.runs.get(run.body.id)!.status).toBe('completed');
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
