// The lists' indexes of one state, in one table: each list's order (the key its page is sorted on) and the
// equality filters the spec gives it, plus `business` (the record's owner) for keys bound to one business.
// Built with the runtime; they follow the collections' change reports (./collection.ts), so a resolver
// pages without sorting or scanning (../http/pagination.ts `pageOf`).
import type { Core } from './context.js';
import { type IndexSpec, ListIndex } from './list-index.js';
import { type Item, type Owned, ownerOf } from './ownership.js';

type Specs = { [C in Listed]: IndexSpec<Item<C>> };

/** The collections listed by the API (timelines are per call, already in sequence order). */
export type Listed = Exclude<Owned, 'businesses'>;
export type Indexes = { [C in Listed]: ListIndex<Item<C>> };

function specs(ctx: Core): Specs {
  const owner =
    <C extends Listed>(collection: C) =>
    (record: Item<C>) =>
      ownerOf(ctx, collection, record) ?? null;
  const leadOfCall = (callId: string | null) =>
    callId === null ? null : (ctx.state.calls.get(callId)?.lead_id ?? null);
  return {
    agents: {
      key: (a) => a.created_at,
      ties: 'id',
      filters: {
        business: owner('agents'),
        business_id: (a) => a.business_id,
        is_active: (a) => a.is_active,
      },
    },
    configVersions: {
      key: (v) => v.version,
      ties: 'id',
      changes: false,
      filters: { agent_id: (v) => v.agent_id },
    },
    numbers: {
      key: (n) => n.created_at,
      ties: 'id',
      filters: { business: owner('numbers'), agent_id: (n) => n.agent_id },
    },
    leads: {
      key: (l) => l.created_at,
      ties: 'id',
      filters: { business: owner('leads'), status: (l) => l.status, phone: (l) => l.phone },
    },
    calls: {
      key: (c) => c.created_at,
      ties: 'id',
      filters: {
        business: owner('calls'),
        agent_id: (c) => c.agent_id,
        lead_id: (c) => c.lead_id,
        run_id: (c) => c.run_id,
        status: (c) => c.status,
        direction: (c) => c.direction,
      },
    },
    appointments: {
      key: (a) => a.start_time,
      ties: 'id',
      filters: { business: owner('appointments'), status: (a) => a.status, lead_id: (a) => a.lead_id },
    },
    keys: { key: (k) => k.record.created_at, ties: 'id', filters: { business: owner('keys') } },
    usage: { key: (u) => u.created_at, ties: 'id', changes: false, filters: { business: owner('usage') } },
    runs: {
      key: (r) => r.created_at,
      ties: 'id',
      filters: { business: owner('runs'), status: (r) => r.status },
    },
    webhooks: { key: (w) => w.record.created_at, ties: 'id', filters: { business: owner('webhooks') } },
    // The log: in the order things happened (see ../webhooks/log-order.ts).
    events: {
      key: (e) => e.created_at,
      ties: 'insertion',
      changes: false,
      filters: { business: owner('events'), type: (e) => e.type },
    },
    deliveries: {
      key: (d) => d.created_at,
      ties: 'insertion',
      filters: {
        business: owner('deliveries'),
        event_id: (d) => d.event_id,
        webhook_id: (d) => d.webhook_id,
        status: (d) => d.status,
      },
    },
    smsMessages: {
      key: (m) => m.created_at,
      ties: 'id',
      changes: false,
      filters: { business: owner('smsMessages'), call_id: (m) => m.call_id, lead_id: (m) => m.lead_id },
    },
    conversations: {
      key: (c) => c.created_at,
      ties: 'id',
      filters: { business: owner('conversations'), call_id: (c) => c.call_ids, lead_id: (c) => c.lead_id },
    },
    jobs: {
      key: (j) => j.created_at,
      ties: 'id',
      changes: false,
      filters: { business: owner('jobs'), call_id: (j) => j.call_id, lead_id: (j) => leadOfCall(j.call_id) },
    },
    attempts: {
      key: (a) => a.started_at,
      ties: 'id',
      changes: false,
      filters: { business: owner('attempts'), call_id: (a) => a.call_id, lead_id: (a) => a.lead_id },
    },
    recordings: {
      key: (r) => r.created_at,
      ties: 'id',
      changes: false,
      filters: { business: owner('recordings'), call_id: (r) => r.call_id, lead_id: (r) => r.lead_id },
    },
  };
}

/** The indexes of `ctx.state`, each following its collection from now on. */
export function createIndexes(ctx: Core): Indexes {
  const all = specs(ctx);
  const indexes = {} as Record<Listed, ListIndex<object>>;
  for (const name of Object.keys(all) as Listed[])
    indexes[name] = new ListIndex(ctx.state[name] as never, all[name] as never);
  return indexes as Indexes;
}
