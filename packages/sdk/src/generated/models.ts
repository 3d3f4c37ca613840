// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { Camelize } from '../core/casing.js';
import type { components } from './openapi.js';

type Schemas = components['schemas'];

/** An agent's id. */
export type AgentId = Camelize<Schemas['AgentId']>;
/** A business's id. */
export type BusinessId = Camelize<Schemas['BusinessId']>;
/** A phone number's id. */
export type NumberId = Camelize<Schemas['NumberId']>;
/** A call's id. */
export type CallId = Camelize<Schemas['CallId']>;
/** A lead's id. */
export type LeadId = Camelize<Schemas['LeadId']>;
/** An appointment's id. */
export type AppointmentId = Camelize<Schemas['AppointmentId']>;
/** An API key's id. */
export type KeyId = Camelize<Schemas['KeyId']>;
/** A communication run's id. */
export type RunId = Camelize<Schemas['RunId']>;
/** A webhook subscription's id. */
export type WebhookId = Camelize<Schemas['WebhookId']>;
/** An event's id; also its `webhook-id` when delivered. */
export type EventId = Camelize<Schemas['EventId']>;
/** A delivery's id. */
export type DeliveryId = Camelize<Schemas['DeliveryId']>;
/** An SMS message's id. */
export type SmsMessageId = Camelize<Schemas['SmsMessageId']>;
/** A conversation's id. */
export type ConversationId = Camelize<Schemas['ConversationId']>;
/** A job's id. */
export type JobId = Camelize<Schemas['JobId']>;
/** A dial attempt's id. */
export type AttemptId = Camelize<Schemas['AttemptId']>;
/** A recording's id. */
export type RecordingId = Camelize<Schemas['RecordingId']>;
/** An agent config version's id. */
export type ConfigVersionId = Camelize<Schemas['ConfigVersionId']>;
/** A usage record's id. */
export type UsageRecordId = Camelize<Schemas['UsageRecordId']>;
/** A call timeline event's id. */
export type TimelineEventId = Camelize<Schemas['TimelineEventId']>;
/** A phone number in E.164 format. */
export type PhoneNumberE164 = Camelize<Schemas['PhoneNumberE164']>;
/** An idempotency key. */
export type IdempotencyKeyValue = Camelize<Schemas['IdempotencyKeyValue']>;
/** Your own key-value pairs (up to 50 keys), kept as sent and returned untouched. */
export type Metadata = Camelize<Schemas['Metadata']>;
/** The one error envelope every error response uses. */
export type ErrorEnvelope = Camelize<Schemas['Error']>;
/**
 * - `invalid_request` (400): a malformed request or a field that breaks a rule
 * - `unauthorized` (401): missing, unknown, expired or revoked API key
 * - `upgrade_required` (402): the plan lacks the feature
 * - `forbidden` (403): the key lacks the scope
 * - `not_found` (404): no such resource
 * - `conflict` (409): the resource's state does not allow this
 * - `idempotency_conflict` (409): an `Idempotency-Key` reused with another body
 * - `limit_reached` (422): a plan limit was reached
 * - `rate_limited` (429): too many requests
 * - `internal_error` (500): our fault; retry
 * - `call_failed` (500): the call could not be started; retry
 */
export type ErrorCode = Camelize<Schemas['ErrorCode']>;
/** The envelope of every list. Pass `next_cursor` as `cursor` to get the next page. */
export type PageEnvelope = Camelize<Schemas['Page']>;
export type Deleted = Camelize<Schemas['Deleted']>;
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
export type Scope = Camelize<Schemas['Scope']>;
/** The settings that shape how an agent talks. */
export type AgentConfig = Camelize<Schemas['AgentConfig']>;
export type Agent = Camelize<Schemas['Agent']>;
export type AgentCreate = Camelize<Schemas['AgentCreate']>;
export type AgentUpdate = Camelize<Schemas['AgentUpdate']>;
export type AgentConfigVersion = Camelize<Schemas['AgentConfigVersion']>;
export type PhoneNumber = Camelize<Schemas['PhoneNumber']>;
/**
 * Where a call is. It moves `queued` → `ringing` → `in-progress` and ends in exactly one terminal
 * status: `completed` (a conversation took place), `voicemail` (the agent left a message), `failed`
 * (could not connect), `no-answer` (rang out), `busy`, or `canceled` (canceled while queued or ringing).
 */
