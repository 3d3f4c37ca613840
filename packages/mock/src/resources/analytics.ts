// Analytics, computed on every request from the calls and appointments in the state, so they move as the
// voice loop runs.
//
// Plan rule (402 upgrade_required): a range longer than 90 days needs a plan above `starter`. The plan that
// counts is that of the businesses the request covers: the key's business when the key is bound to one,
// else the business of the `agent_id` filter, else every business of the account. The request is allowed
// when any covered business has a larger plan. With the fixtures, the test key (all businesses, Smith Law
// is `professional`) may ask for any range; a key bound to Acme Plumbing (`starter`) gets 402.
import { Tally } from '../core/call-tallies.js';
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Scope } from '../http/scope.js';
import type { Runtime } from '../runtime.js';
import { visible, visibleRecords } from './owners.js';
import { defineResource } from './resource.js';

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

/**
 * The counts of every bucket from the runtime's tallies (../core/call-tallies.ts): whole days, hours and
 * minutes, and the calls of the partial minutes at the ends, whatever the number of calls stored.
 */
function summarize(
  rt: Runtime,
  scope: Scope,
  agentId: string | undefined,
  from: number,
  to: number,
  starts: number[],
) {
  const keep = (group: { business: string; agent: string }) =>
    (scope.businessId === null || group.business === scope.businessId) &&
    (agentId === undefined || group.agent === agentId);
  // A bound key sees its own business's calls only, also as the later calls that recover a missed one.
  const recovered = (tally: Tally) => (scope.businessId === null ? tally.recoveredAny : tally.recoveredOwn);
  const total = new Tally();
  const series = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : to;
    const tally = rt.tallies.sum(Math.max(start, from), Math.min(end, to), keep);
    total.merge(tally);
    return {
      start: rt.iso(start),
      calls: tally.calls,
      completed: tally.completed,
      missed: tally.missed,
      appointments_booked: tally.appointments_booked,
      emergencies: tally.emergencies,
      average_duration_seconds: mean(tally.durationSum, tally.durationCount),
    };
  });
  return {
    totals: {
      calls: total.calls,
      completed: total.completed,
      missed: total.missed,
      appointments_booked: total.appointments_booked,
      emergencies: total.emergencies,
      missed_recovered: recovered(total),
    },
    average_duration_seconds: mean(total.durationSum, total.durationCount),
    series,
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
