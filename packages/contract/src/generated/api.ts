// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

export interface paths {
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAgents"];
        put?: never;
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAgent"];
        put?: never;
        post?: never;
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/config-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAgentConfigVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{number_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCalls"];
        put?: never;
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCallEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamCallEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getLead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAppointments"];
        put?: never;
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAppointment"];
        trace?: never;
    };
    "/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listKeys"];
        put?: never;
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getKey"];
        put?: never;
        post?: never;
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["validateRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["previewRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRuns"];
        put?: never;
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/{run_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["pauseRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/{run_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resumeRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communication-runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWebhooks"];
        put?: never;
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/backfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["backfillEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["replayEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSmsMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sms-messages/{sms_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSmsMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attempts/{attempt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAttempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{recording_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An agent's id. */
        AgentId: string;
        /** @description A business's id. */
        BusinessId: string;
        /** @description A phone number's id. */
        NumberId: string;
        /** @description A call's id. */
        CallId: string;
        /** @description A lead's id. */
        LeadId: string;
        /** @description An appointment's id. */
        AppointmentId: string;
        /** @description An API key's id. */
        KeyId: string;
        /** @description A communication run's id. */
        RunId: string;
        /** @description A webhook subscription's id. */
        WebhookId: string;
        /** @description An event's id; also its `webhook-id` when delivered. */
        EventId: string;
        /** @description A delivery's id. */
        DeliveryId: string;
        /** @description An SMS message's id. */
        SmsMessageId: string;
        /** @description A conversation's id. */
        ConversationId: string;
        /** @description A job's id. */
        JobId: string;
        /** @description A dial attempt's id. */
        AttemptId: string;
        /** @description A recording's id. */
        RecordingId: string;
        /** @description An agent config version's id. */
        ConfigVersionId: string;
        /** @description A usage record's id. */
        UsageRecordId: string;
        /** @description A call timeline event's id. */
        TimelineEventId: string;
        /** @description A phone number in E.164 format. */
        PhoneNumberE164: string;
        /** @description An idempotency key. */
        IdempotencyKeyValue: string;
        /** @description Your own key-value pairs (up to 50 keys), kept as sent and returned untouched. */
        Metadata: {
            [key: string]: string;
        };
        /** @description The one error envelope every error response uses. (Not named `Error`, so that clients generated from this document do not shadow JavaScript's `Error`.) */
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description What went wrong and what to do about it. */
                message: string;
                /** @description The request field, parameter, header or scope the error is about. */
                param?: string;
                /** @description The id of the request, as in `X-Request-Id`. */
                requestId?: string;
                /**
                 * Format: uri
                 * @description A page that explains the error.
                 */
                docUrl?: string;
            };
        };
        /**
         * @description - `invalid_request` (400): a malformed request or a field that breaks a rule
         *     - `unauthorized` (401): missing, unknown, expired or revoked API key
         *     - `upgrade_required` (402): the plan lacks the feature
         *     - `forbidden` (403): the key lacks the scope
         *     - `ip_restricted` (403): the key's IP allowlist does not include the request's address
         *     - `not_found` (404): no such resource
         *     - `conflict` (409): the resource's state does not allow this; permanent, do not retry
         *     - `idempotency_conflict` (409): an `Idempotency-Key` reused with another body; permanent
         *     - `resource_locked` (409): another request holds a lock on the resource; retry later
         *     - `idempotency_in_progress` (409): a request with this `Idempotency-Key` is still being processed; retry later with the same key
         *     - `limit_reached` (422): a plan limit was reached
         *     - `rate_limited` (429): too many requests
         *     - `internal_error` (500): our fault; retry
         *     - `call_failed` (500): the call could not be started; retry
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "upgrade_required" | "forbidden" | "ip_restricted" | "not_found" | "conflict" | "idempotency_conflict" | "resource_locked" | "idempotency_in_progress" | "limit_reached" | "rate_limited" | "internal_error" | "call_failed";
        /** @description The envelope of every list, besides its `data` (each list declares the type of its items, so that generated clients type them). Pass `next_cursor` as `cursor` to get the next page. */
        Page: {
            /** @constant */
            object: "list";
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description The cursor of the next page, or null on the last page. */
            nextCursor: string | null;
        };
        Deleted: {
            /** @description The id of the deleted resource. */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description What an API key may do. `*` grants every scope.
         *     - `agents:read`, `agents:write`: agents and their config versions
         *     - `numbers:read`: phone numbers
         *     - `calls:read`, `calls:write`: calls and their timelines; placing and canceling calls
         *     - `leads:read`: leads
         *     - `appointments:read`, `appointments:write`: appointments
         *     - `analytics:read`: analytics
         *     - `keys:read`, `keys:write`: API keys
         *     - `account:read`: balance and usage
         *     - `runs:read`, `runs:write`: communication runs
         *     - `webhooks:read`, `webhooks:write`: webhook subscriptions
         *     - `events:read`, `events:write`: events and deliveries; replay and backfill
         *     - `evidence:read`: SMS messages, conversations, jobs, attempts and recordings
         * @enum {string}
         */
        Scope: "*" | "agents:read" | "agents:write" | "numbers:read" | "calls:read" | "calls:write" | "leads:read" | "appointments:read" | "appointments:write" | "analytics:read" | "keys:read" | "keys:write" | "account:read" | "runs:read" | "runs:write" | "webhooks:read" | "webhooks:write" | "events:read" | "events:write" | "evidence:read";
        /** @description The settings that shape how an agent talks. */
        AgentConfig: {
            /** @description The voice the agent speaks with. */
            voice: string;
            /** @description A BCP 47 language tag. */
            language: string;
            /** @description Instructions the agent follows. */
            systemPrompt: string;
            /** @description The agent's opening line on outbound calls. */
            firstMessage: string;
            /** @description Longest call in seconds. */
            maxCallDuration: number;
        };
        Agent: {
            id: components["schemas"]["AgentId"];
            /** @description The agent's name, as callers hear it. */
            name: string;
            businessId: components["schemas"]["BusinessId"];
            /** @description The voice the agent speaks with. */
            voice: string;
            /** @description A BCP 47 language tag. */
            language: string;
            /** @description Instructions the agent follows. */
            systemPrompt: string;
            /** @description The agent's opening line on outbound calls. */
            firstMessage: string;
            /** @description Longest call in seconds. */
            maxCallDuration: number;
            /** @description Whether the agent takes and places calls. */
            isActive: boolean;
            /** @description The number assigned to the agent, if any. */
            phoneNumber: components["schemas"]["PhoneNumberE164"] | null;
            /** @description The current config version. */
            configVersion: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AgentCreate: {
            /** @description The agent's name. */
            name: string;
            businessId?: components["schemas"]["BusinessId"] | undefined;
            /**
             * @description The voice.
             * @default jennifer
             */
            voice?: string | undefined;
            /**
             * @description A BCP 47 language tag.
             * @default en-US
             */
            language?: string | undefined;
            /** @description Instructions the agent follows. */
            systemPrompt?: string | undefined;
            /** @description The opening line on outbound calls. */
            firstMessage?: string | undefined;
            /**
             * @description Longest call in seconds.
             * @default 600
             */
            maxCallDuration?: number | undefined;
            /**
             * @description Whether the agent takes and places calls.
             * @default true
             */
            isActive?: boolean | undefined;
        };
        AgentUpdate: {
            /** @description The agent's name. */
            name?: string | undefined;
            /** @description The voice. */
            voice?: string | undefined;
            /** @description A BCP 47 language tag. */
            language?: string | undefined;
            /** @description Instructions the agent follows. */
            systemPrompt?: string | undefined;
            /** @description The opening line on outbound calls. */
            firstMessage?: string | undefined;
            /** @description Longest call in seconds. */
            maxCallDuration?: number | undefined;
            /** @description Whether the agent takes and places calls. */
            isActive?: boolean | undefined;
        };
        AgentConfigVersion: {
            id: components["schemas"]["ConfigVersionId"];
            agentId: components["schemas"]["AgentId"];
            version: number;
            config: components["schemas"]["AgentConfig"];
            /** Format: date-time */
            createdAt: string;
        };
        PhoneNumber: {
            id: components["schemas"]["NumberId"];
            phoneNumber: components["schemas"]["PhoneNumberE164"];
            /** @description The agent that answers this number. */
            agentId: components["schemas"]["AgentId"] | null;
            businessId: components["schemas"]["BusinessId"];
            capabilities: ("voice" | "sms")[];
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description Where a call is. It moves `queued` → `ringing` → `in-progress` and ends in exactly one terminal
         *     status: `completed` (a conversation took place), `voicemail` (the agent left a message), `failed`
         *     (could not connect), `no-answer` (rang out), `busy`, or `canceled` (canceled while queued or ringing).
         * @enum {string}
         */
        CallStatus: "queued" | "ringing" | "in-progress" | "completed" | "voicemail" | "failed" | "no-answer" | "busy" | "canceled";
        /**
         * @description Who placed the call.
         * @enum {string}
         */
        CallDirection: "outbound" | "inbound";
        /**
         * @description What the call achieved, set when the call ends.
         * @enum {string}
         */
        CallOutcome: "appointment_booked" | "information_provided" | "callback_requested" | "not_interested" | "emergency" | "voicemail_left" | "no_answer" | "busy" | "failed" | "canceled" | "missed";
        /**
         * @description Why the call ended.
         * @enum {string}
         */
        CallEndedReason: "customer_hangup" | "agent_hangup" | "max_duration" | "no_answer" | "busy" | "carrier_error" | "voicemail" | "canceled";
        /**
         * @description The caller's overall sentiment.
         * @enum {string}
         */
        Sentiment: "positive" | "neutral" | "negative";
        /** @description Scores from 0 to 100 for how the agent handled the call. */
        QualityDimensions: {
            professionalism: number;
            empathy: number;
            informationGathering: number;
            resolution: number;
        };
        TranscriptTurn: {
            /** @enum {string} */
            role: "agent" | "customer";
            text: string;
            /** @description Milliseconds from the answer to this turn. */
            offsetMs: number;
        };
        /**
         * @description The context the agent received, as template variables: what you passed, plus what was enriched from
         *     the lead (`name`, `lead_score`, `lead_status`, `interaction_count`, `days_since_first_contact`,
         *     `lead_source`) and the business (`business_name`, `business_phone`, `time_of_day`). A free-form map,
         *     returned untouched.
         */
        CallVariables: {
            [key: string]: string | number | boolean | null;
        };
        Call: {
            id: components["schemas"]["CallId"];
            /** @description The voice platform's id of the conversation. */
            conversationId: string;
            status: components["schemas"]["CallStatus"];
            direction: components["schemas"]["CallDirection"];
            agentId: components["schemas"]["AgentId"];
            agentName: string;
            businessId: components["schemas"]["BusinessId"];
            leadId: components["schemas"]["LeadId"] | null;
            /** @description The communication run that placed the call, if any. */
            runId: components["schemas"]["RunId"] | null;
            to: components["schemas"]["PhoneNumberE164"];
            from: components["schemas"]["PhoneNumberE164"];
            /** @description The customer's name. */
            name: string | null;
            /** @description The context you gave the agent. */
            context: string | null;
            /** @description The opening line used for this call, if overridden. */
            firstMessage: string | null;
            /**
             * Format: uri
             * @description Where this call's events are also delivered.
             */
            webhookUrl: string | null;
            /** @description Longest call in seconds. */
            maxDuration: number;
            metadata: components["schemas"]["Metadata"];
            variables: components["schemas"]["CallVariables"];
            /** @description Seconds from answer to hang-up; null until the call ends. */
            duration: number | null;
            /** @description The conversation, once the transcript is ready. */
            transcript: components["schemas"]["TranscriptTurn"][] | null;
            /** @description What happened on the call, once analysis is complete. */
            summary: string | null;
            /** Format: uri */
            recordingUrl: string | null;
            sentiment: components["schemas"]["Sentiment"] | null;
            qualityDimensions: components["schemas"]["QualityDimensions"] | null;
            outcome: components["schemas"]["CallOutcome"] | null;
            endedReason: components["schemas"]["CallEndedReason"] | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When dialing began.
             */
            startedAt: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
        };
        CallCreate: {
            agentId: components["schemas"]["AgentId"];
            /** @description The number to call, in E.164. Test numbers `+15005550001`…`+15005550107` select an outcome deterministically (see the introduction). */
            to: components["schemas"]["PhoneNumberE164"];
            /** @description The customer's name; the agent greets them by it. */
            name?: string | undefined;
            /** @description Free-form context the agent can use (task, appointment details, notes). */
            context?: string | undefined;
            /** @description Overrides the agent's opening line for this call. */
            firstMessage?: string | undefined;
            leadId?: components["schemas"]["LeadId"] | undefined;
            /**
             * Format: uri
             * @description Also deliver this call's events to this URL, signed like subscription deliveries.
             */
            webhookUrl?: string | undefined;
            /**
             * @description Longest call in seconds.
             * @default 600
             */
            maxDuration?: number | undefined;
            metadata?: components["schemas"]["Metadata"] | undefined;
        };
        /**
         * @description The steps of a call, in the order they happen: `call.queued`, `call.dialing`, `call.ringing`,
         *     `call.answered`, `transcript.turn` (one per turn), `voicemail.left`, `call.ended` (exactly one, with
         *     the terminal status), `transcript.ready`, `analysis.complete` (exactly one for answered calls), then
         *     `appointment.booked`, `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`.
         * @enum {string}
         */
        CallTimelineEventType: "call.queued" | "call.dialing" | "call.ringing" | "call.answered" | "transcript.turn" | "voicemail.left" | "call.ended" | "transcript.ready" | "analysis.complete" | "appointment.booked" | "emergency.detected" | "sms.sent" | "sms.delivered" | "sms.failed";
        CallTimelineEvent: {
            id: components["schemas"]["TimelineEventId"];
            callId: components["schemas"]["CallId"];
            /** @description 1 for the first event of the call, then one more per event. */
            sequence: number;
            type: components["schemas"]["CallTimelineEventType"];
            status: components["schemas"]["CallStatus"];
            /** Format: date-time */
            occurredAt: string;
            /** @description Milliseconds since the call was created. */
            offsetMs: number;
            data: components["schemas"]["CallTimelineEventData"];
        };
        /** @description The first event of every stream (SSE event `ready`), sent once the stream is live. */
        StreamReady: {
            /** @constant */
            object: "stream.ready";
            /** @description Seconds between heartbeat comments while nothing else is sent; a client that hears nothing for twice as long should reconnect. */
            heartbeatSeconds: number;
        };
        /** @description The last event of a call's stream (SSE event `end`), after the call's last timeline event; the server then closes the stream. */
        StreamEnd: {
            /** @constant */
            object: "stream.end";
            /** @description The sequence of the call's last timeline event. */
            lastSequence: number;
            call: components["schemas"]["Call"];
        };
        /** @description The data of one SSE event of a call's stream: `ready`, a timeline event (named by its `type`, `id` its `sequence`), or `end`. */
        CallStreamMessage: components["schemas"]["StreamReady"] | components["schemas"]["CallTimelineEvent"] | components["schemas"]["StreamEnd"];
        /** @description The data of one SSE event of the event stream: `ready`, or an event (named by its `type`, `id` the event's id). */
        EventStreamMessage: components["schemas"]["StreamReady"] | components["schemas"]["Event"];
        /** @description What the event carries; the fields present depend on its type. */
        CallTimelineEventData: {
            /**
             * @description `transcript.turn`: who spoke.
             * @enum {string}
             */
            role?: "agent" | "customer";
            /** @description `transcript.turn`: what was said. */
            text?: string;
            status?: components["schemas"]["CallStatus"];
            endedReason?: components["schemas"]["CallEndedReason"];
            /** @description `call.ended`: seconds from answer to hang-up. */
            duration?: number;
            /** @description `analysis.complete`: the summary. */
            summary?: string;
            sentiment?: components["schemas"]["Sentiment"];
            outcome?: components["schemas"]["CallOutcome"];
            appointmentId?: components["schemas"]["AppointmentId"];
            smsId?: components["schemas"]["SmsMessageId"];
            /** @description `emergency.detected`: what was heard. */
            keywords?: string[];
            /** @description What failed (`sms.failed`, failed calls). */
            error?: string;
        };
        /**
         * @description Where the lead is in your pipeline.
         * @enum {string}
         */
        LeadStatus: "new" | "contacted" | "qualified" | "booked" | "won" | "lost";
        Lead: {
            id: components["schemas"]["LeadId"];
            businessId: components["schemas"]["BusinessId"];
            name: string;
            phone: components["schemas"]["PhoneNumberE164"];
            /** Format: email */
            email: string | null;
            /** @description AI-assigned quality score. */
            score: number;
            status: components["schemas"]["LeadStatus"];
            /** @description Where the lead came from (web form, referral, …). */
            source: string;
            /** @description Calls and messages with this lead so far. */
            interactionCount: number;
            /** Format: date-time */
            firstContactAt: string;
            /** Format: date-time */
            lastContactAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description The appointment's state.
         * @enum {string}
         */
        AppointmentStatus: "scheduled" | "confirmed" | "completed" | "cancelled";
        Appointment: {
            id: components["schemas"]["AppointmentId"];
            businessId: components["schemas"]["BusinessId"];
            leadId: components["schemas"]["LeadId"] | null;
            /** @description The call that booked it, if any. */
            callId: components["schemas"]["CallId"] | null;
            title: string;
            notes: string | null;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            status: components["schemas"]["AppointmentStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AppointmentCreate: {
            title: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            leadId?: components["schemas"]["LeadId"] | undefined;
            notes?: string | undefined;
        };
        AppointmentUpdate: {
            title?: string | undefined;
            /** Format: date-time */
            startTime?: string | undefined;
            /** Format: date-time */
            endTime?: string | undefined;
            notes?: string | undefined;
            status?: components["schemas"]["AppointmentStatus"] | undefined;
        };
        AnalyticsTotals: {
            /** @description Every call, inbound and outbound. */
            calls: number;
            completed: number;
            /** @description Inbound calls nobody answered, and outbound calls that were not answered. */
            missed: number;
            appointmentsBooked: number;
            emergencies: number;
            /** @description Missed callers reached again by a later completed call. */
            missedRecovered: number;
        };
        AnalyticsBucket: {
            /**
             * Format: date-time
             * @description Start of the bucket.
             */
            start: string;
            calls: number;
            completed: number;
            missed: number;
            appointmentsBooked: number;
            emergencies: number;
            averageDurationSeconds: number;
        };
        Analytics: {
            /** @enum {string} */
            period: "day" | "week" | "month";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            totals: components["schemas"]["AnalyticsTotals"];
            /** @description Appointments booked per completed call. */
            bookingRate: number;
            /** @description Mean duration of answered calls. */
            averageDurationSeconds: number;
            /** @description Emergencies per completed call. */
            emergencyDetectionRate: number;
            /** @description Missed callers recovered per missed call. */
            missedCallRecoveryRate: number;
            series: components["schemas"]["AnalyticsBucket"][];
        };
        ApiKey: {
            id: components["schemas"]["KeyId"];
            /** @description The first characters of the key, to recognise it (`kc_live_abc1`). */
            prefix: string;
            name: string;
            scopes: components["schemas"]["Scope"][];
            /** @description The one business the key reaches, or null for all. */
            businessId: components["schemas"]["BusinessId"] | null;
            /** @description The addresses the key works from, as given at creation, or null: from any address. */
            ipAllowlist: components["schemas"]["IpAllowlist"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description False once revoked or expired. */
            isActive: boolean;
        };
        ApiKeyCreate: {
            /** @default Untitled Key */
            name?: string | undefined;
            /**
             * @default [
             *       "agents:read",
             *       "numbers:read",
             *       "calls:read",
             *       "calls:write"
             *     ]
             */
            scopes?: components["schemas"]["Scope"][] | undefined;
            businessId?: components["schemas"]["BusinessId"] | undefined;
            /**
             * Format: date-time
             * @description When the key stops working.
             */
            expiresAt?: string | undefined;
            ipAllowlist?: components["schemas"]["IpAllowlist"] | undefined;
        };
        /**
         * @description Restricts a key to these client addresses: each entry is an IPv4 or IPv6 address (`203.0.113.7`,
         *     `::1`) or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`). A request from any other address gets
         *     403 `ip_restricted`. An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) counts as its IPv4 address.
         *     An entry that is not an address or range is refused at creation with 400 `invalid_request`, naming
         *     the entry.
         */
        IpAllowlist: string[];
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The full secret. Shown once. */
            key: string;
        };
        BusinessBalance: {
            businessId: components["schemas"]["BusinessId"];
            businessName: string;
            /** @enum {string} */
            plan: "starter" | "professional" | "business" | "business_plus" | "enterprise";
            minutesUsed: number;
            minutesIncluded: number;
            phoneNumbers: number;
            /** @enum {string} */
            subscriptionStatus: "active" | "trialing" | "past_due" | "canceled";
        };
        Balance: {
            businesses: components["schemas"]["BusinessBalance"][];
        };
        UsageRecord: {
            id: components["schemas"]["UsageRecordId"];
            endpoint: string;
            /** @enum {string} */
            method: "GET" | "POST" | "PATCH" | "DELETE";
            statusCode: number;
            callId: components["schemas"]["CallId"] | null;
            /** @description The business of the key that made the request, or null for a key that reaches every business (then only such keys list the record). */
            businessId: components["schemas"]["BusinessId"] | null;
            costCents: number;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description `scheduled` until `schedule.start_at`, then `running`; `paused` and back; ends `completed` (every contact called) or `canceled`.
         * @enum {string}
         */
        RunStatus: "scheduled" | "running" | "paused" | "completed" | "canceled";
        RunContact: {
            to: components["schemas"]["PhoneNumberE164"];
            name?: string | undefined;
            leadId?: components["schemas"]["LeadId"] | undefined;
            /** @description Context for this contact's call, added to the run's. */
            context?: string | undefined;
            metadata?: components["schemas"]["Metadata"] | undefined;
        };
        /** @description The hours of the day, in the run's timezone, when calls may start. */
        CallWindow: {
            start: string;
            end: string;
            /**
             * @default [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[] | undefined;
        };
        RunSchedule: {
            /**
             * Format: date-time
             * @description When to start. Omit it to start now.
             */
            startAt?: string | undefined;
        };
        RunCreate: {
            name: string;
            agentId: components["schemas"]["AgentId"];
            contacts: components["schemas"]["RunContact"][];
            /** @description Context the agent gets on every call. */
            context?: string | undefined;
            schedule?: components["schemas"]["RunSchedule"] | undefined;
            /**
             * @description An IANA timezone for the call window.
             * @default America/New_York
             */
            timezone?: string | undefined;
            callWindow?: components["schemas"]["CallWindow"] | undefined;
            /** @default 1 */
            maxConcurrentCalls?: number | undefined;
            metadata?: components["schemas"]["Metadata"] | undefined;
        };
        RunProblem: {
            /** @description The field, as a path (`contacts[3].to`). */
            field: string;
            /** @enum {string} */
            code: "invalid" | "not_found" | "duplicate" | "outside_window" | "limit_reached";
            message: string;
        };
        RunValidation: {
            valid: boolean;
            contactCount: number;
            /** @description What prevents the run from being created. */
            errors: components["schemas"]["RunProblem"][];
            /** @description What would not prevent it, but deserves a look (duplicate contacts, …). */
            warnings: components["schemas"]["RunProblem"][];
        };
        RunPreviewCall: {
            to: components["schemas"]["PhoneNumberE164"];
            name: string | null;
            /**
             * Format: date-time
             * @description When this contact's call would start, at the earliest.
             */
            scheduledAt: string;
        };
        RunPreview: {
            contactCount: number;
            /** Format: date-time */
            firstCallAt: string | null;
            /** Format: date-time */
            lastCallAt: string | null;
            /** @description Wall time from the first call to the last. */
            estimatedDurationMinutes: number;
            estimatedCostCents: number;
            /** @description The first 20 calls in dispatch order. */
            calls: components["schemas"]["RunPreviewCall"][];
        };
        /** @description Every contact is counted in exactly one of `pending`, `in_progress`, `completed`, `failed` and `canceled`, so they add up to `total`. */
        RunProgress: {
            total: number;
            /** @description Not called yet. */
            pending: number;
            inProgress: number;
            /** @description Calls that ended `completed` or `voicemail`. */
            completed: number;
            /** @description Calls that ended `failed`, `no-answer` or `busy`. */
            failed: number;
            canceled: number;
        };
        CommunicationRun: {
            id: components["schemas"]["RunId"];
            name: string;
            status: components["schemas"]["RunStatus"];
            agentId: components["schemas"]["AgentId"];
            context: string | null;
            timezone: string;
            callWindow: components["schemas"]["CallWindow"] | null;
            schedule: components["schemas"]["RunSchedule"];
            maxConcurrentCalls: number;
            progress: components["schemas"]["RunProgress"];
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            canceledAt: string | null;
        };
        /** @description The event types to deliver; `["*"]` for all. */
        EventTypeFilter: (components["schemas"]["EventType"] | "*")[];
        WebhookEndpoint: {
            id: components["schemas"]["WebhookId"];
            /** Format: uri */
            url: string;
            /** @description The one business whose events the subscription receives, or null for every business of the account. */
            businessId: components["schemas"]["BusinessId"] | null;
            description: string | null;
            events: components["schemas"]["EventTypeFilter"];
            /** @description Deliveries are attempted only while enabled. */
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            secretRotatedAt: string | null;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description The signing secret. Shown once. */
            secret: string;
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret still signs too.
             */
            previousSecretExpiresAt: string | null;
        };
        WebhookEndpointCreate: {
            /** Format: uri */
            url: string;
            /** @description Receive only this business's events. Defaults to the key's business (a key bound to a business can subscribe to no other); without it, a key that reaches every business subscribes to all of them. */
            businessId?: components["schemas"]["BusinessId"] | undefined;
            events?: components["schemas"]["EventTypeFilter"] | undefined;
            description?: string | undefined;
            /** @default true */
            enabled?: boolean | undefined;
        };
        WebhookEndpointUpdate: {
            /** Format: uri */
            url?: string | undefined;
            events?: components["schemas"]["EventTypeFilter"] | undefined;
            description?: string | undefined;
            enabled?: boolean | undefined;
        };
        WebhookSecretRotation: {
            /**
             * @description How long the previous secret keeps signing too.
             * @default 86400
             */
            gracePeriodSeconds?: number | undefined;
        };
        /**
         * @description `pending` until the first attempt, `retrying` after a failed attempt with another scheduled, `succeeded` after a 2xx, `failed` after the last retry failed.
         * @enum {string}
         */
        DeliveryStatus: "pending" | "retrying" | "succeeded" | "failed";
        DeliveryAttempt: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            /** @description The endpoint's HTTP status, or null when it could not be reached. */
            statusCode: number | null;
            latencyMs: number;
            /** @description The first 500 characters of the endpoint's response. */
            responseExcerpt: string | null;
            /** @description Why the attempt failed: `timeout`, `connection_refused`, `http_status` … */
            error: string | null;
        };
        Delivery: {
            id: components["schemas"]["DeliveryId"];
            eventId: components["schemas"]["EventId"];
            eventType: components["schemas"]["EventType"];
            /** @description The subscription, or null for a call's own `webhook_url`. */
            webhookId: components["schemas"]["WebhookId"] | null;
            /** Format: uri */
            url: string;
            status: components["schemas"]["DeliveryStatus"];
            /**
             * @description What caused this delivery.
             * @enum {string}
             */
            trigger: "event" | "replay" | "backfill" | "test";
            attempts: components["schemas"]["DeliveryAttempt"][];
            /**
             * Format: date-time
             * @description When the next retry is due (30 s, 5 min, 30 min, then 2 h after a failure).
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EventReplay: {
            webhookId?: components["schemas"]["WebhookId"] | undefined;
        };
        EventReplayResult: {
            eventId: components["schemas"]["EventId"];
            deliveries: components["schemas"]["Delivery"][];
        };
        EventBackfill: {
            webhookId: components["schemas"]["WebhookId"];
            /**
             * Format: date-time
             * @description Events created at or after this time.
             */
            from: string;
            /**
             * Format: date-time
             * @description Events created before this time. Defaults to now.
             */
            to?: string | undefined;
            /** @description Only these types (still within the subscription's filter). */
            types?: components["schemas"]["EventType"][] | undefined;
            /**
             * @description Only events whose last delivery to this subscription did not succeed.
             * @default false
             */
            onlyFailed?: boolean | undefined;
        };
        EventBackfillResult: {
            webhookId: components["schemas"]["WebhookId"];
            eventCount: number;
            deliveries: components["schemas"]["Delivery"][];
        };
        /**
         * @description Where the message is.
         * @enum {string}
         */
        SmsStatus: "queued" | "sent" | "delivered" | "failed" | "received";
        SmsMessage: {
            id: components["schemas"]["SmsMessageId"];
            businessId: components["schemas"]["BusinessId"];
            /** @description The call this message follows up, if any. */
            callId: components["schemas"]["CallId"] | null;
            leadId: components["schemas"]["LeadId"] | null;
            conversationId: components["schemas"]["ConversationId"];
            /** @enum {string} */
            direction: "outbound" | "inbound";
            from: components["schemas"]["PhoneNumberE164"];
            to: components["schemas"]["PhoneNumberE164"];
            body: string;
            status: components["schemas"]["SmsStatus"];
            /** @description The carrier's reason when the message failed. */
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        Conversation: {
            id: components["schemas"]["ConversationId"];
            businessId: components["schemas"]["BusinessId"];
            leadId: components["schemas"]["LeadId"] | null;
            contactPhone: components["schemas"]["PhoneNumberE164"];
            /** @enum {string} */
            channel: "sms" | "voice";
            messageCount: number;
            callIds: components["schemas"]["CallId"][];
            /** Format: date-time */
            lastMessageAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Job: {
            id: components["schemas"]["JobId"];
            /** @enum {string} */
            type: "transcription" | "analysis" | "follow_up_sms" | "appointment_booking" | "run_dispatch";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            callId: components["schemas"]["CallId"] | null;
            runId: components["schemas"]["RunId"] | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
        Attempt: {
            id: components["schemas"]["AttemptId"];
            callId: components["schemas"]["CallId"];
            leadId: components["schemas"]["LeadId"] | null;
            runId: components["schemas"]["RunId"] | null;
            to: components["schemas"]["PhoneNumberE164"];
            attemptNumber: number;
            /**
             * @description Null while the attempt is under way.
             * @enum {string|null}
             */
            result: "answered" | "voicemail" | "no-answer" | "busy" | "failed" | "canceled" | null;
            /** @description The carrier's code when the attempt failed. */
            carrierCode: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string | null;
        };
        Recording: {
            id: components["schemas"]["RecordingId"];
            callId: components["schemas"]["CallId"];
            leadId: components["schemas"]["LeadId"] | null;
            /** Format: uri */
            url: string;
            /** @description Seconds. */
            duration: number;
            /** @enum {string} */
            format: "mp3" | "wav";
            sizeBytes: number;
            /** Format: date-time */
            createdAt: string;
        };
        TranscriptReadyData: {
            callId: components["schemas"]["CallId"];
            duration: number;
            transcript: components["schemas"]["TranscriptTurn"][];
        };
        AnalysisCompleteData: {
            callId: components["schemas"]["CallId"];
            summary: string;
            sentiment: components["schemas"]["Sentiment"];
            qualityDimensions: components["schemas"]["QualityDimensions"];
            outcome: components["schemas"]["CallOutcome"];
        };
        EmergencyData: {
            callId: components["schemas"]["CallId"];
            leadId: components["schemas"]["LeadId"] | null;
            keywords: string[];
            summary: string;
        };
        VoicemailData: {
            callId: components["schemas"]["CallId"];
            from: components["schemas"]["PhoneNumberE164"];
            duration: number;
            /** Format: uri */
            recordingUrl: string;
            transcription: string;
        };
        WebhookTestData: {
            webhookId: components["schemas"]["WebhookId"];
            message: string;
        };
        /**
         * @description Every event type, as delivered to webhooks and stored in the event log.
         * @enum {string}
         */
        EventType: "call.queued" | "call.started" | "call.answered" | "call.ended" | "call.completed" | "call.failed" | "call.missed" | "voicemail.received" | "transcript.ready" | "analysis.complete" | "appointment.booked" | "emergency.detected" | "sms.sent" | "sms.delivered" | "sms.failed" | "run.started" | "run.paused" | "run.resumed" | "run.completed" | "run.canceled" | "webhook.test";
        /** @description An event, as stored in the event log and delivered to webhooks. Discriminated by `type`. */
        Event: components["schemas"]["CallQueuedEvent"] | components["schemas"]["CallStartedEvent"] | components["schemas"]["CallAnsweredEvent"] | components["schemas"]["CallEndedEvent"] | components["schemas"]["CallCompletedEvent"] | components["schemas"]["CallFailedEvent"] | components["schemas"]["CallMissedEvent"] | components["schemas"]["VoicemailReceivedEvent"] | components["schemas"]["TranscriptReadyEvent"] | components["schemas"]["AnalysisCompleteEvent"] | components["schemas"]["AppointmentBookedEvent"] | components["schemas"]["EmergencyDetectedEvent"] | components["schemas"]["SmsSentEvent"] | components["schemas"]["SmsDeliveredEvent"] | components["schemas"]["SmsFailedEvent"] | components["schemas"]["RunStartedEvent"] | components["schemas"]["RunPausedEvent"] | components["schemas"]["RunResumedEvent"] | components["schemas"]["RunCompletedEvent"] | components["schemas"]["RunCanceledEvent"] | components["schemas"]["WebhookTestEvent"];
        /** @description A call was created and is waiting to dial. */
        CallQueuedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.queued";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description Dialing began (outbound) or the phone rang (inbound). */
        CallStartedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.started";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description The call was answered and the conversation began. */
        CallAnsweredEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.answered";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description The call hung up, whatever its outcome: its status, `duration` and `ended_reason` are final; the transcript and analysis follow. Sent once per call, before its terminal event (`call.completed` once the analysis is in, or at once `call.failed` or `call.missed`). */
        CallEndedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.ended";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description A call as `call.completed` carries it: ended after a conversation or a voicemail, with its analysis in. The fields a `Call` leaves null until then are set: the duration, transcript, summary, sentiment, quality scores, outcome, recording and the timestamps. */
        CompletedCall: components["schemas"]["Call"] & {
            /** @enum {string} */
            status: "completed" | "voicemail";
            duration: number;
            transcript: components["schemas"]["TranscriptTurn"][];
            summary: string;
            /** Format: uri */
            recordingUrl: string;
            sentiment: components["schemas"]["Sentiment"];
            qualityDimensions: components["schemas"]["QualityDimensions"];
            outcome: components["schemas"]["CallOutcome"];
            endedReason: components["schemas"]["CallEndedReason"];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt: string;
            /** Format: date-time */
            endedAt: string;
        };
        /** @description The call ended after a conversation (`completed`) or after the agent left a voicemail (`voicemail`), and its analysis is in: it carries the summary, outcome, sentiment, transcript and `recording_url`. Sent after `call.ended`, `transcript.ready` and `analysis.complete`, before what follows from the outcome (`appointment.booked`, `sms.sent`, ...). Terminal: sent once per call. */
        CallCompletedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.completed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CompletedCall"];
        };
        /** @description The call ended without a conversation: `failed`, `no-answer`, `busy` or `canceled`. Terminal: sent once per call. */
        CallFailedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.failed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description An inbound call rang out with nobody answering. Terminal: sent once per call. */
        CallMissedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.missed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Call"];
        };
        /** @description A caller left a voicemail after a missed inbound call. */
        VoicemailReceivedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "voicemail.received";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["VoicemailData"];
        };
        /** @description The call's transcript is ready. */
        TranscriptReadyEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "transcript.ready";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["TranscriptReadyData"];
        };
        /** @description The call was analysed: summary, sentiment, quality scores and outcome. */
        AnalysisCompleteEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "analysis.complete";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["AnalysisCompleteData"];
        };
        /** @description The agent booked an appointment. */
        AppointmentBookedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "appointment.booked";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["Appointment"];
        };
        /** @description The caller described an emergency. */
        EmergencyDetectedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "emergency.detected";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["EmergencyData"];
        };
        /** @description A text message was handed to the carrier. */
        SmsSentEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.sent";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["SmsMessage"];
        };
        /** @description The carrier confirmed delivery of a text message. */
        SmsDeliveredEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.delivered";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["SmsMessage"];
        };
        /** @description A text message could not be delivered. */
        SmsFailedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.failed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["SmsMessage"];
        };
        /** @description A communication run started dispatching calls. */
        RunStartedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.started";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /** @description A communication run was paused. */
        RunPausedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.paused";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /** @description A paused communication run was resumed. */
        RunResumedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.resumed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /** @description Every contact of a communication run was called. */
        RunCompletedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.completed";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /** @description A communication run was canceled. */
        RunCanceledEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.canceled";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /** @description A test event sent by `POST /v1/webhooks/{webhook_id}/test`. */
        WebhookTestEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.test";
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["WebhookTestData"];
        };
        /** @description A page of Agent objects. */
        AgentList: components["schemas"]["Page"] & {
            data: components["schemas"]["Agent"][];
        };
        /** @description A page of AgentConfigVersion objects. */
        AgentConfigVersionList: components["schemas"]["Page"] & {
            data: components["schemas"]["AgentConfigVersion"][];
        };
        /** @description A page of PhoneNumber objects. */
        PhoneNumberList: components["schemas"]["Page"] & {
            data: components["schemas"]["PhoneNumber"][];
        };
        /** @description A page of Call objects. */
        CallList: components["schemas"]["Page"] & {
            data: components["schemas"]["Call"][];
        };
        /** @description A page of CallTimelineEvent objects. */
        CallTimelineEventList: components["schemas"]["Page"] & {
            data: components["schemas"]["CallTimelineEvent"][];
        };
        /** @description A page of Lead objects. */
        LeadList: components["schemas"]["Page"] & {
            data: components["schemas"]["Lead"][];
        };
        /** @description A page of Appointment objects. */
        AppointmentList: components["schemas"]["Page"] & {
            data: components["schemas"]["Appointment"][];
        };
        /** @description A page of ApiKey objects. */
        ApiKeyList: components["schemas"]["Page"] & {
            data: components["schemas"]["ApiKey"][];
        };
        /** @description A page of UsageRecord objects. */
        UsageRecordList: components["schemas"]["Page"] & {
            data: components["schemas"]["UsageRecord"][];
        };
        /** @description A page of CommunicationRun objects. */
        RunList: components["schemas"]["Page"] & {
            data: components["schemas"]["CommunicationRun"][];
        };
        /** @description A page of WebhookEndpoint objects. */
        WebhookEndpointList: components["schemas"]["Page"] & {
            data: components["schemas"]["WebhookEndpoint"][];
        };
        /** @description A page of Event objects. */
        EventList: components["schemas"]["Page"] & {
            data: components["schemas"]["Event"][];
        };
        /** @description A page of Delivery objects. */
        DeliveryList: components["schemas"]["Page"] & {
            data: components["schemas"]["Delivery"][];
        };
        /** @description A page of SmsMessage objects. */
        SmsMessageList: components["schemas"]["Page"] & {
            data: components["schemas"]["SmsMessage"][];
        };
        /** @description A page of Conversation objects. */
        ConversationList: components["schemas"]["Page"] & {
            data: components["schemas"]["Conversation"][];
        };
        /** @description A page of Job objects. */
        JobList: components["schemas"]["Page"] & {
            data: components["schemas"]["Job"][];
        };
        /** @description A page of Attempt objects. */
        AttemptList: components["schemas"]["Page"] & {
            data: components["schemas"]["Attempt"][];
        };
        /** @description A page of Recording objects. */
        RecordingList: components["schemas"]["Page"] & {
            data: components["schemas"]["Recording"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only agents of this business. */
                businessId?: components["schemas"]["BusinessId"] | undefined;
                /** @description Only active (`true`) or inactive (`false`) agents. */
                isActive?: boolean | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCreate"];
            };
        };
        responses: {
            /** @description The agent was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
        };
    };
    listAgentConfigVersions: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
            };
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["schemas"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of config versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentConfigVersionList"];
                };
            };
        };
    };
    listNumbers: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only numbers assigned to this agent. */
                agentId?: components["schemas"]["AgentId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of phone numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
        };
    };
    getNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The phone number's id. */
                number_id: components["schemas"]["NumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only calls handled by this agent. */
                agentId?: components["schemas"]["AgentId"] | undefined;
                /** @description Only calls linked to this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
                /** @description Only calls placed by this communication run. */
                runId?: components["schemas"]["RunId"] | undefined;
                /** @description Only calls in this status. */
                status?: components["schemas"]["CallStatus"] | undefined;
                /** @description Only outbound or only inbound calls. */
                direction?: components["schemas"]["CallDirection"] | undefined;
                /** @description Only items created at or after this time (ISO 8601). */
                createdAfter?: string | undefined;
                /** @description Only items created before this time (ISO 8601). */
                createdBefore?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallList"];
                };
            };
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCreate"];
            };
        };
        responses: {
            /** @description The call was queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
        };
    };
    cancelCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
        };
    };
    listCallEvents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only events whose `sequence` is greater than this one. */
                afterSequence?: number | undefined;
            };
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the call's timeline events, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallTimelineEventList"];
                };
            };
        };
    };
    streamCallEvents: {
        parameters: {
            query?: {
                /** @description Only events whose `sequence` is greater than this one (the same as `Last-Event-ID`). */
                afterSequence?: number | undefined;
                /**
                 * @description When the stream ends. `last_event` (the default): after the call's last timeline event, what
                 *     follows from the outcome (`appointment.booked`, `sms.sent`, `sms.delivered`, ...) included.
                 *     `done`: as soon as the call is done, ended and, if it was answered, analyzed (its terminal event
                 *     `call.completed`, `call.failed` or `call.missed` is out), which is what a client waiting for the
                 *     outcome needs; the `end` event then carries the call as it is at that moment.
                 */
                until?: "last_event" | "done" | undefined;
            };
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's timeline as Server-Sent Events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["CallStreamMessage"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only leads in this pipeline status. */
                status?: components["schemas"]["LeadStatus"] | undefined;
                /** @description Only the lead with this phone number (E.164). */
                phone?: components["schemas"]["PhoneNumberE164"] | undefined;
                /** @description Only leads scored at least this much. */
                minScore?: number | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadList"];
                };
            };
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The lead's id. */
                lead_id: components["schemas"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only appointments in this status. */
                status?: components["schemas"]["AppointmentStatus"] | undefined;
                /** @description Only appointments starting at or after this time. */
                from?: string | undefined;
                /** @description Only appointments starting before this time. */
                to?: string | undefined;
                /** @description Only appointments with this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appointments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentList"];
                };
            };
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentCreate"];
            };
        };
        responses: {
            /** @description The appointment was booked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appointment's id. */
                appointment_id: components["schemas"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appointment's id. */
                appointment_id: components["schemas"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentUpdate"];
            };
        };
        responses: {
            /** @description The updated appointment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
        };
    };
    getAnalytics: {
        parameters: {
            query?: {
                /** @description The size of each bucket in `series`. */
                period?: "day" | "week" | "month" | undefined;
                /** @description Start of the range (inclusive). Defaults to 30 days before `to`. */
                from?: string | undefined;
                /** @description End of the range (exclusive). Defaults to now. */
                to?: string | undefined;
                /** @description Only calls handled by this agent. */
                agentId?: components["schemas"]["AgentId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analytics for the range. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Analytics"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only active (`true`) or revoked and expired (`false`) keys. */
                isActive?: boolean | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key was created. `key` is shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key's id. */
                key_id: components["schemas"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key's id. */
                key_id: components["schemas"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance of each business. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
        };
    };
    listUsage: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records at or after this time (ISO 8601). */
                start?: string | undefined;
                /** @description Only records before this time (ISO 8601). */
                end?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of usage records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecordList"];
                };
            };
        };
    };
    validateRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreate"];
            };
        };
        responses: {
            /** @description The validation result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunValidation"];
                };
            };
        };
    };
    previewRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreate"];
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPreview"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only runs in this status. */
                status?: components["schemas"]["RunStatus"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of communication runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreate"];
            };
        };
        responses: {
            /** @description The run was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["schemas"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
        };
    };
    pauseRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["schemas"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
        };
    };
    resumeRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["schemas"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resumed run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["schemas"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The subscription was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The updated subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["schemas"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookSecretRotation"];
            };
        };
        responses: {
            /** @description The subscription with its new secret, shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only events of this type. */
                type?: components["schemas"]["EventType"] | undefined;
                /** @description Only items created at or after this time (ISO 8601). */
                createdAfter?: string | undefined;
                /** @description Only items created before this time (ISO 8601). */
                createdBefore?: string | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Only events of these types (comma-separated). Omit it for every type. */
                types?: components["schemas"]["EventType"][] | undefined;
                /** @description Only events stored after this one (the same as `Last-Event-ID`). */
                after?: components["schemas"]["EventId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event log as Server-Sent Events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStreamMessage"];
                };
            };
        };
    };
    backfillEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventBackfill"];
            };
        };
        responses: {
            /** @description The backfill was accepted and its deliveries created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventBackfillResult"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's id. */
                event_id: components["schemas"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
        };
    };
    replayEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's id. */
                event_id: components["schemas"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EventReplay"];
            };
        };
        responses: {
            /** @description The replay was accepted; these deliveries were created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventReplayResult"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only deliveries of this event. */
                eventId?: components["schemas"]["EventId"] | undefined;
                /** @description Only deliveries to this subscription. */
                webhookId?: components["schemas"]["WebhookId"] | undefined;
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["DeliveryStatus"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery's id. */
                delivery_id: components["schemas"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
        };
    };
    listSmsMessages: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records of this call. */
                callId?: components["schemas"]["CallId"] | undefined;
                /** @description Only records of this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SMS messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsMessageList"];
                };
            };
        };
    };
    getSmsMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of an SMS message. */
                sms_id: components["schemas"]["SmsMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SMS message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsMessage"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records of this call. */
                callId?: components["schemas"]["CallId"] | undefined;
                /** @description Only records of this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a conversation. */
                conversation_id: components["schemas"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records of this call. */
                callId?: components["schemas"]["CallId"] | undefined;
                /** @description Only records of this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a job. */
                job_id: components["schemas"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    listAttempts: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records of this call. */
                callId?: components["schemas"]["CallId"] | undefined;
                /** @description Only records of this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dial attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptList"];
                };
            };
        };
    };
    getAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a dial attempt. */
                attempt_id: components["schemas"]["AttemptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dial attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attempt"];
                };
            };
        };
    };
    listRecordings: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: number | undefined;
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: string | undefined;
                /** @description Only records of this call. */
                callId?: components["schemas"]["CallId"] | undefined;
                /** @description Only records of this lead. */
                leadId?: components["schemas"]["LeadId"] | undefined;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingList"];
                };
            };
        };
    };
    getRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a recording. */
                recording_id: components["schemas"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
        };
    };
}
