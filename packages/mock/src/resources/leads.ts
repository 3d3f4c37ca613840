// Leads: the CRM context that enriches calls. Thirty fixtures across the fixture businesses, the same for
// every seed's data shape (names, phones) and seeded for the rest (scores, dates), so docs examples such as
// John Smith at +15125559876 always exist.
import type { Schemas } from '../core/state.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type Lead = Schemas['Lead'];
type LeadStatus = Schemas['LeadStatus'];

/** [name, phone, business index (0 Smith Law, 1 Acme Plumbing), status, source] */
const LEADS: ReadonlyArray<readonly [string, string, 0 | 1, LeadStatus, string]> = [
  ['John Smith', '+15125559876', 0, 'qualified', 'web form'],
  ['Maria Garcia', '+15125550199', 0, 'contacted', 'referral'],
  ['David Chen', '+15125550111', 0, 'booked', 'google ads'],
  ['Emily Johnson', '+15125550112', 0, 'new', 'web form'],
  ['Michael Brown', '+15125550113', 0, 'won', 'referral'],
  ['Sarah Davis', '+15125550114', 0, 'lost', 'web form'],
  ['James Wilson', '+15125550115', 0, 'qualified', 'inbound call'],
  ['Jessica Martinez', '+15125550116', 0, 'contacted', 'facebook'],
  ['Robert Taylor', '+15125550117', 0, 'new', 'inbound call'],
  ['Ashley Anderson', '+15125550118', 0, 'booked', 'web form'],
  ['Daniel Thomas', '+15125550119', 0, 'qualified', 'google ads'],
  ['Jennifer Moore', '+15125550120', 0, 'new', 'referral'],
  ['Christopher Lee', '+15125550121', 0, 'contacted', 'web form'],
  ['Amanda White', '+15125550122', 0, 'won', 'inbound call'],
  ['Matthew Harris', '+15125550123', 0, 'new', 'yelp'],
  ['Laura Clark', '+15125550124', 0, 'lost', 'google ads'],
  ['Kevin Lewis', '+15125550125', 0, 'qualified', 'referral'],
  ['Rachel Walker', '+15125550126', 0, 'contacted', 'web form'],
  ['Tom Becker', '+17375550130', 1, 'new', 'inbound call'],
  ['Linda Nguyen', '+17375550131', 1, 'booked', 'google ads'],
  ['Carlos Ramirez', '+17375550132', 1, 'qualified', 'yelp'],
  ['Patricia Young', '+17375550133', 1, 'won', 'referral'],
  ['Brian King', '+17375550134', 1, 'contacted', 'inbound call'],
  ['Nancy Wright', '+17375550135', 1, 'new', 'web form'],
  ['Steven Lopez', '+17375550136', 1, 'lost', 'facebook'],
  ['Karen Hill', '+17375550137', 1, 'qualified', 'inbound call'],
  ['Jason Scott', '+17375550138', 1, 'new', 'google ads'],
  ['Megan Green', '+17375550139', 1, 'contacted', 'yelp'],
  ['Eric Adams', '+17375550140', 1, 'booked', 'referral'],
  ['Olivia Baker', '+17375550141', 1, 'new', 'web form'],
];

/** Rough score ranges by pipeline stage: a booked or won lead scored high, a lost one low. */
const SCORES: Record<LeadStatus, [number, number]> = {
  new: [20, 60],
  contacted: [35, 70],
  qualified: [65, 90],
  booked: [75, 95],
  won: [80, 99],
  lost: [5, 35],
};

const email = (name: string) => `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`;

export const leads = defineResource({
  seed(ctx) {
    const businesses = [...ctx.state.businesses.keys()];
    const now = ctx.clock.now();
    LEADS.forEach(([name, phone, business, status, source], i) => {
      const businessId = businesses[business] ?? businesses[0]!;
      const [low, high] = SCORES[status];
      const created = now - ctx.random.int(3, 80) * 86_400_000 - ctx.random.int(0, 86_399) * 1000;
      const touched = status === 'new' ? 0 : ctx.random.int(1, 6);
      const last =
        touched === 0 ? null : Math.min(now - 3_600_000, created + ctx.random.int(1, 20) * 86_400_000);
      const lead: Lead = {
        id: ctx.id('lead'),
        business_id: businessId,
        name,
        phone,
        // One in five leads left no email, as web forms and calls often do.
        email: i % 5 === 4 ? null : email(name),
        score: ctx.random.int(low, high),
        status,
        source,
        interaction_count: touched,
        first_contact_at: ctx.iso(created),
        last_contact_at: last === null ? null : ctx.iso(last),
        created_at: ctx.iso(created),
      };
      ctx.state.leads.set(lead.id, lead);
    });
  },
  operations: {
    listLeads({ query, scope }, ctx) {
      const minScore = typeof query.min_score === 'number' ? query.min_score : 0;
      const keep = (l: Schemas['Lead']) =>
        (query.status === undefined || l.status === query.status) &&
        (query.phone === undefined || l.phone === query.phone) &&
        l.score >= minScore;
      const where = { status: query.status as string | undefined, phone: query.phone as string | undefined };
      return { body: listPage(ctx, scope, 'leads', query, { where }, { keep }) };
    },
    getLead({ params, scope }, ctx) {
      return { body: find(ctx, scope, 'leads', params.lead_id!, 'lead_id') };
    },
  },
});
