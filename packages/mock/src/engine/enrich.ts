// Enrichment: a call with a lead (by `lead_id`, or because `to` is a lead's phone) gives the agent the
// lead's CRM context as `variables`, and every call gets the business's. The lead is touched when the call
// ends, as the real platform does.
import type { Core } from '../core/context.js';
import type { Business, Schemas } from '../core/state.js';
import { isoOf } from './time.js';

type Lead = Schemas['Lead'];
const DAY_MS = 86_400_000;

/** The lead whose phone is `phone` in this business (or any business when none matches there). */
export function leadByPhone(ctx: Core, phone: string, businessId: string): Lead | undefined {
  let other: Lead | undefined;
  for (const lead of ctx.state.leads.values()) {
    if (lead.phone !== phone) continue;
    if (lead.business_id === businessId) return lead;
    other ??= lead;
  }
  return other;
}

// Calls are placed for US businesses: say "morning" when it is morning on the East Coast.
const hourFormat = new Intl.DateTimeFormat('en-US', {
  hour: 'numeric',
  hourCycle: 'h23',
  timeZone: 'America/New_York',
});
const timeOfDayCache = new Map<number, string>();
export function timeOfDay(at: number): string {
  const hourBucket = Math.floor(at / 3_600_000);
  let value = timeOfDayCache.get(hourBucket);
  if (value === undefined) {
    const hour = Number(hourFormat.format(at));
    value = hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
    if (timeOfDayCache.size > 10_000) timeOfDayCache.clear();
    timeOfDayCache.set(hourBucket, value);
  }
  return value;
}

/**
 * The template variables an agent receives for a call.
 * @example enrichVariables(lead, business, 'John Smith', ctx.clock.now())
 */
export function enrichVariables(
  lead: Lead | undefined,
  business: Business | undefined,
  name: string | null,
  at: number,
): Schemas['CallVariables'] {
  const variables: Schemas['CallVariables'] = {};
  const fullName = name ?? lead?.name ?? null;
  if (fullName) variables.name = fullName.split(/\s+/)[0]!;
  if (lead) {
    variables.lead_score = lead.score;
    variables.lead_status = lead.status;
    variables.interaction_count = lead.interaction_count;
    variables.days_since_first_contact = Math.max(
      0,
      Math.floor((at - Date.parse(lead.first_contact_at)) / DAY_MS),
    );
    variables.lead_source = lead.source;
  }
  if (business) {
    variables.business_name = business.name;
    variables.business_phone = business.phone;
  }
  variables.time_of_day = timeOfDay(at);
  return variables;
}

/** A call with the lead ended: one more interaction, and the last contact is now. */
export function touchLead(ctx: Core, leadId: string | null, at: number) {
  if (!leadId) return;
  const lead = ctx.state.leads.get(leadId);
  if (!lead) return;
  lead.interaction_count += 1;
  lead.last_contact_at = isoOf(at);
  ctx.state.leads.touch(lead.id);
}

/** An appointment was booked with the lead: it moves to `booked` unless it is further along. */
export function markBooked(ctx: Core, leadId: string | null) {
  const lead = leadId ? ctx.state.leads.get(leadId) : undefined;
  if (lead && (lead.status === 'new' || lead.status === 'contacted' || lead.status === 'qualified')) {
    lead.status = 'booked';
    ctx.state.leads.touch(lead.id);
  }
}
