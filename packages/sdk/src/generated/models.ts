// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { components } from '@kaicalls/contract/api';

type Schemas = components['schemas'];

/**
 * An agent's id.
 * @example
 * ```ts
 * const example: AgentId = "agt_4Vd9kQ2mXp";
 * ```
 */
export type AgentId = Schemas['AgentId'];
/**
 * A business's id.
 * @example
 * ```ts
 * const example: BusinessId = "biz_7Tn3wR8cLs";
 * ```
 */
export type BusinessId = Schemas['BusinessId'];
/**
 * A phone number's id.
 * @example
 * ```ts
 * const example: NumberId = "num_2Jx8pF5hQz";
 * ```
 */
export type NumberId = Schemas['NumberId'];
/**
 * A call's id.
 * @example
 * ```ts
 * const example: CallId = "call_8fK2pQ7vN3";
 * ```
 */
export type CallId = Schemas['CallId'];
/**
 * A lead's id.
 * @example
 * ```ts
 * const example: LeadId = "lead_5Rb7nM2xKw";
 * ```
 */
export type LeadId = Schemas['LeadId'];
/**
 * An appointment's id.
 * @example
 * ```ts
 * const example: AppointmentId = "apt_3Gh6tY9pVe";
 * ```
 */
export type AppointmentId = Schemas['AppointmentId'];
/**
 * An API key's id.
 * @example
 * ```ts
 * const example: KeyId = "key_6Wm4qZ8sBd";
 * ```
 */
export type KeyId = Schemas['KeyId'];
/**
 * A communication run's id.
 * @example
 * ```ts
 * const example: RunId = "run_9Lc2vX7nHf";
 * ```
 */
export type RunId = Schemas['RunId'];
/**
 * A webhook subscription's id.
 * @example
 * ```ts
 * const example: WebhookId = "whk_1Pz5rK8mTy";
 * ```
 */
export type WebhookId = Schemas['WebhookId'];
/**
 * An event's id; also its `webhook-id` when delivered.
 * @example
 * ```ts
 * const example: EventId = "evt_2Dq8wN4vJc";
 * ```
 */
export type EventId = Schemas['EventId'];
/**
 * A delivery's id.
 * @example
 * ```ts
 * const example: DeliveryId = "dlv_7Ks3mB9xRa";
 * ```
 */
export type DeliveryId = Schemas['DeliveryId'];
/**
 * An SMS message's id.
 * @example
 * ```ts
 * const example: SmsMessageId = "sms_4Ht7cV2nPq";
 * ```
 */
export type SmsMessageId = Schemas['SmsMessageId'];
/**
 * A conversation's id.
 * @example
 * ```ts
 * const example: ConversationId = "conv_8Nf3kL6wZm";
 * ```
 */
export type ConversationId = Schemas['ConversationId'];
/**
 * A job's id.
 * @example
 * ```ts
 * const example: JobId = "job_5Xr9pD2tGk";
 * ```
 */
export type JobId = Schemas['JobId'];
/**
 * A dial attempt's id.
 * @example
 * ```ts
 * const example: AttemptId = "att_3Mv7qS8jWb";
 * ```
 */
export type AttemptId = Schemas['AttemptId'];
/**
 * A recording's id.
 * @example
 * ```ts
 * const example: RecordingId = "rec_6Bt2nH9cFx";
 * ```
 */
export type RecordingId = Schemas['RecordingId'];
/**
 * An agent config version's id.
 * @example
 * ```ts
 * const example: ConfigVersionId = "cfg_1Qw8eR5tYu";
 * ```
 */
export type ConfigVersionId = Schemas['ConfigVersionId'];
/**
 * A usage record's id.
 * @example
 * ```ts
 * const example: UsageRecordId = "use_9Hj4kL7mNb";
 * ```
 */
export type UsageRecordId = Schemas['UsageRecordId'];
/**
 * A call timeline event's id.
 * @example
 * ```ts
 * const example: TimelineEventId = "tle_2Sd6fG8hJk";
 * ```
 */
export type TimelineEventId = Schemas['TimelineEventId'];
/**
 * A phone number in E.164 format.
 * @example
 * ```ts
 * const example: PhoneNumberE164 = "+15125551234";
 * ```
 */
export type PhoneNumberE164 = Schemas['PhoneNumberE164'];
/**
 * An idempotency key.
 * @example
 * ```ts
 * const example: IdempotencyKeyValue = "6f1c2b9e-8a4d-4f7e-9c3a-2d5b8e1f0a7c";
 * ```
 */
