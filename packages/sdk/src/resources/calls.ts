// `kai.calls`: the generated operations, plus waiting for a call to finish (src/lib/wait.ts).
import type { RequestOptions } from '../core/types.js';
import type { Call } from '../generated/models.js';
import { type CallCreateParams, Calls as CallOperations } from '../generated/resources/calls.js';
import { type WaitOptions, waitForCall } from '../lib/wait.js';

export type {
  CallCreateParams,
  CallListEventsParams,
  CallListParams,
} from '../generated/resources/calls.js';
export type { WaitOptions } from '../lib/wait.js';

/**
 * Outbound and inbound calls, their outcome, transcript, analysis and timeline.
 * @example
 * const call = await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234' });
 * const done = await kai.calls.wait(call.id, { onEvent: (event) => console.log(event.type) });
 * console.log(done.outcome, done.summary);
 */
export class Calls extends CallOperations {
  /**
   * Waits until the call has ended and, if it was answered, its analysis is complete, then resolves with
   * the final call (status, outcome, summary, transcript), whatever the outcome. It reads the timeline
   * incrementally, so `onEvent` sees each event once and in order; it polls no faster than the server's
   * `X-Poll-Interval-Ms` hint and backs off while the call is quiet. Throws `WaitTimeoutError` (with
   * `lastCall`) after `timeout`, and the signal's reason as soon as `signal` aborts.
   * @example
   * const call = await kai.calls.wait('call_8fK2pQ7vN3', {
   *   timeout: 5 * 60_000,
   *   onEvent: (event) => console.log(event.type, event.data.text ?? ''),
   * });
   * console.log(call.status, call.summary);
   */
  async wait(callId: string, options: WaitOptions = {}): Promise<Call> {
    return waitForCall(this, callId, options, null);
  }

  /**
   * Places a call and waits for it to finish: `create` then `wait`.
   * @example
   * const call = await kai.calls.createAndWait(
   *   { agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234' },
   *   { onEvent: (event) => console.log(event.type) },
   * );
   */
  async createAndWait(
    params: CallCreateParams,
    options: WaitOptions & Pick<RequestOptions, 'idempotencyKey'> = {},
  ): Promise<Call> {
    const created = await this.create(params, {
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
    });
    return waitForCall(this, created.id, options, created);
  }
}