export type CallStatus = Camelize<Schemas['CallStatus']>;
/** Who placed the call. */
export type CallDirection = Camelize<Schemas['CallDirection']>;
/** What the call achieved, set when the call ends. */
export type CallOutcome = Camelize<Schemas['CallOutcome']>;
/** Why the call ended. */
export type CallEndedReason = Camelize<Schemas['CallEndedReason']>;
/** The caller's overall sentiment. */
export type Sentiment = Camelize<Schemas['Sentiment']>;
/** Scores from 0 to 100 for how the agent handled the call. */
export type QualityDimensions = Camelize<Schemas['QualityDimensions']>;
export type TranscriptTurn = Camelize<Schemas['TranscriptTurn']>;
/**
 * The context the agent received, as template variables: what you passed, plus what was enriched from
 * the lead (`name`, `lead_score`, `lead_status`, `interaction_count`, `days_since_first_contact`,
 * `lead_source`) and the business (`business_name`, `business_phone`, `time_of_day`). A free-form map,
 * returned untouched.
 */
export type CallVariables = Camelize<Schemas['CallVariables']>;
export type Call = Camelize<Schemas['Call']>;
export type CallCreate = Camelize<Schemas['CallCreate']>;
/**
 * The steps of a call, in the order they happen: `call.queued`, `call.dialing`, `call.ringing`,
 * `call.answered`, `transcript.turn` (one per turn), `voicemail.left`, `call.ended` (exactly one, with
 * the terminal status), `transcript.ready`, `analysis.complete` (exactly one for answered calls), then
 * `appointment.booked`, `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`.
 */