export type IdempotencyKeyValue = Schemas['IdempotencyKeyValue'];
/**
 * Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.
 * @example
 * ```ts
 * const example: Metadata = {
 *   crmTicket: "T-4821",
 *   campaignSource: "spring-promo",
 * };
 * ```
 */
export type Metadata = Schemas['Metadata'];
/** The one error envelope every error response uses. (Not named `Error`, so that clients generated from this document do not shadow JavaScript's `Error`.) */
export type ErrorEnvelope = Schemas['ErrorEnvelope'];
/**
 * - `invalid_request` (400): a malformed request or a field that breaks a rule
 * - `unauthorized` (401): missing, unknown, expired or revoked API key
 * - `upgrade_required` (402): the plan lacks the feature
 * - `forbidden` (403): the key lacks the scope
 * - `ip_restricted` (403): the key's IP allowlist does not include the request's address
 * - `not_found` (404): no such resource
 * - `conflict` (409): the resource's state does not allow this; permanent, do not retry
 * - `idempotency_conflict` (409): an `Idempotency-Key` reused with another body; permanent
 * - `resource_locked` (409): another request holds a lock on the resource; retry later
 * - `idempotency_in_progress` (409): a request with this `Idempotency-Key` is still being processed; retry later with the same key
 * - `limit_reached` (422): a plan limit was reached
 * - `rate_limited` (429): too many requests
 * - `internal_error` (500): our fault; retry
 * - `call_failed` (500): the call could not be started; retry
 */
export type ErrorCode = Schemas['ErrorCode'];
/** The envelope of every list, besides its `data` (each list declares the type of its items, so that generated clients type them). Pass `next_cursor` as `cursor` to get the next page. */
export type PageEnvelope = Schemas['Page'];
/**
 * Returned by `kai.agents.delete` and `kai.webhooks.delete`.
 * @example
 * ```ts
 * const example: Deleted = {
 *   id: "agt_4Vd9kQ2mXp",
 *   deleted: true,
 * };
 * ```
 */
export type Deleted = Schemas['Deleted'];
/**
 * What an API key may do. `*` grants every scope.
 * - `agents:read`, `agents:write`: agents and their config versions
 * - `numbers:read`: phone numbers
 * - `calls:read`, `calls:write`: calls and their timelines; placing and canceling calls
 * - `leads:read`: leads
 * - `appointments:read`, `appointments:write`: appointments
 * - `analytics:read`: analytics
 * - `keys:read`, `keys:write`: API keys
 * - `account:read`: balance and usage
 * - `runs:read`, `runs:write`: communication runs
 * - `webhooks:read`, `webhooks:write`: webhook subscriptions
 * - `events:read`, `events:write`: events and deliveries; replay and backfill
 * - `evidence:read`: SMS messages, conversations, jobs, attempts and recordings
 */
export type Scope = Schemas['Scope'];
/** The settings that shape how an agent talks. */
export type AgentConfig = Schemas['AgentConfig'];
/**
 * Returned by `kai.agents.create`, `kai.agents.get` and `kai.agents.update`. The items of `kai.agents.list`.
 * @example
 * ```ts
 * const example: Agent = {
 *   id: "agt_4Vd9kQ2mXp",
 *   name: "Kai",
 *   businessId: "biz_7Tn3wR8cLs",
 *   voice: "jennifer",
 *   language: "en-US",
 *   systemPrompt: "You are Kai, the receptionist of Smith Law. Qualify callers and book consultations.",
 *   firstMessage: "Hi, this is Kai from Smith Law. Do you have a minute?",
 *   maxCallDuration: 600,
 *   isActive: true,
 *   phoneNumber: "+15125551234",
 *   configVersion: 3,
 *   createdAt: "2026-01-15T10:00:00Z",
 *   updatedAt: "2026-02-01T09:12:44Z",
 * };
 * ```
 */
export type Agent = Schemas['Agent'];
/**
 * The body of `kai.agents.create`.
 * @example
 * ```ts
 * const example: AgentCreate = {
 *   name: "Support Agent",
 *   systemPrompt: "You are a helpful support agent for Acme Plumbing.",
 *   firstMessage: "Hi, this is Acme support. How can I help you today?",
 *   voice: "jennifer",
 *   language: "en-US",
 *   maxCallDuration: 600,
 * };
 * ```
 */
export type AgentCreate = Schemas['AgentCreate'];
/**
 * The body of `kai.agents.update`.
 * @example
 * ```ts
 * const example: AgentUpdate = {
 *   name: "Kai (evenings)",
 *   isActive: false,
 * };
 * ```
 */
