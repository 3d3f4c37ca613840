// A few past calls, seeded with the rest of the fixtures so that lists, analytics and evidence have history
// from the start: a booking, a no-answer, a voicemail and an emergency, each with its whole timeline.
import type { Core } from '../core/context.js';
import type { Engine } from './engine.js';
import { MAGIC_NUMBERS } from './outcomes.js';

const HOUR = 3_600_000;
/** [magic number whose plan the call follows, hours before the clock's start, context] */
const PAST_CALLS = [
  ['+15005550100', 72, 'Following up on a car accident case from the web form.'],
  ['+15005550101', 50, 'Second attempt: consultation reminder.'],
  ['+15005550104', 26, 'New inquiry about a lease dispute.'],
  ['+15005550106', 5, null],
] as const;
/** Used when no lead fixtures exist (the leads resource seeds before calls when present). */
const FALLBACK_PHONES = ['+15125550160', '+15125550161', '+15125550162', '+15125550163'];

export function seedPastCalls(ctx: Core, engine: Engine) {
  const agent = [...ctx.state.agents.values()].find((a) => a.is_active);
  if (!agent) return;
  const leads = [...ctx.state.leads.values()].filter((l) => l.business_id === agent.business_id);
  PAST_CALLS.forEach(([magic, hoursAgo, context], i) => {
    const lead = leads[i];
    engine.place(
      {
        agent,
        contact: lead?.phone ?? FALLBACK_PHONES[i]!,
        leadId: lead?.id ?? null,
        context,
        plan: MAGIC_NUMBERS[magic]!,
      },
      { at: ctx.clock.now() - hoursAgo * HOUR, past: true },
    );
  });
}
