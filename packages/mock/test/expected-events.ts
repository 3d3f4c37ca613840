// What the mock's scenarios emit, as the spec's webhooks describe them: one list per scenario, shared by the
// tests that check it in-process and over HTTP.

/** The events of an answered call through its analysis: where every answered scenario's webhooks begin. */
export const ANSWERED_CALL_EVENTS = [
  'call.queued',
  'call.started',
  'call.answered',
  'call.ended',
  'transcript.ready',
  'analysis.complete',
  'call.completed',
] as const;

/** The webhook events of a call that was never answered (no answer, busy, failed). */
export const UNANSWERED_CALL_EVENTS = ['call.queued', 'call.started', 'call.ended', 'call.failed'] as const;

/** The events of a call to `+15005550100` (answered, booked, confirmed by SMS), in the order they happen. */
export const BOOKED_CALL_EVENTS = [
  ...ANSWERED_CALL_EVENTS,
  'appointment.booked',
  'sms.sent',
  'sms.delivered',
] as const;