export type AgentUpdate = Schemas['AgentUpdate'];
/** The items of `kai.agents.listConfigVersions`. */
export type AgentConfigVersion = Schemas['AgentConfigVersion'];
/**
 * Returned by `kai.numbers.get`. The items of `kai.numbers.list`.
 * @example
 * ```ts
 * const example: PhoneNumber = {
 *   id: "num_2Jx8pF5hQz",
 *   phoneNumber: "+15125551234",
 *   agentId: "agt_4Vd9kQ2mXp",
 *   businessId: "biz_7Tn3wR8cLs",
 *   capabilities: ["voice", "sms"],
 *   createdAt: "2026-01-15T10:00:00Z",
 * };
 * ```
 */
export type PhoneNumber = Schemas['PhoneNumber'];
/**
 * Where a call is. It moves `queued` → `ringing` → `in-progress` and ends in exactly one terminal
 * status: `completed` (a conversation took place), `voicemail` (the agent left a message), `failed`
 * (could not connect), `no-answer` (rang out), `busy`, or `canceled` (canceled while queued or ringing).
 */
export type CallStatus = Schemas['CallStatus'];
/** Who placed the call. */
export type CallDirection = Schemas['CallDirection'];
/** What the call achieved, set when the call ends. */
export type CallOutcome = Schemas['CallOutcome'];
/** Why the call ended. */
export type CallEndedReason = Schemas['CallEndedReason'];
/** The caller's overall sentiment. */
export type Sentiment = Schemas['Sentiment'];
/**
 * Scores from 0 to 100 for how the agent handled the call.
 * @example
 * ```ts
 * const example: QualityDimensions = {
 *   professionalism: 92,
 *   empathy: 88,
 *   informationGathering: 95,
 *   resolution: 90,
 * };
 * ```
 */
export type QualityDimensions = Schemas['QualityDimensions'];
/**
 * The `transcript` of {@link Call}, {@link TranscriptReadyData} and {@link CompletedCall}.
 * @example
 * ```ts
 * const example: TranscriptTurn = {
 *   role: "agent",
 *   text: "Hi John, this is Kai from Smith Law. Do you have a minute?",
 *   offsetMs: 500,
 * };
 * ```
 */
export type TranscriptTurn = Schemas['TranscriptTurn'];
/**
 * The context the agent received, as template variables: what you passed, plus what was enriched from
 * the lead (`name`, `lead_score`, `lead_status`, `interaction_count`, `days_since_first_contact`,
 * `lead_source`) and the business (`business_name`, `business_phone`, `time_of_day`). A free-form map,
 * returned untouched.
 * @example
 * ```ts
 * const example: CallVariables = {
 *   name: "John",
 *   leadScore: 82,
 *   leadStatus: "qualified",
 *   interactionCount: 3,
 *   leadSource: "web form",
 *   businessName: "Smith Law",
 *   timeOfDay: "afternoon",
 * };
 * ```
 */
export type CallVariables = Schemas['CallVariables'];
/** Returned by `kai.calls.create`, `kai.calls.get` and `kai.calls.cancel`. The items of `kai.calls.list`. Also the `call` of {@link StreamEnd} and the `data` of {@link CallQueuedEvent}, {@link CallStartedEvent}, {@link CallAnsweredEvent}, {@link CallEndedEvent}, {@link CallFailedEvent} and {@link CallMissedEvent}. */
export type Call = Schemas['Call'];
/**
 * The body of `kai.calls.create`.
 * @example
 * ```ts
 * const example: CallCreate = {
 *   agentId: "agt_4Vd9kQ2mXp",
 *   to: "+15125559876",
 *   name: "John Smith",
 *   leadId: "lead_5Rb7nM2xKw",
 *   context: "Following up on car accident case",
 *   firstMessage: "Hey John, this is Kai from Smith Law. Do you have a minute?",
 *   metadata: { crm_ticket: "T-4821" },
 * };
 * ```
 */
export type CallCreate = Schemas['CallCreate'];
/**
 * The steps of a call, in the order they happen: `call.queued`, `call.dialing`, `call.ringing`,
 * `call.answered`, `transcript.turn` (one per turn), `voicemail.left`, `call.ended` (exactly one, with
 * the terminal status), `transcript.ready`, `analysis.complete` (exactly one for answered calls), then
 * `appointment.booked`, `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`.
 */
export type CallTimelineEventType = Schemas['CallTimelineEventType'];
/**
 * The items of `kai.calls.listEvents`.
 * @example
 * ```ts
 * const example: CallTimelineEvent = {
 *   id: "tle_2Sd6fG8hJk",
 *   callId: "call_8fK2pQ7vN3",
 *   sequence: 5,
 *   type: "transcript.turn",
 *   status: "in-progress",
 *   occurredAt: "2026-02-15T14:30:06.500Z",
 *   offsetMs: 6500,
 *   data: { role: "agent", text: "Hey John, this is Kai from Smith Law. Do you have a minute?" },
 * };
 * ```
 */
