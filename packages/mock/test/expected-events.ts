// What the mock's scenarios emit, as the spec's webhooks describe them: one list per scenario, shared by the
// tests that check it in-process and over HTTP.

/** The events of a call to `+15005550100` (answered, booked, confirmed by SMS), in the order they happen. */
export const BOOKED_CALL_EVENTS = [
  'call.queued',
  'call.started',
  'call.answered',
  'call.ended',
  'transcript.ready',
  'analysis.complete',
  'call.completed',
  'appointment.booked',
  'sms.sent',
  'sms.delivered',
] as const;
