// `kai.calls`: the generated operations, plus waiting for a call to finish (src/lib/wait.ts, where both
// `wait` and `createAndWait` are implemented).
import type { RequestOptions } from '../core/types.js';
import type { Call } from '../generated/models.js';
import { type CallCreateParams, Calls as CallOperations } from '../generated/resources/calls.js';
import { Events } from '../generated/resources/events.js';
import { CallWatch } from '../lib/call-watch.js';
import { createAndWaitForCall, type WaitContext, type WaitOptions, waitForCall } from '../lib/wait.js';

export type {
  CallCreateParams,
  CallListEventsParams,
  CallListParams,
  CallStreamParams,
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
  #context: WaitContext | undefined;

  /** The client's waits share one stream of the account's terminal events (src/lib/call-watch.ts). */
  get #wait(): WaitContext {
    const log = this._transport.config.log;
    this.#context ??= {
      calls: this,
      watch: new CallWatch(this, new Events(this._transport), log),
      log,
    };
    return this.#context;
  }

  /**
   * Waits until the call has ended and, if it was answered, its analysis is complete, then resolves with
   * the final call (status, outcome, summary, transcript), whatever the outcome. It follows the call over
   * streams: without `onEvent`, every wait of the client shares one stream of the account's terminal events
   * (a thousand waits cost a few requests); with `onEvent`, it reads the call's own timeline stream (one
   * request), so `onEvent` sees each event once, in order, as it happens. Against a server that does not
   * stream it polls the timeline (as `follow: 'poll'` does), no faster than the server's
   * `X-Poll-Interval-Ms` hint, and says so once at `info` level. Throws `WaitTimeoutError` (with
   * `lastCall`) after `timeout`, and `APIUserAbortError` (its `cause` the signal's reason) as soon as `signal` aborts.
   * @example
   * const call = await kai.calls.wait('call_8fK2pQ7vN3', {
   *   timeout: 5 * 60_000,
   *   onEvent: (event) => console.log(event.type, event.data.text ?? ''),
   * });
   * console.log(call.status, call.summary);
   */
  async wait(callId: string, options: WaitOptions = {}): Promise<Call> {
    return waitForCall(this.#wait, callId, options, null);
  }

  /**
   * Places a call and waits for it to finish: `create` then `wait`. Without `onEvent`, the shared stream of
   * terminal events is opened first, so that the call's end cannot come before the stream is listening.
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
    return createAndWaitForCall(
      this.#wait,
      (signal) => this.create(params, { signal, idempotencyKey: options.idempotencyKey }),
      options,
    );
  }
}