export type CallTimelineEvent = Schemas['CallTimelineEvent'];
/**
 * The first event of every stream (SSE event `ready`), sent once the stream is live.
 * @example
 * ```ts
 * const example: StreamReady = {
 *   object: "stream.ready",
 *   heartbeatSeconds: 15,
 * };
 * ```
 */
export type StreamReady = Schemas['StreamReady'];
/** The last event of a call's stream (SSE event `end`), after the call's last timeline event; the server then closes the stream. */
export type StreamEnd = Schemas['StreamEnd'];
/** The data of one SSE event of a call's stream: `ready`, a timeline event (named by its `type`, `id` its `sequence`), or `end`. */
export type CallStreamMessage = Schemas['CallStreamMessage'];
/** The data of one SSE event of the event stream: `ready`, or an event (named by its `type`, `id` the event's id). */
export type EventStreamMessage = Schemas['EventStreamMessage'];
/** What the event carries; the fields present depend on its type. */
export type CallTimelineEventData = Schemas['CallTimelineEventData'];
/** Where the lead is in your pipeline. */
export type LeadStatus = Schemas['LeadStatus'];
/**
 * Returned by `kai.leads.get`. The items of `kai.leads.list`.
 * @example
 * ```ts
 * const example: Lead = {
 *   id: "lead_5Rb7nM2xKw",
 *   businessId: "biz_7Tn3wR8cLs",
 *   name: "John Smith",
 *   phone: "+15125559876",
 *   email: "john.smith@example.com",
 *   score: 82,
 *   status: "qualified",
 *   source: "web form",
 *   interactionCount: 3,
 *   firstContactAt: "2026-02-01T16:20:00Z",
 *   lastContactAt: "2026-02-10T11:05:00Z",
 *   createdAt: "2026-02-01T16:20:00Z",
 * };
 * ```
 */
export type Lead = Schemas['Lead'];
/** The appointment's state. */
export type AppointmentStatus = Schemas['AppointmentStatus'];
/**
 * Returned by `kai.appointments.create`, `kai.appointments.get` and `kai.appointments.update`. The items of `kai.appointments.list`. Also the `data` of {@link AppointmentBookedEvent}.
 * @example
 * ```ts
 * const example: Appointment = {
 *   id: "apt_3Gh6tY9pVe",
 *   businessId: "biz_7Tn3wR8cLs",
 *   leadId: "lead_5Rb7nM2xKw",
 *   callId: "call_8fK2pQ7vN3",
 *   title: "Consultation with John Smith",
 *   notes: "Car accident case",
 *   startTime: "2026-02-16T14:00:00Z",
 *   endTime: "2026-02-16T14:30:00Z",
 *   status: "scheduled",
 *   createdAt: "2026-02-15T14:32:13Z",
 *   updatedAt: "2026-02-15T14:32:13Z",
 * };
 * ```
 */
export type Appointment = Schemas['Appointment'];
/**
 * The body of `kai.appointments.create`.
 * @example
 * ```ts
 * const example: AppointmentCreate = {
 *   title: "Product demo",
 *   startTime: "2026-02-15T10:00:00Z",
 *   endTime: "2026-02-15T10:30:00Z",
 *   leadId: "lead_5Rb7nM2xKw",
 *   notes: "Interested in the CRM integration",
 * };
 * ```
 */
export type AppointmentCreate = Schemas['AppointmentCreate'];
/**
 * The body of `kai.appointments.update`.
 * @example
 * ```ts
 * const example: AppointmentUpdate = {
 *   status: "cancelled",
 * };
 * ```
 */
export type AppointmentUpdate = Schemas['AppointmentUpdate'];
/** The `totals` of {@link Analytics}. */
export type AnalyticsTotals = Schemas['AnalyticsTotals'];
/** The `series` of {@link Analytics}. */
export type AnalyticsBucket = Schemas['AnalyticsBucket'];
/** Returned by `kai.analytics.get`. */
export type Analytics = Schemas['Analytics'];
/**
 * Returned by `kai.keys.get` and `kai.keys.revoke`. The items of `kai.keys.list`.
 * @example
 * ```ts
 * const example: ApiKey = {
 *   id: "key_6Wm4qZ8sBd",
 *   prefix: "kc_live_abc1",
 *   name: "Production Key",
 *   scopes: ["agents:read", "calls:read", "calls:write", "numbers:read"],
 *   businessId: null,
 *   ipAllowlist: ["203.0.113.0/24", "2001:db8::/32"],
 *   createdAt: "2026-01-15T10:00:00Z",
 *   lastUsedAt: "2026-02-15T14:30:00Z",
 *   expiresAt: null,
 *   revokedAt: null,
 *   isActive: true,
 * };
 * ```
 */
