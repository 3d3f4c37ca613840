// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Stream, StreamOptions } from '../../core/stream.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { Call, CallTimelineEvent, StreamEnd } from '../models.js';

/** The query parameters of `kai.calls.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type CallListParams = Query<'listCalls'>;
/** The body of `kai.calls.create`, camelCase. */
export type CallCreateParams = Body<'createCall'>;
/** The query parameters of `kai.calls.listEvents`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type CallListEventsParams = Query<'listCallEvents'>;
/** The query parameters of `kai.calls.stream`, camelCase. */
export type CallStreamParams = Query<'streamCallEvents'>;

/**
 * Outbound and inbound calls, their outcome, transcript, analysis and timeline.
 * @example
 * const call = await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125551234' });
 * const done = await kai.calls.wait(call.id, { onEvent: (event) => console.log(event.type) });
 * console.log(done.outcome, done.summary);
 */
export class Calls extends APIResource {
  /**
   * List calls.
   *
   * Returns calls across your businesses, most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const call of kai.calls.list({ status: 'completed', createdAfter: '2026-02-01T00:00:00Z' })) {
   *   console.log(call.id, call.outcome);
   * }
   */
  list(params?: CallListParams, options?: RequestOptions): PagePromise<Call> { return this._transport.list('listCalls', [], params, options); }

  /**
   * Place an outbound call.
   *
   * Places an outbound call with an AI agent. The call starts `queued` and moves through `ringing` and
   * `in-progress` to one terminal status: `completed`, `voicemail`, `failed`, `no-answer`, `busy` or
   * `canceled`. Follow it with `GET /v1/calls/{call_id}/events` (or `calls.wait` in the SDKs) or
   * webhooks.
   *
   * When you pass a `lead_id`, or `to` matches a lead's phone, the agent is given the lead's context
   * (`variables` on the call). Test numbers (`+1500555…`) behave deterministically: see the table in
   * the introduction. Rate limit: 60 creates a minute per key.
   *
   * Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the
   * request's retries, so a retried create takes effect once.
   * @example
   * const call = await kai.calls.create({
   *   agentId: 'agt_4Vd9kQ2mXp',
   *   to: '+15125551234',
   *   name: 'John Smith',
   *   context: 'Following up on the consultation request',
   *   metadata: { crm_ticket: 'T-4821' },
   * });
   */
  create(params: CallCreateParams, options?: RequestOptions): APIPromise<Call> { return this._transport.request('createCall', [], params, options); }

  /**
   * Get a call.
   *
   * Returns a call with its status and, once it has ended, its duration, transcript, summary, sentiment,
   * quality scores, outcome and recording. While the call is live the response carries `X-Poll-Interval-Ms`,
   * the interval a poller should wait.
   * @example
   * const call = await kai.calls.get('call_8fK2pQ7vN3');
   */
  get(callId: string, options?: RequestOptions): APIPromise<Call> { return this._transport.request('getCall', [callId], undefined, options); }

  /**
   * Cancel a call.
   *
   * Cancels a call that is still `queued` or `ringing`; it ends as `canceled`. A call that was answered or
   * has ended cannot be canceled (409 `conflict`).
   * @example
   * const call = await kai.calls.cancel('call_8fK2pQ7vN3');
   * console.log(call.status); // 'canceled'
   */
  cancel(callId: string, options?: RequestOptions): APIPromise<Call> { return this._transport.request('cancelCall', [callId], undefined, options); }

  /**
   * List a call's timeline.
   *
   * Returns the call's timeline in order: `call.queued`, `call.dialing`, `call.ringing`, `call.answered`,
   * `transcript.turn`…, `call.ended` (exactly one, with the terminal status), then `transcript.ready` and
   * `analysis.complete` for answered calls, and what follows from the outcome (`appointment.booked`,
   * `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`). Pass `after_sequence` with the last
   * sequence you saw to read only what is new. While the call is live the response carries
   * `X-Poll-Interval-Ms`.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * const { data: events } = await kai.calls.listEvents('call_8fK2pQ7vN3', { afterSequence: 4 });
   */
  listEvents(callId: string, params?: CallListEventsParams, options?: RequestOptions): PagePromise<CallTimelineEvent> { return this._transport.list('listCallEvents', [callId], params, options); }

  /**
   * Stream a call's timeline.
   *
   * The call's timeline as Server-Sent Events (`text/event-stream`), as it happens: the same records as
   * `GET /v1/calls/{call_id}/events`, oldest first. The stream opens with a `ready` event
   * (`StreamReady`), sends each timeline event as an SSE event named by its `type` whose `id` is its
   * `sequence`, and a heartbeat comment (`: heartbeat`) every 15 seconds while nothing else is sent. After
   * the call's last event it sends an `end` event carrying the final call (`StreamEnd`) and closes; a
   * finished call's stream sends its whole timeline, then `end`. To resume after a dropped connection,
   * reconnect with `Last-Event-ID` (or `after_sequence`) set to the last sequence received: nothing is
   * skipped or repeated; when both are sent, `Last-Event-ID` wins (an EventSource keeps resending the URL
   * it was opened with). Errors before the stream opens (401, 403, 404, 429) are JSON, as for every
   * operation; the stream counts as one request against the rate limit.
   *
   * Iterate it with `for await`: the connection opens when the loop starts and closes on `break`,
   * `close()` or `options.signal`. A dropped connection is reopened with `Last-Event-ID` (after the
   * server's `retry`, with backoff, at most `maxRetries` failures in a row), so each item comes once and
   * in order; `options.timeout` bounds each open (until `ready`), not the stream.
   * The loop ends after the last item; `result()` then gives the `end` event (the final call).
   * @example
   * for await (const event of kai.calls.stream('call_8fK2pQ7vN3')) console.log(event.sequence, event.type);
   */
  stream(callId: string, params?: CallStreamParams, options?: StreamOptions): Stream<CallTimelineEvent, StreamEnd> { return this._transport.stream('streamCallEvents', [callId], params, options); }
}
