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
const mean = (sum: number, count: number) => (count === 0 ? 0 : Math.round((sum / count) * 10) / 10);

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

/** The counts of one bucket (or of the whole range). */
class Tally {
  calls = 0;
  completed = 0;
  missed = 0;
  appointments_booked = 0;
  emergencies = 0;
  missed_recovered = 0;
  durationSum = 0;
  durationCount = 0;

  counts() {
    const { calls, completed, missed, appointments_booked, emergencies } = this;
    return { calls, completed, missed, appointments_booked, emergencies };
  }
}

/**
 * One pass over the scope's calls created since `from`, newest first (the calls index, no copy, no sort):
 * each call in the range is counted in its bucket, and every completed call on the way is remembered by
 * its counterpart, so a missed call knows at once whether a later one to the same number completed.
 */
function summarize(
  ctx: Core,
  scope: Scope,
  agentId: string | undefined,
  from: number,
  to: number,
  starts: number[],
) {
  // Records keep created_at as toISOString writes it, which sorts as time: compare the strings.
  const fromIso = ctx.iso(from);
  const toIso = ctx.iso(to);
  const startsIso = starts.map((start) => ctx.iso(start));
  const booked = new Set<string>();
  for (const appointment of ctx.state.appointments.values())
    if (appointment.call_id) booked.add(appointment.call_id);
  const emergencies = new Set<string>();
  ctx.indexes.events.each({ where: { type: 'emergency.detected' } }, 'asc', (event) => {
    const callId = (event.data as { call_id?: unknown }).call_id;
    if (typeof callId === 'string') emergencies.add(callId);
    return true;
  });
  /** The latest completed call (created_at) per counterpart, among the calls visited so far. */
  const latestCompleted = new Map<string, string>();
  const total = new Tally();
  const buckets = starts.map(() => new Tally());
  let bucket = starts.length - 1;
  // Every agent's calls count as later calls that recover a missed one; the agent filter narrows what is counted.
  ctx.indexes.calls.each(
    { where: { business: scope.businessId ?? undefined }, from: fromIso },
    'desc',
    (call) => {
      if (scope.businessId !== null && !visible(ctx, scope, 'calls', call)) return true;
      const created = call.created_at;
      const completed = call.status === 'completed';
      if (completed && !latestCompleted.has(counterpart(call)))
        latestCompleted.set(counterpart(call), created);
      if (created >= toIso || (agentId !== undefined && call.agent_id !== agentId)) return true;
      while (bucket > 0 && created < startsIso[bucket]!) bucket--;
      const missed = isMissed(call);
      const isBooked = call.outcome === 'appointment_booked' || booked.has(call.id);
      const isEmergency = call.outcome === 'emergency' || emergencies.has(call.id);
      const recovered = missed && (latestCompleted.get(counterpart(call)) ?? '') > created;
      const timed = call.answered_at !== null && call.duration !== null;
      for (const tally of [total, buckets[bucket]!]) {
        tally.calls++;
        if (completed) tally.completed++;
        if (missed) tally.missed++;
        if (isBooked) tally.appointments_booked++;
        if (isEmergency) tally.emergencies++;
        if (recovered) tally.missed_recovered++;
        if (timed) {
          tally.durationSum += call.duration!;
          tally.durationCount++;
        }
      }
      return true;
    },
  );
  return {
    totals: { ...total.counts(), missed_recovered: total.missed_recovered },
    average_duration_seconds: mean(total.durationSum, total.durationCount),
    series: buckets.map((tally, i) => ({
      start: startsIso[i]!,
      ...tally.counts(),
      average_duration_seconds: mean(tally.durationSum, tally.durationCount),
    })),
  };
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

      const body = summarize(ctx, scope, query.agent_id as string | undefined, from, to, starts);
      const { totals, average_duration_seconds } = body;
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
          series: body.series,
        },
      };
    },
  },
});