export type ApiKey = Schemas['ApiKey'];
/**
 * The body of `kai.keys.create`.
 * @example
 * ```ts
 * const example: ApiKeyCreate = {
 *   name: "CRM sync",
 *   scopes: ["calls:read", "leads:read"],
 * };
 * ```
 */
export type ApiKeyCreate = Schemas['ApiKeyCreate'];
/**
 * Restricts a key to these client addresses: each entry is an IPv4 or IPv6 address (`203.0.113.7`,
 * `::1`) or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`). A request from any other address gets
 * 403 `ip_restricted`. An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) counts as its IPv4 address.
 * An entry that is not an address or range is refused at creation with 400 `invalid_request`, naming
 * the entry.
 */
export type IpAllowlist = Schemas['IpAllowlist'];
/**
 * Returned by `kai.keys.create`.
 * @example
 * ```ts
 * const example: ApiKeyWithSecret = {
 *   id: "key_6Wm4qZ8sBd",
 *   key: "kc_live_abc1d2E3f4G5h6J7k8L9m0N1p2Q3",
 *   prefix: "kc_live_abc1",
 *   name: "CRM sync",
 *   scopes: ["calls:read", "leads:read"],
 *   businessId: null,
 *   ipAllowlist: null,
 *   createdAt: "2026-02-15T14:30:00Z",
 *   lastUsedAt: null,
 *   expiresAt: null,
 *   revokedAt: null,
 *   isActive: true,
 * };
 * ```
 */
export type ApiKeyWithSecret = Schemas['ApiKeyWithSecret'];
/** The `businesses` of {@link Balance}. */
export type BusinessBalance = Schemas['BusinessBalance'];
/** Returned by `kai.account.getBalance`. */
export type Balance = Schemas['Balance'];
/**
 * The items of `kai.account.listUsage`.
 * @example
 * ```ts
 * const example: UsageRecord = {
 *   id: "use_9Hj4kL7mNb",
 *   endpoint: "/v1/calls",
 *   method: "POST",
 *   statusCode: 201,
 *   callId: "call_8fK2pQ7vN3",
 *   businessId: "biz_7Tn3wR8cLs",
 *   costCents: 15,
 *   createdAt: "2026-02-15T14:30:00Z",
 * };
 * ```
 */
export type UsageRecord = Schemas['UsageRecord'];
/** `scheduled` until `schedule.start_at`, then `running`; `paused` and back; ends `completed` (every contact called) or `canceled`. */
export type RunStatus = Schemas['RunStatus'];
/** The `contacts` of {@link RunCreate}. */
export type RunContact = Schemas['RunContact'];
/** The hours of the day, in the run's timezone, when calls may start. */
export type CallWindow = Schemas['CallWindow'];
/** The `schedule` of {@link RunCreate} and {@link CommunicationRun}. */
export type RunSchedule = Schemas['RunSchedule'];
/** The body of `kai.runs.validate`, `kai.runs.preview` and `kai.runs.create`. */
export type RunCreate = Schemas['RunCreate'];
/** The `errors` of {@link RunValidation} and the `warnings` of {@link RunValidation}. */
export type RunProblem = Schemas['RunProblem'];
/**
 * Returned by `kai.runs.validate`.
 * @example
 * ```ts
 * const example: RunValidation = {
 *   valid: false,
 *   contactCount: 2,
 *   errors: [{ field: "contacts[1].to", code: "invalid", message: "+15005550001 cannot be called." }],
 *   warnings: [],
 * };
 * ```
 */
