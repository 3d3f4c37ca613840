// Account: the businesses behind the keys, their balance, and the usage log.
import type { Core } from '../core/context.js';
import { listPage, visibleRecords } from './owners.js';
import { defineResource } from './resource.js';

/** Fixture businesses: the first is where calls placed without a business land. */
const BUSINESSES = [
  { name: 'Smith Law', phone: '+15125550142', plan: 'professional', minutes_included: 1000 },
  { name: 'Acme Plumbing', phone: '+17375550188', plan: 'starter', minutes_included: 300 },
] as const;

export function defaultBusiness(ctx: Core) {
  return ctx.state.businesses.values().next().value!;
}

export const account = defineResource({
  seed(ctx) {
    for (const business of BUSINESSES) {
      const id = ctx.id('biz');
      ctx.state.businesses.set(id, {
        id,
        ...business,
        subscription_status: 'active',
        seconds_used: ctx.random.int(100, 400) * 60,
      });
    }
  },
  operations: {
    getBalance({ scope }, ctx) {
      const numbers = visibleRecords(ctx, scope, 'numbers');
      return {
        body: {
          businesses: visibleRecords(ctx, scope, 'businesses').map((b) => ({
            business_id: b.id,
            business_name: b.name,
            plan: b.plan,
            minutes_used: Math.round((b.seconds_used / 60) * 100) / 100,
            minutes_included: b.minutes_included,
            phone_numbers: numbers.filter((n) => n.business_id === b.id).length,
            subscription_status: b.subscription_status,
          })),
        },
      };
    },
    listUsage({ query, scope }, ctx) {
      const start = typeof query.start === 'string' ? Date.parse(query.start) : -Infinity;
      const end = typeof query.end === 'string' ? Date.parse(query.end) : Infinity;
      const keep = (u: { created_at: string }) => {
        const at = Date.parse(u.created_at);
        return at >= start && at < end;
      };
      const range = {
        from: Number.isFinite(start) ? new Date(start).toISOString() : undefined,
        to: Number.isFinite(end) ? new Date(end).toISOString() : undefined,
      };
      return { body: listPage(ctx, scope, 'usage', query, range, { keep }) };
    },
  },
});
