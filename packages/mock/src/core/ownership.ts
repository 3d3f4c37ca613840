// Which business each record of the state belongs to, in one table: most records carry `business_id`; the
// others belong to what they hang off (a run to its agent, a recording to its call, an event to its
// subject). The spec states the same rules ("Businesses" in its conventions). Requests see records through
// this table (../resources/owners.ts); webhook subscriptions bound to a business receive its events only.
import type { Core } from './context.js';
import type { State } from './state.js';

export type Owned = Exclude<keyof State, 'keyHashes' | 'timelines' | 'webhookAttempts'>;
export type Item<C extends Owned> = State[C] extends Map<string, infer T> ? T : never;
/** A business id; null for a record of the whole account; undefined when what it hangs off is gone. */
export type Owner = string | null | undefined;

interface Ownership<C extends Owned> {
  /** How a not-found error names a record. */
  what: string;
  owner(record: Item<C>, ctx: Core): Owner;
}

const ofCall = (ctx: Core, id: string | null | undefined): Owner =>
  id ? ctx.state.calls.get(id)?.business_id : undefined;
const ofAgent = (ctx: Core, id: string | null | undefined): Owner =>
  id ? ctx.state.agents.get(id)?.business_id : undefined;
const ofRun = (ctx: Core, id: string | null | undefined): Owner =>
  id ? ofAgent(ctx, ctx.state.runs.get(id)?.agent_id) : undefined;

/** An event belongs to its subject: the record in `data` (a call, appointment, SMS, run) or what it names. */
function ofEvent(ctx: Core, event: Item<'events'>): Owner {
  const data = event.data as {
    business_id?: unknown;
    call_id?: unknown;
    agent_id?: unknown;
    webhook_id?: unknown;
  };
  if (typeof data.business_id === 'string') return data.business_id;
  if (typeof data.call_id === 'string') return ofCall(ctx, data.call_id);
  if (typeof data.agent_id === 'string') return ofAgent(ctx, data.agent_id);
  if (typeof data.webhook_id === 'string') return ctx.state.webhooks.get(data.webhook_id)?.record.business_id;
  return null;
}

export const OWNERSHIP: { [C in Owned]: Ownership<C> } = {
  businesses: { what: 'business', owner: (b) => b.id },
  agents: { what: 'agent', owner: (a) => a.business_id },
  configVersions: { what: 'config version', owner: (v, ctx) => ofAgent(ctx, v.agent_id) },
  numbers: { what: 'phone number', owner: (n) => n.business_id },
  leads: { what: 'lead', owner: (l) => l.business_id },
  calls: { what: 'call', owner: (c) => c.business_id },
  appointments: { what: 'appointment', owner: (a) => a.business_id },
  keys: { what: 'API key', owner: (k) => k.record.business_id },
  usage: { what: 'usage record', owner: (u) => u.business_id },
  runs: { what: 'communication run', owner: (r, ctx) => ofAgent(ctx, r.agent_id) },
  webhooks: { what: 'webhook subscription', owner: (w) => w.record.business_id ?? null },
  events: { what: 'event', owner: (e, ctx) => ofEvent(ctx, e) },
  // A delivery belongs to its subscription (a deleted one's are the account's), or to its event when it
  // went to a call's own webhook_url.
  deliveries: {
    what: 'delivery',
    owner: (d, ctx) => {
      if (d.webhook_id !== null) return ctx.state.webhooks.get(d.webhook_id)?.record.business_id;
      const event = ctx.state.events.get(d.event_id);
      return event ? ofEvent(ctx, event) : undefined;
    },
  },
  smsMessages: { what: 'SMS message', owner: (m) => m.business_id },
  conversations: { what: 'conversation', owner: (c) => c.business_id },
  jobs: { what: 'job', owner: (j, ctx) => (j.call_id ? ofCall(ctx, j.call_id) : ofRun(ctx, j.run_id)) },
  attempts: {
    what: 'dial attempt',
    owner: (a, ctx) => (a.call_id ? ofCall(ctx, a.call_id) : ofRun(ctx, a.run_id)),
  },
  recordings: { what: 'recording', owner: (r, ctx) => ofCall(ctx, r.call_id) },
};

/** The business a record belongs to (see `Owner`). */
export function ownerOf<C extends Owned>(ctx: Core, collection: C, record: Item<C>): Owner {
  return OWNERSHIP[collection].owner(record, ctx);
}