export type RunValidation = Schemas['RunValidation'];
/** The `calls` of {@link RunPreview}. */
export type RunPreviewCall = Schemas['RunPreviewCall'];
/** Returned by `kai.runs.preview`. */
export type RunPreview = Schemas['RunPreview'];
/** Every contact is counted in exactly one of `pending`, `in_progress`, `completed`, `failed` and `canceled`, so they add up to `total`. */
export type RunProgress = Schemas['RunProgress'];
/** Returned by `kai.runs.create`, `kai.runs.get`, `kai.runs.pause`, `kai.runs.resume` and `kai.runs.cancel`. The items of `kai.runs.list`. Also the `data` of {@link RunStartedEvent}, {@link RunPausedEvent}, {@link RunResumedEvent}, {@link RunCompletedEvent} and {@link RunCanceledEvent}. */
export type CommunicationRun = Schemas['CommunicationRun'];
/** The event types to deliver; `["*"]` for all. */
export type EventTypeFilter = Schemas['EventTypeFilter'];
/**
 * Returned by `kai.webhooks.get` and `kai.webhooks.update`. The items of `kai.webhooks.list`.
 * @example
 * ```ts
 * const example: WebhookEndpoint = {
 *   id: "whk_1Pz5rK8mTy",
 *   url: "https://example.com/hooks/kaicalls",
 *   businessId: null,
 *   description: "CRM sync",
 *   events: ["call.completed", "appointment.booked"],
 *   enabled: true,
 *   createdAt: "2026-02-01T09:00:00Z",
 *   updatedAt: "2026-02-01T09:00:00Z",
 *   secretRotatedAt: null,
 * };
 * ```
 */
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
/**
 * Returned by `kai.webhooks.create` and `kai.webhooks.rotateSecret`.
 * @example
 * ```ts
 * const example: WebhookEndpointWithSecret = {
 *   id: "whk_1Pz5rK8mTy",
 *   url: "https://example.com/hooks/kaicalls",
 *   businessId: null,
 *   description: "CRM sync",
 *   events: ["call.completed", "appointment.booked"],
 *   enabled: true,
 *   createdAt: "2026-02-01T09:00:00Z",
 *   updatedAt: "2026-02-01T09:00:00Z",
 *   secretRotatedAt: null,
 *   secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
 *   previousSecretExpiresAt: null,
 * };
 * ```
 */
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecret'];
/**
 * The body of `kai.webhooks.create`.
 * @example
 * ```ts
 * const example: WebhookEndpointCreate = {
 *   url: "https://example.com/hooks/kaicalls",
 *   events: ["call.completed", "appointment.booked"],
 *   description: "CRM sync",
 * };
 * ```
 */
export type WebhookEndpointCreate = Schemas['WebhookEndpointCreate'];
/**
 * The body of `kai.webhooks.update`.
 * @example
 * ```ts
 * const example: WebhookEndpointUpdate = {
 *   enabled: false,
 * };
 * ```
 */
export type WebhookEndpointUpdate = Schemas['WebhookEndpointUpdate'];
/**
 * The body of `kai.webhooks.rotateSecret`.
 * @example
 * ```ts
 * const example: WebhookSecretRotation = {
 *   gracePeriodSeconds: 3600,
 * };
 * ```
 */
export type WebhookSecretRotation = Schemas['WebhookSecretRotation'];
/** `pending` until the first attempt, `retrying` after a failed attempt with another scheduled, `succeeded` after a 2xx, `failed` after the last retry failed. */
export type DeliveryStatus = Schemas['DeliveryStatus'];
/** The `attempts` of {@link Delivery}. */
export type DeliveryAttempt = Schemas['DeliveryAttempt'];
/** Returned by `kai.webhooks.test` and `kai.deliveries.get`. The items of `kai.deliveries.list`. Also the `deliveries` of {@link EventReplayResult} and {@link EventBackfillResult}. */
export type Delivery = Schemas['Delivery'];
/**
 * The body of `kai.events.replay`.
 * @example
 * ```ts
 * const example: EventReplay = {
 *   webhookId: "whk_1Pz5rK8mTy",
 * };
 * ```
 */
export type EventReplay = Schemas['EventReplay'];
/** Returned by `kai.events.replay`. */
export type EventReplayResult = Schemas['EventReplayResult'];
/**
 * The body of `kai.events.backfill`.
 * @example
 * ```ts
 * const example: EventBackfill = {
 *   webhookId: "whk_1Pz5rK8mTy",
 *   from: "2026-02-15T00:00:00Z",
 *   to: "2026-02-16T00:00:00Z",
 *   onlyFailed: true,
 * };
 * ```
 */
export type EventBackfill = Schemas['EventBackfill'];
/** Returned by `kai.events.backfill`. */
export type EventBackfillResult = Schemas['EventBackfillResult'];
/** Where the message is. */
export type SmsStatus = Schemas['SmsStatus'];
/**
 * Returned by `kai.smsMessages.get`. The items of `kai.smsMessages.list`. Also the `data` of {@link SmsSentEvent}, {@link SmsDeliveredEvent} and {@link SmsFailedEvent}.
 * @example
 * ```ts
 * const example: SmsMessage = {
 *   id: "sms_4Ht7cV2nPq",
 *   businessId: "biz_7Tn3wR8cLs",
 *   callId: "call_8fK2pQ7vN3",
 *   leadId: "lead_5Rb7nM2xKw",
 *   conversationId: "conv_8Nf3kL6wZm",
 *   direction: "outbound",
 *   from: "+15125551234",
 *   to: "+15125559876",
 *   body: "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
 *   status: "delivered",
 *   error: null,
 *   createdAt: "2026-02-15T14:32:20Z",
 *   sentAt: "2026-02-15T14:32:21Z",
 *   deliveredAt: "2026-02-15T14:32:24Z",
 * };
 * ```
 */
