// A small customer app: call a new lead, then act on how the call went. It is webhook-driven, as a real app
// is: `callLead` places the call, and `followUp` runs when the call has ended (on `analysis.complete` or
// `call.completed`), reading what it needs from the API.
import { type Appointment, BadRequestError, type Call, type KaiCalls, type SmsMessage } from 'kaicalls';

export interface Lead {
  name: string;
  phone: string;
}

export type CallResult = { placed: true; callId: string } | { placed: false; reason: string };

/** What the app decided after the call. */
export type FollowUp =
  /** The agent booked a visit; `confirmation` is the SMS sent to the customer, if any. */
  | { action: 'booked'; appointment: Appointment; confirmation: SmsMessage | null; confirmByHand: boolean }
  /** The caller described an emergency: page the on-call technician now. */
  | { action: 'page-on-call'; summary: string }
  /** Nobody picked up (or a voicemail, busy, failed): try again later. */
  | { action: 'retry-later'; status: Call['status'] }
  /** The text the agent sent after the call failed: a person should call back. */
  | { action: 'call-back'; summary: string; error: string }
  /** A conversation without a booking: nothing to do but log it. */
  | { action: 'log'; summary: string }
  /** The call is still going: the app was called too early. */
  | { action: 'wait' };

/**
 * Places the call. A number the API refuses is the lead's problem, not an outage: it is reported, not thrown.
 *
 * @example
 * const result = await callLead(kai, 'agt_4Vd9kQ2mXp', { name: 'Jordan Lee', phone: '+15125551234' });
 */
export async function callLead(kai: KaiCalls, agentId: string, lead: Lead): Promise<CallResult> {
  try {
    const call = await kai.calls.create({
      agentId,
      to: lead.phone,
      name: lead.name,
      context: 'New lead from the website: offer a free on-site estimate.',
    });
    return { placed: true, callId: call.id };
  } catch (error) {
    if (error instanceof BadRequestError && error.param === 'to')
      return { placed: false, reason: error.message };
    throw error;
  }
}

/**
 * Decides what to do once the call is over.
 *
 * @example
 * app.post('/webhooks', ..., async (req, res) => { if (event.type === 'analysis.complete') await followUp(kai, event.data.callId) })
 */
export async function followUp(kai: KaiCalls, callId: string): Promise<FollowUp> {
  const call = await kai.calls.get(callId);
  if (call.endedAt === null || (call.answeredAt !== null && call.summary === null)) return { action: 'wait' };
  if (call.status !== 'completed') return { action: 'retry-later', status: call.status };

  if (call.outcome === 'emergency') return { action: 'page-on-call', summary: call.summary ?? '' };

  // The agent texts after some calls (a booking's confirmation, the information asked for). The SMS
  // evidence says whether it reached the customer.
  const { data: texts } = await kai.smsMessages.list({ callId });
  const text = texts.find((sms) => sms.direction === 'outbound') ?? null;

  if (call.outcome === 'appointment_booked') {
    // The timeline says which appointment the call booked.
    for await (const event of kai.calls.listEvents(callId)) {
      if (event.type !== 'appointment.booked' || !event.data.appointmentId) continue;
      const appointment = await kai.appointments.get(event.data.appointmentId);
      // A text still on its way is fine; one that failed (or was never sent) needs a person.
      return {
        action: 'booked',
        appointment,
        confirmation: text,
        confirmByHand: text === null || text.status === 'failed',
      };
    }
  }
  if (text?.status === 'failed')
    return { action: 'call-back', summary: call.summary ?? '', error: text.error ?? 'unknown' };
  return { action: 'log', summary: call.summary ?? '' };
}