export type CallTimelineEventType = Camelize<Schemas['CallTimelineEventType']>;
export type CallTimelineEvent = Camelize<Schemas['CallTimelineEvent']>;
/** What the event carries; the fields present depend on its type. */
export type CallTimelineEventData = Camelize<Schemas['CallTimelineEventData']>;
/** Where the lead is in your pipeline. */
export type LeadStatus = Camelize<Schemas['LeadStatus']>;
export type Lead = Camelize<Schemas['Lead']>;
/** The appointment's state. */
export type AppointmentStatus = Camelize<Schemas['AppointmentStatus']>;
export type Appointment = Camelize<Schemas['Appointment']>;
export type AppointmentCreate = Camelize<Schemas['AppointmentCreate']>;
export type AppointmentUpdate = Camelize<Schemas['AppointmentUpdate']>;
export type AnalyticsTotals = Camelize<Schemas['AnalyticsTotals']>;
export type AnalyticsBucket = Camelize<Schemas['AnalyticsBucket']>;
export type Analytics = Camelize<Schemas['Analytics']>;
export type ApiKey = Camelize<Schemas['ApiKey']>;
export type ApiKeyCreate = Camelize<Schemas['ApiKeyCreate']>;
export type ApiKeyWithSecret = Camelize<Schemas['ApiKeyWithSecret']>;
export type BusinessBalance = Camelize<Schemas['BusinessBalance']>;
export type Balance = Camelize<Schemas['Balance']>;
export type UsageRecord = Camelize<Schemas['UsageRecord']>;
/** `scheduled` until `schedule.start_at`, then `running`; `paused` and back; ends `completed` (every contact called) or `canceled`. */
export type RunStatus = Camelize<Schemas['RunStatus']>;
export type RunContact = Camelize<Schemas['RunContact']>;
/** The hours of the day, in the run's timezone, when calls may start. */
export type CallWindow = Camelize<Schemas['CallWindow']>;
export type RunSchedule = Camelize<Schemas['RunSchedule']>;
export type RunCreate = Camelize<Schemas['RunCreate']>;
export type RunProblem = Camelize<Schemas['RunProblem']>;
export type RunValidation = Camelize<Schemas['RunValidation']>;
export type RunPreviewCall = Camelize<Schemas['RunPreviewCall']>;
export type RunPreview = Camelize<Schemas['RunPreview']>;
/** Every contact is counted in exactly one of `pending`, `in_progress`, `completed`, `failed` and `canceled`, so they add up to `total`. */
export type RunProgress = Camelize<Schemas['RunProgress']>;
export type CommunicationRun = Camelize<Schemas['CommunicationRun']>;
/** The event types to deliver; `["*"]` for all. */
export type EventTypeFilter = Camelize<Schemas['EventTypeFilter']>;
export type WebhookEndpoint = Camelize<Schemas['WebhookEndpoint']>;
export type WebhookEndpointWithSecret = Camelize<Schemas['WebhookEndpointWithSecret']>;
export type WebhookEndpointCreate = Camelize<Schemas['WebhookEndpointCreate']>;
export type WebhookEndpointUpdate = Camelize<Schemas['WebhookEndpointUpdate']>;
export type WebhookSecretRotation = Camelize<Schemas['WebhookSecretRotation']>;
/** `pending` until the first attempt, `retrying` after a failed attempt with another scheduled, `succeeded` after a 2xx, `failed` after the last retry failed. */
export type DeliveryStatus = Camelize<Schemas['DeliveryStatus']>;
export type DeliveryAttempt = Camelize<Schemas['DeliveryAttempt']>;
export type Delivery = Camelize<Schemas['Delivery']>;
export type EventReplay = Camelize<Schemas['EventReplay']>;
export type EventReplayResult = Camelize<Schemas['EventReplayResult']>;
export type EventBackfill = Camelize<Schemas['EventBackfill']>;
export type EventBackfillResult = Camelize<Schemas['EventBackfillResult']>;
/** Where the message is. */
export type SmsStatus = Camelize<Schemas['SmsStatus']>;
export type SmsMessage = Camelize<Schemas['SmsMessage']>;
export type Conversation = Camelize<Schemas['Conversation']>;
export type Job = Camelize<Schemas['Job']>;
export type Attempt = Camelize<Schemas['Attempt']>;
export type Recording = Camelize<Schemas['Recording']>;
export type TranscriptReadyData = Camelize<Schemas['TranscriptReadyData']>;
export type AnalysisCompleteData = Camelize<Schemas['AnalysisCompleteData']>;
export type EmergencyData = Camelize<Schemas['EmergencyData']>;
export type VoicemailData = Camelize<Schemas['VoicemailData']>;
export type WebhookTestData = Camelize<Schemas['WebhookTestData']>;
/** Every event type, as delivered to webhooks and stored in the event log. */
export type EventType = Camelize<Schemas['EventType']>;
/** An event, as stored in the event log and delivered to webhooks. Discriminated by `type`. */
export type Event = Camelize<Schemas['Event']>;
/** A call was created and is waiting to dial. */
export type CallQueuedEvent = Camelize<Schemas['CallQueuedEvent']>;
/** Dialing began (outbound) or the phone rang (inbound). */
export type CallStartedEvent = Camelize<Schemas['CallStartedEvent']>;
/** The call was answered and the conversation began. */
export type CallAnsweredEvent = Camelize<Schemas['CallAnsweredEvent']>;
/** The call ended after a conversation (`completed`) or after the agent left a voicemail (`voicemail`). Terminal: sent once per call. */
export type CallCompletedEvent = Camelize<Schemas['CallCompletedEvent']>;
/** The call ended without a conversation: `failed`, `no-answer`, `busy` or `canceled`. Terminal: sent once per call. */
export type CallFailedEvent = Camelize<Schemas['CallFailedEvent']>;
/** An inbound call rang out with nobody answering. Terminal: sent once per call. */
export type CallMissedEvent = Camelize<Schemas['CallMissedEvent']>;
/** A caller left a voicemail after a missed inbound call. */
export type VoicemailReceivedEvent = Camelize<Schemas['VoicemailReceivedEvent']>;
/** The call's transcript is ready. */
export type TranscriptReadyEvent = Camelize<Schemas['TranscriptReadyEvent']>;
/** The call was analysed: summary, sentiment, quality scores and outcome. */
export type AnalysisCompleteEvent = Camelize<Schemas['AnalysisCompleteEvent']>;
/** The agent booked an appointment. */
export type AppointmentBookedEvent = Camelize<Schemas['AppointmentBookedEvent']>;
/** The caller described an emergency. */
export type EmergencyDetectedEvent = Camelize<Schemas['EmergencyDetectedEvent']>;
/** A text message was handed to the carrier. */
export type SmsSentEvent = Camelize<Schemas['SmsSentEvent']>;
/** The carrier confirmed delivery of a text message. */
export type SmsDeliveredEvent = Camelize<Schemas['SmsDeliveredEvent']>;
/** A text message could not be delivered. */
export type SmsFailedEvent = Camelize<Schemas['SmsFailedEvent']>;
/** A communication run started dispatching calls. */
export type RunStartedEvent = Camelize<Schemas['RunStartedEvent']>;
/** A communication run was paused. */
export type RunPausedEvent = Camelize<Schemas['RunPausedEvent']>;
/** A paused communication run was resumed. */
export type RunResumedEvent = Camelize<Schemas['RunResumedEvent']>;
/** Every contact of a communication run was called. */
export type RunCompletedEvent = Camelize<Schemas['RunCompletedEvent']>;
/** A communication run was canceled. */
export type RunCanceledEvent = Camelize<Schemas['RunCanceledEvent']>;
/** A test event sent by `POST /v1/webhooks/{webhook_id}/test`. */
export type WebhookTestEvent = Camelize<Schemas['WebhookTestEvent']>;
/** A page of Agent objects. */
export type AgentList = Camelize<Schemas['AgentList']>;
/** A page of AgentConfigVersion objects. */
export type AgentConfigVersionList = Camelize<Schemas['AgentConfigVersionList']>;
/** A page of PhoneNumber objects. */
export type PhoneNumberList = Camelize<Schemas['PhoneNumberList']>;
/** A page of Call objects. */
export type CallList = Camelize<Schemas['CallList']>;
/** A page of CallTimelineEvent objects. */
export type CallTimelineEventList = Camelize<Schemas['CallTimelineEventList']>;
/** A page of Lead objects. */
export type LeadList = Camelize<Schemas['LeadList']>;
/** A page of Appointment objects. */
export type AppointmentList = Camelize<Schemas['AppointmentList']>;
/** A page of ApiKey objects. */
export type ApiKeyList = Camelize<Schemas['ApiKeyList']>;
/** A page of UsageRecord objects. */
export type UsageRecordList = Camelize<Schemas['UsageRecordList']>;
/** A page of CommunicationRun objects. */
export type RunList = Camelize<Schemas['RunList']>;
/** A page of WebhookEndpoint objects. */
export type WebhookEndpointList = Camelize<Schemas['WebhookEndpointList']>;
/** A page of Event objects. */
export type EventList = Camelize<Schemas['EventList']>;
/** A page of Delivery objects. */
export type DeliveryList = Camelize<Schemas['DeliveryList']>;
/** A page of SmsMessage objects. */
export type SmsMessageList = Camelize<Schemas['SmsMessageList']>;
/** A page of Conversation objects. */
export type ConversationList = Camelize<Schemas['ConversationList']>;
/** A page of Job objects. */
export type JobList = Camelize<Schemas['JobList']>;
/** A page of Attempt objects. */
export type AttemptList = Camelize<Schemas['AttemptList']>;
/** A page of Recording objects. */
export type RecordingList = Camelize<Schemas['RecordingList']>;
