// What a communication run would do, computed without side effects: its problems (validate) and when each
// contact would be called (preview), on the mock's clock, honouring the timezone, the call window and the
// concurrency limit.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { REJECTED_NUMBER } from './outcomes.js';
import { isValidTimeZone, nextWindowStart, windowProblem } from './window.js';

type RunCreate = Schemas['RunCreate'];
type Problem = Schemas['RunProblem'];

export const DEFAULT_TIMEZONE = 'America/New_York';
/** What a preview assumes a call takes (dialing, conversation, wrap-up), and costs. */
export const ESTIMATED_CALL_MINUTES = 3;
export const CENTS_PER_MINUTE = 5;
const PREVIEW_CALLS = 20;

/**
 * Every problem of a run definition: errors prevent creating it, warnings deserve a look.
 * @param reaches whether the request may use a record of this business: an agent or lead it may not is
 *   reported as not found, like one that does not exist.
 * @example validateRunDefinition(ctx, { name: 'Outreach', agent_id, contacts: [{ to: '+15125559876' }] })
 */
export function validateRunDefinition(
  ctx: Core,
  run: RunCreate,
  reaches: (businessId: string) => boolean = () => true,
): Schemas['RunValidation'] {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const found = ctx.state.agents.get(run.agent_id);
  const agent = found && reaches(found.business_id) ? found : undefined;
  if (!agent)
    errors.push({ field: 'agent_id', code: 'not_found', message: `No agent with id ${run.agent_id}.` });
  else if (!agent.is_active)
    errors.push({
      field: 'agent_id',
      code: 'invalid',
      message: `Agent ${agent.id} is inactive; activate it first.`,
    });
  const timezone = run.timezone ?? DEFAULT_TIMEZONE;
  if (!isValidTimeZone(timezone))
    errors.push({
      field: 'timezone',
      code: 'invalid',
      message: `${timezone} is not an IANA timezone (for example America/Chicago or Europe/Berlin).`,
    });
  const windowIssue = windowProblem(run.call_window);
  if (windowIssue) errors.push({ field: 'call_window', code: 'invalid', message: windowIssue });
  const seen = new Map<string, number>();
  run.contacts.forEach((contact, i) => {
    if (contact.to === REJECTED_NUMBER)
      errors.push({
        field: `contacts[${i}].to`,
        code: 'invalid',
        message: `${contact.to} cannot be called.`,
      });
    const lead = contact.lead_id === undefined ? undefined : ctx.state.leads.get(contact.lead_id);
    if (contact.lead_id !== undefined && !(lead && reaches(lead.business_id)))
      errors.push({
        field: `contacts[${i}].lead_id`,
        code: 'not_found',
        message: `No lead with id ${contact.lead_id}.`,
      });
    const first = seen.get(contact.to);
    if (first === undefined) seen.set(contact.to, i);
    else
      warnings.push({
        field: `contacts[${i}].to`,
        code: 'duplicate',
        message: `${contact.to} is also contacts[${first}]: it would be called twice.`,
      });
  });
  if (errors.length === 0 && run.call_window) {
    const start = startOf(ctx, run);
    const opening = nextWindowStart(start, timezone, run.call_window);
    if (opening > start)
      warnings.push({
        field: 'call_window',
        code: 'outside_window',
        message: `The call window is closed at the start time; the first call would start at ${ctx.iso(opening)}.`,
      });
  }
  return { valid: errors.length === 0, contact_count: run.contacts.length, errors, warnings };
}

/** When a run starts: its `schedule.start_at`, or now. */
export function startOf(ctx: Core, run: Pick<RunCreate, 'schedule'>): number {
  const now = ctx.clock.now();
  const at = run.schedule?.start_at ? Date.parse(run.schedule.start_at) : now;
  return Math.max(now, at);
}

/**
 * When each contact would be called, if every call took the estimated time.
 * @example previewRunDefinition(ctx, run).first_call_at
 */
export function previewRunDefinition(ctx: Core, run: RunCreate): Schemas['RunPreview'] {
  const timezone = run.timezone ?? DEFAULT_TIMEZONE;
  const callMs = ESTIMATED_CALL_MINUTES * 60_000;
  const slots = new Array<number>(run.max_concurrent_calls ?? 1).fill(startOf(ctx, run));
  const calls: Schemas['RunPreviewCall'][] = [];
  let first: number | null = null;
  let last: number | null = null;
  for (const contact of run.contacts) {
    let slot = 0;
    for (let i = 1; i < slots.length; i++) if (slots[i]! < slots[slot]!) slot = i;
    const at = nextWindowStart(slots[slot]!, timezone, run.call_window);
    slots[slot] = at + callMs;
    first ??= at;
    last = last === null ? at : Math.max(last, at);
    if (calls.length < PREVIEW_CALLS)
      calls.push({ to: contact.to, name: contact.name ?? null, scheduled_at: ctx.iso(at) });
  }
  const minutes = first === null || last === null ? 0 : (last - first) / 60_000 + ESTIMATED_CALL_MINUTES;
  return {
    contact_count: run.contacts.length,
    first_call_at: first === null ? null : ctx.iso(first),
    last_call_at: last === null ? null : ctx.iso(last),
    estimated_duration_minutes: Math.round(minutes * 10) / 10,
    estimated_cost_cents: run.contacts.length * ESTIMATED_CALL_MINUTES * CENTS_PER_MINUTE,
    calls,
  };
}
