// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/** Every webhook event type (the spec's EventType enum), in spec order. */
export const eventTypes = ["call.queued","call.started","call.answered","call.ended","call.completed","call.failed","call.missed","voicemail.received","transcript.ready","analysis.complete","appointment.booked","emergency.detected","sms.sent","sms.delivered","sms.failed","run.started","run.paused","run.resumed","run.completed","run.canceled","webhook.test"] as const;
export type EventType = (typeof eventTypes)[number];

/** Every call status (CallStatus), in the order a call moves through them. */
export const callStatuses = ["queued","ringing","in-progress","completed","voicemail","failed","no-answer","busy","canceled"] as const;
export type CallStatus = (typeof callStatuses)[number];

/** The steps of a call's timeline (CallTimelineEventType). */
export const timelineEventTypes = ["call.queued","call.dialing","call.ringing","call.answered","transcript.turn","voicemail.left","call.ended","transcript.ready","analysis.complete","appointment.booked","emergency.detected","sms.sent","sms.delivered","sms.failed"] as const;
export type TimelineEventType = (typeof timelineEventTypes)[number];

/** Every API key scope (Scope). */
export const scopes = ["*","agents:read","agents:write","numbers:read","calls:read","calls:write","leads:read","appointments:read","appointments:write","analytics:read","keys:read","keys:write","account:read","runs:read","runs:write","webhooks:read","webhooks:write","events:read","events:write","evidence:read"] as const;
