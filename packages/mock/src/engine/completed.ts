// What `call.completed` promises (the spec's `CompletedCall`): the call ended after a conversation or a
// voicemail and its analysis is in, so none of the fields a live call leaves null is null. Checked where the
// engine emits it, so a step played out of order is an error here, not a null in a customer's handler.
import { COMPLETED_CALL_FIELDS } from '@kaicalls/contract/facts';
import type { Schemas } from '../core/state.js';

type Call = Schemas['Call'];
type CompletedCall = Schemas['CompletedCall'];

// From the spec's `CompletedCall` (generated): the fields it requires set.
const SET = COMPLETED_CALL_FIELDS satisfies readonly (keyof Call)[];

/** `call` as `call.completed` carries it; throws if the call has not completed with its analysis. */
export function asCompleted(call: Call): CompletedCall {
  const missing = SET.filter((field) => call[field] === null);
  if ((call.status !== 'completed' && call.status !== 'voicemail') || missing.length > 0)
    throw new Error(
      `Mock engine bug: call.completed for call ${call.id} (${call.status}) without ${missing.join(', ') || 'a completed status'}.`,
    );
  return call as CompletedCall;
}
