// Calls: create (the voice loop's entry point), list, get, cancel, and each call's timeline, as a page or a
// stream. The timeline itself is played by the runtime's engine (../engine/engine.ts) and streamed by its
// hub (../streams/hub.ts); these resolvers validate, look up and page.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { isTerminal } from '../engine/engine.js';
import { seedPastCalls } from '../engine/fixtures.js';
import { REJECTED_NUMBER } from '../engine/outcomes.js';
import { MockError } from '../http/errors.js';
import { pageInOrder } from '../http/pagination.js';
import type { Scope } from '../http/scope.js';
import type { Runtime } from '../runtime.js';
import { getAgent } from './agents.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

/** How long a poller should wait between reads of a live call, in mock ms (sent scaled to real ms). */
export const POLL_INTERVAL_MS = 1_000;

function getCall(ctx: Core, scope: Scope, id: string): Schemas['Call'] {
  return find(ctx, scope, 'calls', id, 'call_id');
}

/** `X-Poll-Interval-Ms` while the call has steps left to play; nothing once it is over and analysed. */
function pollHeaders(rt: Runtime, call: Schemas['Call']): Record<string, string> | undefined {
  if (!rt.engine.isLive(call.id)) return undefined;
  return { 'x-poll-interval-ms': String(Math.max(1, Math.round(rt.clock.toRealMs(POLL_INTERVAL_MS)))) };
}

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : undefined);
/** A bound on `created_at` for the index: records keep it as `toISOString` writes it, which sorts as time. */
const isoBound = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export const calls = defineResource({
  seed(rt) {
    seedPastCalls(rt, rt.engine);
  },
  operations: {
    createCall({ body, scope }, ctx) {
      const agent = getAgent(ctx, scope, body.agent_id);
      if (!agent.is_active) {
        throw new MockError(
          'invalid_request',
          `Agent ${agent.id} is inactive. Activate it (PATCH /v1/agents/${agent.id} with {"is_active": true}) or use another agent.`,
          'agent_id',
        );
      }
      if (body.to === REJECTED_NUMBER) {
        throw new MockError(
          'invalid_request',
          `${REJECTED_NUMBER} cannot be called: it is the test number that is always rejected. Use another number.`,
          'to',
        );
      }
      if (body.lead_id !== undefined) find(ctx, scope, 'leads', body.lead_id, 'lead_id');
      const business = ctx.state.businesses.get(agent.business_id);
      if (business && business.subscription_status !== 'active') {
        throw new MockError(
          'upgrade_required',
          `The subscription of ${business.name} is ${business.subscription_status}: calls need an active subscription.`,
        );
      }
      const call = ctx.engine.place({
        agent,
        contact: body.to,
        name: body.name ?? null,
        context: body.context ?? null,
        firstMessage: body.first_message ?? null,
        leadId: body.lead_id ?? null,
        webhookUrl: body.webhook_url ?? null,
        maxDuration: body.max_duration ?? agent.max_call_duration,
        metadata: body.metadata ?? {},
      });
      // A copy: an idempotent replay answers what the first request answered, not the call as it is now.
      return { status: 201, body: { ...call } };
    },
    listCalls({ query, scope }, ctx) {
      const after = time(query.created_after);
      const before = time(query.created_before);
      const where = {
        agent_id: query.agent_id as string | undefined,
        lead_id: query.lead_id as string | undefined,
        run_id: query.run_id as string | undefined,
        status: query.status as string | undefined,
        direction: query.direction as string | undefined,
      };
      const keep = (c: Schemas['Call']) => {
        if (query.agent_id !== undefined && c.agent_id !== query.agent_id) return false;
        if (query.lead_id !== undefined && c.lead_id !== query.lead_id) return false;
        if (query.run_id !== undefined && c.run_id !== query.run_id) return false;
        if (query.status !== undefined && c.status !== query.status) return false;
        if (query.direction !== undefined && c.direction !== query.direction) return false;
        if (after !== undefined || before !== undefined) {
          const created = Date.parse(c.created_at);
          if (after !== undefined && created < after) return false;
          if (before !== undefined && created >= before) return false;
        }
        return true;
      };
      const range = { where, from: isoBound(after), to: isoBound(before) };
      return { body: listPage(ctx, scope, 'calls', query, range, { keep }) };
    },
    getCall({ params, scope }, ctx) {
      const call = getCall(ctx, scope, params.call_id!);
      return { body: call, headers: pollHeaders(ctx, call) };
    },
    cancelCall({ params, scope }, ctx) {
      const call = getCall(ctx, scope, params.call_id!);
      if (isTerminal(call.status) || call.status === 'in-progress') {
        throw new MockError(
          'conflict',
          `Call ${call.id} is ${call.status}: only a queued or ringing call can be canceled.`,
          'call_id',
        );
      }
      return { body: ctx.engine.cancel(call.id) };
    },
    listCallEvents({ params, query, scope }, ctx) {
      const call = getCall(ctx, scope, params.call_id!);
      const after = typeof query.after_sequence === 'number' ? query.after_sequence : 0;
      const events = ctx.state.timelines.get(call.id) ?? [];
      return { body: pageInOrder(events, query, (e) => e.sequence, after), headers: pollHeaders(ctx, call) };
    },
    streamCallEvents({ params, query, headers, scope }, ctx) {
      const call = getCall(ctx, scope, params.call_id!);
      // A reconnecting client's Last-Event-ID (the spec's pattern, checked already) wins over the URL's
      // after_sequence, which an EventSource keeps sending unchanged.
      const resume = headers.get('last-event-id');
      const after =
        resume !== null
          ? Number(resume)
          : typeof query.after_sequence === 'number'
            ? query.after_sequence
            : 0;
      return { body: null, stream: ctx.streams.call(call.id, after, query.until === 'done') };
    },
  },
});