export type SmsMessage = Schemas['SmsMessage'];
/**
 * Returned by `kai.conversations.get`. The items of `kai.conversations.list`.
 * @example
 * ```ts
 * const example: Conversation = {
 *   id: "conv_8Nf3kL6wZm",
 *   businessId: "biz_7Tn3wR8cLs",
 *   leadId: "lead_5Rb7nM2xKw",
 *   contactPhone: "+15125559876",
 *   channel: "sms",
 *   messageCount: 1,
 *   callIds: ["call_8fK2pQ7vN3"],
 *   lastMessageAt: "2026-02-15T14:32:20Z",
 *   createdAt: "2026-02-15T14:32:20Z",
 * };
 * ```
 */
export type Conversation = Schemas['Conversation'];
/**
 * Returned by `kai.jobs.get`. The items of `kai.jobs.list`.
 * @example
 * ```ts
 * const example: Job = {
 *   id: "job_5Xr9pD2tGk",
 *   type: "analysis",
 *   status: "succeeded",
 *   callId: "call_8fK2pQ7vN3",
 *   runId: null,
 *   error: null,
 *   createdAt: "2026-02-15T14:32:15Z",
 *   startedAt: "2026-02-15T14:32:15Z",
 *   finishedAt: "2026-02-15T14:32:17Z",
 * };
 * ```
 */
export type Job = Schemas['Job'];
/**
 * Returned by `kai.attempts.get`. The items of `kai.attempts.list`.
 * @example
 * ```ts
 * const example: Attempt = {
 *   id: "att_3Mv7qS8jWb",
 *   callId: "call_8fK2pQ7vN3",
 *   leadId: "lead_5Rb7nM2xKw",
 *   runId: null,
 *   to: "+15125559876",
 *   attemptNumber: 1,
 *   result: "answered",
 *   carrierCode: null,
 *   startedAt: "2026-02-15T14:30:00.500Z",
 *   endedAt: "2026-02-15T14:32:13Z",
 * };
 * ```
 */
export type Attempt = Schemas['Attempt'];
/**
 * Returned by `kai.recordings.get`. The items of `kai.recordings.list`.
 * @example
 * ```ts
 * const example: Recording = {
 *   id: "rec_6Bt2nH9cFx",
 *   callId: "call_8fK2pQ7vN3",
 *   leadId: "lead_5Rb7nM2xKw",
 *   url: "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
 *   duration: 127,
 *   format: "mp3",
 *   sizeBytes: 2032000,
 *   createdAt: "2026-02-15T14:32:14Z",
 * };
 * ```
 */
