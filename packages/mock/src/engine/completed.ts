// What `call.completed` promises (the spec's `CompletedCall`): the call ended after a conversation or a
// voicemail and its analysis is in, so none of the fields a live call leaves null is null. Checked where the
// engine emits it, so a step played out of order is an error here, not a null in a customer's handler.
import type { Schemas } from '../core/state.js';

type Call = Schemas['Call'];
type CompletedCall = Schemas['CompletedCall'];

const SET = [
  'duration',
  'transcript',
  'summary',
  'recording_url',
  'sentiment',
  'quality_dimensions',
  'outcome',
  'ended_reason',
  'started_at',
  'answered_at',
  'ended_at',
] as const satisfies readonly (keyof Call)[];

/** `call` as `call.completed` carries it; throws if the call has not completed with its analysis. */
export function asCompleted(call: Call): CompletedCall {
  const missing = SET.filter((field) => call[field] === null);
  if ((call.status !== 'completed' && call.status !== 'voicemail') || missing.length > 0)
    throw new Error(
      `Mock engine bug: call.completed for call ${call.id} (${call.status}) without ${missing.join(', ') || 'a completed status'}.`,
    );
  return call as CompletedCall;
}
