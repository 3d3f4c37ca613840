// Analytics, computed on every request from the calls and appointments in the state, so they move as the
// voice loop runs.
//
// Plan rule (402 upgrade_required): a range longer than 90 days needs a plan above `starter`. The plan that
// counts is that of the businesses the request covers: the key's business when the key is bound to one,
// else the business of the `agent_id` filter, else every business of the account. The request is allowed
// when any covered business has a larger plan. With the fixtures, the test key (all businesses, Smith Law
// is `professional`) may ask for any range; a key bound to Acme Plumbing (`starter`) gets 402.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Scope } from '../http/scope.js';
import { visible, visibleRecords } from './owners.js';
import { defineResource } from './resource.js';

type Call = Schemas['Call'];
type Period = Schemas['Analytics']['period'];

const DAY = 86_400_000;
export const STARTER_MAX_RANGE_DAYS = 90;
/** A series longer than this is refused (400): ask for a larger `period` or a shorter range. */
export const MAX_BUCKETS = 1000;

/** Start of the bucket holding `ms`: UTC midnight, the Monday of the ISO week, or the first of the month. */
function bucketStart(ms: number, period: Period): number {
  const day = ms - (((ms % DAY) + DAY) % DAY);
  if (period === 'day') return day;
  if (period === 'week') return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  const date = new Date(day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextBucket(start: number, period: Period): number {
  if (period === 'day') return start + DAY;
  if (period === 'week') return start + 7 * DAY;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
const mean = (values: number[]) =>
  values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Inbound calls nobody answered, and outbound calls no person answered. */
function isMissed(call: Call): boolean {
  if (call.direction === 'inbound') return call.outcome === 'missed' || call.status === 'no-answer';
  return call.status === 'no-answer' || call.status === 'busy' || call.status === 'voicemail';
}

/** The other party's number: who called in, or who was called. */
const counterpart = (call: Call) => (call.direction === 'inbound' ? call.from : call.to);

function checkPlan(ctx: Core, scope: Scope, agentId: unknown, days: number) {
  if (days <= STARTER_MAX_RANGE_DAYS) return;
  // Another business's agent filters nothing in (its calls are not counted) and so narrows nothing here.
  const agent = typeof agentId === 'string' ? ctx.state.agents.get(agentId) : undefined;
  const narrowed = agent !== undefined && visible(ctx, scope, 'agents', agent);
  const covered = visibleRecords(ctx, scope, 'businesses').filter(
    (b) => !narrowed || b.id === agent.business_id,
  );
  if (covered.some((b) => b.plan !== 'starter')) return;
  throw new MockError(
    'upgrade_required',
    `Analytics ranges longer than ${STARTER_MAX_RANGE_DAYS} days need a plan above Starter (this range is ${Math.ceil(days)} days). Ask for a shorter range, or upgrade.`,
    'from',
  );
}

export const analytics = defineResource({
  operations: {
    getAnalytics({ query, scope }, ctx) {
      const period = (query.period as Period | undefined) ?? 'day';
      const to = typeof query.to === 'string' ? Date.parse(query.to) : ctx.clock.now();
      const from = typeof query.from === 'string' ? Date.parse(query.from) : to - 30 * DAY;
      if (from >= to) {
        throw new MockError(
          'invalid_request',
          `Invalid query parameter: from (${ctx.iso(from)}) must be before to (${ctx.iso(to)}).`,
          'from',
        );
      }
      checkPlan(ctx, scope, query.agent_id, (to - from) / DAY);

      const starts: number[] = [];
      for (let at = bucketStart(from, period); at < to; at = nextBucket(at, period)) {
        starts.push(at);
        if (starts.length > MAX_BUCKETS) {
          throw new MockError(
            'invalid_request',
            `Invalid query parameter: the range holds more than ${MAX_BUCKETS} ${period}s. Use a larger period or a shorter range.`,
            'period',
          );
        }
      }

      // Only the scope's calls count, also as later calls that recover a missed one.
      const all = visibleRecords(ctx, scope, 'calls');
      const calls = all.filter((c) => {
        const at = Date.parse(c.created_at);
        return at >= from && at < to && (query.agent_id === undefined || c.agent_id === query.agent_id);
      });
      const bookedCalls = new Set(calls.filter((c) => c.outcome === 'appointment_booked').map((c) => c.id));
      for (const appointment of ctx.state.appointments.values())
        if (appointment.call_id) bookedCalls.add(appointment.call_id);
      const emergencyCalls = new Set(calls.filter((c) => c.outcome === 'emergency').map((c) => c.id));
      for (const event of ctx.state.events.values()) {
        if (event.type !== 'emergency.detected') continue;
        const callId = (event.data as { call_id?: unknown }).call_id;
        if (typeof callId === 'string') emergencyCalls.add(callId);
      }
      const completedAt = new Map<string, number[]>();
      for (const call of all) {
        if (call.status !== 'completed') continue;
        const list = completedAt.get(counterpart(call)) ?? [];
        list.push(Date.parse(call.created_at));
        completedAt.set(counterpart(call), list);
      }
      const recovered = (call: Call) =>
        (completedAt.get(counterpart(call)) ?? []).some((at) => at > Date.parse(call.created_at));

      const summarize = (group: Call[]) => {
        const missed = group.filter(isMissed);
        return {
          calls: group.length,
          completed: group.filter((c) => c.status === 'completed').length,
          missed: missed.length,
          appointments_booked: group.filter((c) => bookedCalls.has(c.id)).length,
          emergencies: group.filter((c) => emergencyCalls.has(c.id)).length,
          missed_recovered: missed.filter(recovered).length,
          average_duration_seconds: mean(
            group.filter((c) => c.answered_at !== null && c.duration !== null).map((c) => c.duration!),
          ),
        };
      };

      const buckets = new Map<number, Call[]>(starts.map((s) => [s, []]));
      for (const call of calls) buckets.get(bucketStart(Date.parse(call.created_at), period))?.push(call);
      const { average_duration_seconds, ...totals } = summarize(calls);
      return {
        body: {
          period,
          from: ctx.iso(from),
          to: ctx.iso(to),
          totals,
          booking_rate: Math.min(1, ratio(totals.appointments_booked, totals.completed)),
          average_duration_seconds,
          emergency_detection_rate: Math.min(1, ratio(totals.emergencies, totals.completed)),
          missed_call_recovery_rate: ratio(totals.missed_recovered, totals.missed),
          series: starts.map((start) => {
            const { missed_recovered: _, ...bucket } = summarize(buckets.get(start)!);
            return { start: ctx.iso(start), ...bucket };
          }),
        },
      };
    },
  },
});