export type Recording = Schemas['Recording'];
/** The `data` of {@link TranscriptReadyEvent}. */
export type TranscriptReadyData = Schemas['TranscriptReadyData'];
/** The `data` of {@link AnalysisCompleteEvent}. */
export type AnalysisCompleteData = Schemas['AnalysisCompleteData'];
/** The `data` of {@link EmergencyDetectedEvent}. */
export type EmergencyData = Schemas['EmergencyData'];
/** The `data` of {@link VoicemailReceivedEvent}. */
export type VoicemailData = Schemas['VoicemailData'];
/** The `data` of {@link WebhookTestEvent}. */
export type WebhookTestData = Schemas['WebhookTestData'];
/** Every event type, as delivered to webhooks and stored in the event log. */
export type EventType = Schemas['EventType'];
/** An event, as stored in the event log and delivered to webhooks. Discriminated by `type`. */
export type Event = Schemas['Event'];
/** A call was created and is waiting to dial. */
export type CallQueuedEvent = Schemas['CallQueuedEvent'];
/** Dialing began (outbound) or the phone rang (inbound). */
export type CallStartedEvent = Schemas['CallStartedEvent'];
/** The call was answered and the conversation began. */
export type CallAnsweredEvent = Schemas['CallAnsweredEvent'];
/** The call hung up, whatever its outcome: its status, `duration` and `ended_reason` are final; the transcript and analysis follow. Sent once per call, before its terminal event (`call.completed` once the analysis is in, or at once `call.failed` or `call.missed`). */
export type CallEndedEvent = Schemas['CallEndedEvent'];
/** A call as `call.completed` carries it: ended after a conversation or a voicemail, with its analysis in. The fields a `Call` leaves null until then are set: the duration, transcript, summary, sentiment, quality scores, outcome, recording and the timestamps. */
export type CompletedCall = Schemas['CompletedCall'];
/** The call ended after a conversation (`completed`) or after the agent left a voicemail (`voicemail`), and its analysis is in: it carries the summary, outcome, sentiment, transcript and `recording_url`. Sent after `call.ended`, `transcript.ready` and `analysis.complete`, before what follows from the outcome (`appointment.booked`, `sms.sent`, ...). Terminal: sent once per call. */
export type CallCompletedEvent = Schemas['CallCompletedEvent'];
/** The call ended without a conversation: `failed`, `no-answer`, `busy` or `canceled`. Terminal: sent once per call. */
export type CallFailedEvent = Schemas['CallFailedEvent'];
/** An inbound call rang out with nobody answering. Terminal: sent once per call. */
export type CallMissedEvent = Schemas['CallMissedEvent'];
/** A caller left a voicemail after a missed inbound call. */
export type VoicemailReceivedEvent = Schemas['VoicemailReceivedEvent'];
/** The call's transcript is ready. */
export type TranscriptReadyEvent = Schemas['TranscriptReadyEvent'];
/** The call was analysed: summary, sentiment, quality scores and outcome. */
export type AnalysisCompleteEvent = Schemas['AnalysisCompleteEvent'];
/** The agent booked an appointment. */
export type AppointmentBookedEvent = Schemas['AppointmentBookedEvent'];
/** The caller described an emergency. */
export type EmergencyDetectedEvent = Schemas['EmergencyDetectedEvent'];
/** A text message was handed to the carrier. */
export type SmsSentEvent = Schemas['SmsSentEvent'];
/** The carrier confirmed delivery of a text message. */
export type SmsDeliveredEvent = Schemas['SmsDeliveredEvent'];
/** A text message could not be delivered. */
export type SmsFailedEvent = Schemas['SmsFailedEvent'];
/** A communication run started dispatching calls. */
export type RunStartedEvent = Schemas['RunStartedEvent'];
/** A communication run was paused. */
export type RunPausedEvent = Schemas['RunPausedEvent'];
/** A paused communication run was resumed. */
export type RunResumedEvent = Schemas['RunResumedEvent'];
/** Every contact of a communication run was called. */
export type RunCompletedEvent = Schemas['RunCompletedEvent'];
/** A communication run was canceled. */
export type RunCanceledEvent = Schemas['RunCanceledEvent'];
/**
 * A test event sent by `POST /v1/webhooks/{webhook_id}/test`.
 * @example
 * ```ts
 * const example: WebhookTestEvent = {
 *   id: "evt_2Dq8wN4v19",
 *   type: "webhook.test",
 *   createdAt: "2026-02-15T14:32:13Z",
 *   data: { webhookId: "whk_1Pz5rK8mTy", message: "This is a test event from KaiCalls." },
 * };
 * ```
 */
export type WebhookTestEvent = Schemas['WebhookTestEvent'];
/** A page of Agent objects. */
export type AgentList = Schemas['AgentList'];
/** A page of AgentConfigVersion objects. */
export type AgentConfigVersionList = Schemas['AgentConfigVersionList'];
/** A page of PhoneNumber objects. */
export type PhoneNumberList = Schemas['PhoneNumberList'];
/** A page of Call objects. */
export type CallList = Schemas['CallList'];
/** A page of CallTimelineEvent objects. */
export type CallTimelineEventList = Schemas['CallTimelineEventList'];
/** A page of Lead objects. */
export type LeadList = Schemas['LeadList'];
/** A page of Appointment objects. */
export type AppointmentList = Schemas['AppointmentList'];
/** A page of ApiKey objects. */
export type ApiKeyList = Schemas['ApiKeyList'];
/** A page of UsageRecord objects. */
export type UsageRecordList = Schemas['UsageRecordList'];
/** A page of CommunicationRun objects. */
export type RunList = Schemas['RunList'];
/** A page of WebhookEndpoint objects. */
export type WebhookEndpointList = Schemas['WebhookEndpointList'];
/** A page of Event objects. */
export type EventList = Schemas['EventList'];
/** A page of Delivery objects. */
export type DeliveryList = Schemas['DeliveryList'];
/** A page of SmsMessage objects. */
export type SmsMessageList = Schemas['SmsMessageList'];
/** A page of Conversation objects. */
export type ConversationList = Schemas['ConversationList'];
/** A page of Job objects. */
export type JobList = Schemas['JobList'];
/** A page of Attempt objects. */
export type AttemptList = Schemas['AttemptList'];
/** A page of Recording objects. */
export type RecordingList = Schemas['RecordingList'];
