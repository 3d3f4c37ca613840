// A small customer app: call a customer the day before their appointment, then say what happened.
import { BadRequestError, isKaiCallsError, type KaiCalls } from 'kaicalls';

export type Placed =
  | { placed: true; callId: string }
  | { placed: false; field: string | null; message: string };

export type Outcome =
  | { outcome: 'reached'; summary: string | null }
  | { outcome: 'voicemail' }
  | { outcome: 'try-again'; status: string }
  | { outcome: 'in-progress' };

/** Places the reminder call; a number the API refuses is reported, not thrown. */
export async function remind(
  kai: KaiCalls,
  agentId: string,
  customer: { name: string; phone: string; appointment: string },
): Promise<Placed> {
  const call = await kai.calls
    .create({
      agentId,
      to: customer.phone,
      name: customer.name,
      context: `Remind ${customer.name} of their appointment on ${customer.appointment}.`,
    })
    // An APIPromise rejects with `unknown` (an abort reason passes through as it is): narrow it.
    .catch((error: unknown) => {
      if (isKaiCallsError(error, BadRequestError)) return error;
      throw error;
    });
  if (call instanceof BadRequestError) return { placed: false, field: call.param, message: call.message };
  return { placed: true, callId: call.id };
}

/** What the reminder call came to (run from the call.completed / call.failed webhook in production). */
export async function outcome(kai: KaiCalls, callId: string): Promise<Outcome> {
  const call = await kai.calls.get(callId);
  if (call.status === 'completed') return { outcome: 'reached', summary: call.summary };
  if (call.status === 'voicemail') return { outcome: 'voicemail' };
  if (call.status === 'queued' || call.status === 'ringing' || call.status === 'in-progress')
    return { outcome: 'in-progress' };
  return { outcome: 'try-again', status: call.status };
}
