// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

export interface paths {
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Returns the agents of every business the key can reach, most recently created first.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates an AI voice agent. Its first configuration becomes config version 1.
         */
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
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Returns an agent with its current configuration and assigned phone number.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Deletes an agent. Its past calls are kept; its phone number is unassigned.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Changes only the fields sent. A change to its configuration records a new config version.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/config-versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an agent's config versions
         * @description Returns every configuration the agent has run with, newest first, so that a call's behaviour can be matched to the exact configuration that produced it.
         */
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
        /**
         * List phone numbers
         * @description Returns the phone numbers registered to your businesses.
         */
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
            path: {
                /** @description The phone number's id. */
                number_id: components["parameters"]["NumberIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a phone number
         * @description Returns a phone number and the agent that answers it.
         */
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
        /**
         * List calls
         * @description Returns calls across your businesses, most recent first.
         */
        get: operations["listCalls"];
        put?: never;
        /**
         * Place an outbound call
         * @description Places an outbound call with an AI agent. The call starts `queued` and moves through `ringing` and
         *     `in-progress` to one terminal status: `completed`, `voicemail`, `failed`, `no-answer`, `busy` or
         *     `canceled`. Follow it with `GET /v1/calls/{call_id}/events` (or `calls.wait` in the SDKs) or
         *     webhooks.
         *
         *     When you pass a `lead_id`, or `to` matches a lead's phone, the agent is given the lead's context
         *     (`variables` on the call). Test numbers (`+1500555…`) behave deterministically: see the table in
         *     the introduction. Rate limit: 60 creates a minute per key.
         */
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
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a call
         * @description Returns a call with its status and, once it has ended, its duration, transcript, summary, sentiment, quality scores, outcome and recording. While the call is live the response carries `X-Poll-Interval-Ms`, the interval a poller should wait.
         */
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
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a call
         * @description Cancels a call that is still `queued` or `ringing`; it ends as `canceled`. A call that was answered or has ended cannot be canceled (409 `conflict`).
         */
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
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a call's timeline
         * @description Returns the call's timeline in order: `call.queued`, `call.dialing`, `call.ringing`, `call.answered`,
         *     `transcript.turn`…, `call.ended` (exactly one, with the terminal status), then `transcript.ready` and
         *     `analysis.complete` for answered calls, and what follows from the outcome (`appointment.booked`,
         *     `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`). Pass `after_sequence` with the last
         *     sequence you saw to read only what is new. While the call is live the response carries
         *     `X-Poll-Interval-Ms`.
         */
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
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        /**
         * Stream a call's timeline
         * @description The call's timeline as Server-Sent Events (`text/event-stream`), as it happens: the same records as
         *     `GET /v1/calls/{call_id}/events`, oldest first. The stream opens with a `ready` event
         *     (`StreamReady`), sends each timeline event as an SSE event named by its `type` whose `id` is its
         *     `sequence`, and a heartbeat comment (`: heartbeat`) every 15 seconds while nothing else is sent. After
         *     the call's last event it sends an `end` event carrying the final call (`StreamEnd`) and closes; a
         *     finished call's stream sends its whole timeline, then `end`. To resume after a dropped connection,
         *     reconnect with `Last-Event-ID` (or `after_sequence`) set to the last sequence received: nothing is
         *     skipped or repeated; when both are sent, `Last-Event-ID` wins (an EventSource keeps resending the URL
         *     it was opened with). Errors before the stream opens (401, 403, 404, 429) are JSON, as for every
         *     operation; the stream counts as one request against the rate limit.
         */
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
        /**
         * List leads
         * @description Returns the leads of your businesses, most recently created first.
         */
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
            path: {
                /** @description The lead's id. */
                lead_id: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a lead
         * @description Returns a lead with its score, pipeline status, source and interaction count.
         */
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
        /**
         * List appointments
         * @description Returns appointments, soonest first, optionally within a time range.
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Book an appointment
         * @description Books an appointment. `end_time` must be after `start_time`.
         */
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
            path: {
                /** @description The appointment's id. */
                appointment_id: components["parameters"]["AppointmentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an appointment
         * @description Returns an appointment.
         */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an appointment
         * @description Reschedules, confirms, completes or cancels an appointment (`{"status":"cancelled"}`). A cancelled appointment cannot change again (409 `conflict`).
         */
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
        /**
         * Get analytics
         * @description Returns call totals by day, week or month over a range, with the booking rate, average duration, emergency detection rate and missed-call recovery rate. Ranges longer than the plan allows (90 days on Starter) get 402 `upgrade_required`.
         */
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
        /**
         * List API keys
         * @description Returns your API keys. Secrets are never returned here, only each key's `prefix`.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a scoped API key. The full secret (`key`) is in this response only; store it securely. A key cannot grant scopes its creator lacks (403 `forbidden`), nor reach more than its creator does: a key bound to a business creates keys bound to that business, and a key with an `ip_allowlist` creates keys whose allowlist lies within its own (it is inherited when omitted).
         */
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
            path: {
                /** @description The API key's id. */
                key_id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns an API key's name, scopes, prefix and state. The secret is never returned.
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes an API key. It stops working at once; requests with it get 401 `unauthorized`.
         */
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
        /**
         * Get the balance
         * @description Returns minutes used, phone numbers and subscription status for each of your businesses.
         */
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
        /**
         * List API usage
         * @description Returns the log of billable API requests, most recent first.
         */
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
        /**
         * Validate a communication run
         * @description Checks a run definition without creating anything or contacting anyone. Always 200 for a well-formed request; `valid` and `problems` say whether it would be accepted and why not.
         */
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
        /**
         * Preview a communication run
         * @description Shows what a run would do (when each contact would be called, in which call windows, at what estimated cost) without creating it or contacting anyone.
         */
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
        /**
         * List communication runs
         * @description Returns communication runs, most recently created first.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Create a communication run
         * @description Creates a run and starts it at `schedule.start_at` (or now). One call is placed per contact, at most `max_concurrent_calls` at a time, only inside the call window in the run's timezone. `Idempotency-Key` is required, so a retried request never contacts anyone twice.
         */
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
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a communication run
         * @description Returns a run with its progress counters.
         */
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
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a communication run
         * @description Stops dispatching new calls; calls already in progress finish. Only a `scheduled` or `running` run can be paused (409 `conflict` otherwise).
         */
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
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a communication run
         * @description Resumes dispatching a `paused` run (409 `conflict` otherwise).
         */
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
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a communication run
         * @description Cancels a run. Contacts not yet called are counted as `canceled`; calls in progress finish. A run that has completed or was canceled cannot be canceled (409 `conflict`).
         */
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
        /**
         * List webhook subscriptions
         * @description Returns your webhook subscriptions. Signing secrets are not included.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook subscription
         * @description Subscribes an endpoint to the event types in `events` (`["*"]` for all). The response carries the signing `secret` (`whsec_…`), shown once.
         */
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
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Returns a webhook subscription. The signing secret is not included.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Deletes a subscription. No further deliveries are attempted; past deliveries stay readable.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook subscription
         * @description Changes the URL, the event filter, the description, or pauses deliveries (`enabled: false`).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Sends a signed `webhook.test` event to the subscription's URL now and returns the delivery with its first attempt.
         */
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
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Issues a new signing secret. During the grace period every delivery carries two signatures, one with the old secret and one with the new, so you can switch without dropping a delivery.
         */
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
        /**
         * List events
         * @description Returns the durable event log, most recent first. Events are kept for 30 days, whether or not they were delivered.
         */
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
        /**
         * Stream events
         * @description The durable event log as Server-Sent Events (`text/event-stream`), each event as it is stored: the
         *     same records as `GET /v1/events`, oldest first. The stream opens with a `ready` event (`StreamReady`)
         *     once it is live, then sends each event as an SSE event named by its `type` whose `id` is the event's
         *     id, and a heartbeat comment (`: heartbeat`) every 15 seconds while nothing else is sent. It does not
         *     end. Reconnect with `Last-Event-ID` (or `after`) set to the last event id received to receive, in
         *     order, every event stored after it: nothing is skipped or repeated; when both are sent,
         *     `Last-Event-ID` wins. An event id the log does not hold (older than 30 days, or from before a reset of
         *     the mock) is 404 `not_found`: open the stream without it and read what was missed from
         *     `GET /v1/events`. Errors before the stream opens are JSON, as for every operation; the stream counts as one request against the rate limit.
         */
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
        /**
         * Backfill events
         * @description Re-delivers every event of a time range that matches a subscription's filter to that subscription, oldest first. Each re-delivery carries the event's original `webhook-id`, so a handler that deduplicates by it stays correct.
         */
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
            path: {
                /** @description The event's id. */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an event
         * @description Returns one event with its payload, exactly as it is delivered.
         */
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
            path: {
                /** @description The event's id. */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay an event
         * @description Delivers an event again, to one subscription (`webhook_id`) or to every subscription whose filter matches it. The re-delivery carries the event's original `webhook-id`.
         */
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
        /**
         * List event deliveries
         * @description Returns deliveries of events to endpoints, most recent first, each with every attempt.
         */
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
            path: {
                /** @description The delivery's id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an event delivery
         * @description Returns a delivery with every attempt (time, status code, latency, response excerpt) and the next retry, if any.
         */
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
        /**
         * List SMS messages
         * @description Returns text messages sent and received, most recent first.
         */
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
            path: {
                /** @description The id of an SMS message. */
                sms_id: components["schemas"]["SmsMessageId"];
            };
            cookie?: never;
        };
        /**
         * Get an SMS message
         * @description Returns one text message with its delivery status.
         */
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
        /**
         * List conversations
         * @description Returns message threads with contacts, most recently active first.
         */
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
            path: {
                /** @description The id of a conversation. */
                conversation_id: components["schemas"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation with its messages.
         */
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
        /**
         * List jobs
         * @description Returns the background work done for calls and runs (transcription, analysis, follow-up SMS, dispatch), most recent first.
         */
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
            path: {
                /** @description The id of a job. */
                job_id: components["schemas"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Get a job
         * @description Returns one job with its status and timing.
         */
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
        /**
         * List dial attempts
         * @description Returns every attempt to reach a number, most recent first.
         */
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
            path: {
                /** @description The id of a dial attempt. */
                attempt_id: components["schemas"]["AttemptId"];
            };
            cookie?: never;
        };
        /**
         * Get a dial attempt
         * @description Returns one dial attempt with its carrier result.
         */
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
        /**
         * List recordings
         * @description Returns call recordings, most recent first.
         */
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
            path: {
                /** @description The id of a recording. */
                recording_id: components["schemas"]["RecordingId"];
            };
            cookie?: never;
        };
        /**
         * Get a recording
         * @description Returns one recording with its URL, duration and size.
         */
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
export interface webhooks {
    "call.queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.queued
         * @description A call was created and is waiting to dial. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallQueued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.started
         * @description Dialing began (outbound) or the phone rang (inbound). Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.answered
         * @description The call was answered and the conversation began. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallAnswered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.ended
         * @description The call hung up, whatever its outcome: its status, `duration` and `ended_reason` are final; the transcript and analysis follow. Sent once per call, before its terminal event (`call.completed` once the analysis is in, or at once `call.failed` or `call.missed`). Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallEnded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.completed
         * @description The call ended after a conversation (`completed`) or after the agent left a voicemail (`voicemail`), and its analysis is in: it carries the summary, outcome, sentiment, transcript and `recording_url`. Sent after `call.ended`, `transcript.ready` and `analysis.complete`, before what follows from the outcome (`appointment.booked`, `sms.sent`, ...). Terminal: sent once per call. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.failed
         * @description The call ended without a conversation: `failed`, `no-answer`, `busy` or `canceled`. Terminal: sent once per call. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.missed
         * @description An inbound call rang out with nobody answering. Terminal: sent once per call. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onCallMissed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "voicemail.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * voicemail.received
         * @description A caller left a voicemail after a missed inbound call. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onVoicemailReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcript.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcript.ready
         * @description The call's transcript is ready. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onTranscriptReady"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "analysis.complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * analysis.complete
         * @description The call was analysed: summary, sentiment, quality scores and outcome. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onAnalysisComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "appointment.booked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * appointment.booked
         * @description The agent booked an appointment. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onAppointmentBooked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "emergency.detected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * emergency.detected
         * @description The caller described an emergency. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onEmergencyDetected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sms.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sms.sent
         * @description A text message was handed to the carrier. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onSmsSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sms.delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sms.delivered
         * @description The carrier confirmed delivery of a text message. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onSmsDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sms.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sms.failed
         * @description A text message could not be delivered. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onSmsFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * run.started
         * @description A communication run started dispatching calls. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onRunStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * run.paused
         * @description A communication run was paused. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onRunPaused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.resumed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * run.resumed
         * @description A paused communication run was resumed. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onRunResumed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * run.completed
         * @description Every contact of a communication run was called. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onRunCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * run.canceled
         * @description A communication run was canceled. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onRunCanceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description A test event sent by `POST /v1/webhooks/{webhook_id}/test`. Signed with the Standard Webhooks headers; answer 2xx within 10 s, or the delivery is retried after 30 s, 5 min, 30 min and 2 h.
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description An agent's id.
         * @example agt_4Vd9kQ2mXp
         */
        AgentId: string;
        /**
         * @description A business's id.
         * @example biz_7Tn3wR8cLs
         */
        BusinessId: string;
        /**
         * @description A phone number's id.
         * @example num_2Jx8pF5hQz
         */
        NumberId: string;
        /**
         * @description A call's id.
         * @example call_8fK2pQ7vN3
         */
        CallId: string;
        /**
         * @description A lead's id.
         * @example lead_5Rb7nM2xKw
         */
        LeadId: string;
        /**
         * @description An appointment's id.
         * @example apt_3Gh6tY9pVe
         */
        AppointmentId: string;
        /**
         * @description An API key's id.
         * @example key_6Wm4qZ8sBd
         */
        KeyId: string;
        /**
         * @description A communication run's id.
         * @example run_9Lc2vX7nHf
         */
        RunId: string;
        /**
         * @description A webhook subscription's id.
         * @example whk_1Pz5rK8mTy
         */
        WebhookId: string;
        /**
         * @description An event's id; also its `webhook-id` when delivered.
         * @example evt_2Dq8wN4vJc
         */
        EventId: string;
        /**
         * @description A delivery's id.
         * @example dlv_7Ks3mB9xRa
         */
        DeliveryId: string;
        /**
         * @description An SMS message's id.
         * @example sms_4Ht7cV2nPq
         */
        SmsMessageId: string;
        /**
         * @description A conversation's id.
         * @example conv_8Nf3kL6wZm
         */
        ConversationId: string;
        /**
         * @description A job's id.
         * @example job_5Xr9pD2tGk
         */
        JobId: string;
        /**
         * @description A dial attempt's id.
         * @example att_3Mv7qS8jWb
         */
        AttemptId: string;
        /**
         * @description A recording's id.
         * @example rec_6Bt2nH9cFx
         */
        RecordingId: string;
        /**
         * @description An agent config version's id.
         * @example cfg_1Qw8eR5tYu
         */
        ConfigVersionId: string;
        /**
         * @description A usage record's id.
         * @example use_9Hj4kL7mNb
         */
        UsageRecordId: string;
        /**
         * @description A call timeline event's id.
         * @example tle_2Sd6fG8hJk
         */
        TimelineEventId: string;
        /**
         * @description A phone number in E.164 format.
         * @example +15125551234
         */
        PhoneNumberE164: string;
        /**
         * @description An idempotency key.
         * @example 6f1c2b9e-8a4d-4f7e-9c3a-2d5b8e1f0a7c
         */
        IdempotencyKeyValue: string;
        /**
         * @description Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.
         * @example {
         *       "crm_ticket": "T-4821",
         *       "campaignSource": "spring-promo"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @description The one error envelope every error response uses. (Not named `Error`, so that clients generated from this document do not shadow JavaScript's `Error`.)
         * @example {
         *       "error": {
         *         "code": "not_found",
         *         "message": "No call with id call_8fK2pQ7vN3.",
         *         "param": "call_id",
         *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
         *       }
         *     }
         */
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description What went wrong and what to do about it. */
                message: string;
                /** @description The request field, parameter, header or scope the error is about. */
                param?: string;
                /** @description The id of the request, as in `X-Request-Id`. */
                request_id?: string;
                /**
                 * Format: uri
                 * @description A page that explains the error.
                 */
                doc_url?: string;
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
            has_more: boolean;
            /** @description The cursor of the next page, or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "id": "agt_4Vd9kQ2mXp",
         *       "deleted": true
         *     }
         */
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
            /**
             * @description The voice the agent speaks with.
             * @example jennifer
             */
            voice: string;
            /**
             * @description A BCP 47 language tag.
             * @example en-US
             */
            language: string;
            /** @description Instructions the agent follows. */
            system_prompt: string;
            /** @description The agent's opening line on outbound calls. */
            first_message: string;
            /** @description Longest call in seconds. */
            max_call_duration: number;
        };
        /**
         * @example {
         *       "id": "agt_4Vd9kQ2mXp",
         *       "name": "Kai",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "voice": "jennifer",
         *       "language": "en-US",
         *       "system_prompt": "You are Kai, the receptionist of Smith Law. Qualify callers and book consultations.",
         *       "first_message": "Hi, this is Kai from Smith Law. Do you have a minute?",
         *       "max_call_duration": 600,
         *       "is_active": true,
         *       "phone_number": "+15125551234",
         *       "config_version": 3,
         *       "created_at": "2026-01-15T10:00:00Z",
         *       "updated_at": "2026-02-01T09:12:44Z"
         *     }
         */
        Agent: {
            id: components["schemas"]["AgentId"];
            /** @description The agent's name, as callers hear it. */
            name: string;
            business_id: components["schemas"]["BusinessId"];
            /** @description The voice the agent speaks with. */
            voice: string;
            /** @description A BCP 47 language tag. */
            language: string;
            /** @description Instructions the agent follows. */
            system_prompt: string;
            /** @description The agent's opening line on outbound calls. */
            first_message: string;
            /** @description Longest call in seconds. */
            max_call_duration: number;
            /** @description Whether the agent takes and places calls. */
            is_active: boolean;
            /** @description The number assigned to the agent, if any. */
            phone_number: components["schemas"]["PhoneNumberE164"] | null;
            /** @description The current config version. */
            config_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @example {
         *       "name": "Support Agent",
         *       "system_prompt": "You are a helpful support agent for Acme Plumbing.",
         *       "first_message": "Hi, this is Acme support. How can I help you today?",
         *       "voice": "jennifer",
         *       "language": "en-US",
         *       "max_call_duration": 600
         *     }
         */
        AgentCreate: {
            /** @description The agent's name. */
            name: string;
            business_id?: components["schemas"]["BusinessId"];
            /**
             * @description The voice.
             * @default jennifer
             */
            voice?: string;
            /**
             * @description A BCP 47 language tag.
             * @default en-US
             */
            language?: string;
            /** @description Instructions the agent follows. */
            system_prompt?: string;
            /** @description The opening line on outbound calls. */
            first_message?: string;
            /**
             * @description Longest call in seconds.
             * @default 600
             */
            max_call_duration?: number;
            /**
             * @description Whether the agent takes and places calls.
             * @default true
             */
            is_active?: boolean;
        };
        /**
         * @example {
         *       "name": "Kai (evenings)",
         *       "is_active": false
         *     }
         */
        AgentUpdate: {
            /** @description The agent's name. */
            name?: string;
            /** @description The voice. */
            voice?: string;
            /** @description A BCP 47 language tag. */
            language?: string;
            /** @description Instructions the agent follows. */
            system_prompt?: string;
            /** @description The opening line on outbound calls. */
            first_message?: string;
            /** @description Longest call in seconds. */
            max_call_duration?: number;
            /** @description Whether the agent takes and places calls. */
            is_active?: boolean;
        };
        /**
         * @example {
         *       "id": "cfg_1Qw8eR5tYu",
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "version": 3,
         *       "config": {
         *         "voice": "jennifer",
         *         "language": "en-US",
         *         "system_prompt": "You are Kai, the receptionist of Smith Law.",
         *         "first_message": "Hi, this is Kai from Smith Law.",
         *         "max_call_duration": 600
         *       },
         *       "created_at": "2026-02-01T09:12:44Z"
         *     }
         */
        AgentConfigVersion: {
            id: components["schemas"]["ConfigVersionId"];
            agent_id: components["schemas"]["AgentId"];
            version: number;
            config: components["schemas"]["AgentConfig"];
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "id": "num_2Jx8pF5hQz",
         *       "phone_number": "+15125551234",
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "capabilities": [
         *         "voice",
         *         "sms"
         *       ],
         *       "created_at": "2026-01-15T10:00:00Z"
         *     }
         */
        PhoneNumber: {
            id: components["schemas"]["NumberId"];
            phone_number: components["schemas"]["PhoneNumberE164"];
            /** @description The agent that answers this number. */
            agent_id: components["schemas"]["AgentId"] | null;
            business_id: components["schemas"]["BusinessId"];
            capabilities: ("voice" | "sms")[];
            /** Format: date-time */
            created_at: string;
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
        /**
         * @description Scores from 0 to 100 for how the agent handled the call.
         * @example {
         *       "professionalism": 92,
         *       "empathy": 88,
         *       "information_gathering": 95,
         *       "resolution": 90
         *     }
         */
        QualityDimensions: {
            professionalism: number;
            empathy: number;
            information_gathering: number;
            resolution: number;
        };
        /**
         * @example {
         *       "role": "agent",
         *       "text": "Hi John, this is Kai from Smith Law. Do you have a minute?",
         *       "offset_ms": 500
         *     }
         */
        TranscriptTurn: {
            /** @enum {string} */
            role: "agent" | "customer";
            text: string;
            /** @description Milliseconds from the answer to this turn. */
            offset_ms: number;
        };
        /**
         * @description The context the agent received, as template variables: what you passed, plus what was enriched from
         *     the lead (`name`, `lead_score`, `lead_status`, `interaction_count`, `days_since_first_contact`,
         *     `lead_source`) and the business (`business_name`, `business_phone`, `time_of_day`). A free-form map,
         *     returned untouched.
         * @example {
         *       "name": "John",
         *       "lead_score": 82,
         *       "lead_status": "qualified",
         *       "interaction_count": 3,
         *       "lead_source": "web form",
         *       "business_name": "Smith Law",
         *       "time_of_day": "afternoon"
         *     }
         */
        CallVariables: {
            [key: string]: string | number | boolean | null;
        };
        /**
         * @example {
         *       "id": "call_8fK2pQ7vN3",
         *       "conversation_id": "conv_7hm3qr9twz",
         *       "status": "completed",
         *       "direction": "outbound",
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "agent_name": "Kai",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "run_id": null,
         *       "to": "+15125559876",
         *       "from": "+15125551234",
         *       "name": "John Smith",
         *       "context": "Following up on car accident case",
         *       "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *       "webhook_url": "https://example.com/hooks/kaicalls",
         *       "max_duration": 600,
         *       "metadata": {
         *         "crm_ticket": "T-4821"
         *       },
         *       "variables": {
         *         "name": "John",
         *         "lead_score": 82,
         *         "lead_status": "qualified",
         *         "interaction_count": 3,
         *         "lead_source": "web form",
         *         "business_name": "Smith Law",
         *         "time_of_day": "afternoon"
         *       },
         *       "duration": 127,
         *       "transcript": [
         *         {
         *           "role": "agent",
         *           "text": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *           "offset_ms": 500
         *         },
         *         {
         *           "role": "customer",
         *           "text": "Sure, go ahead.",
         *           "offset_ms": 4200
         *         }
         *       ],
         *       "summary": "Confirmed a consultation with John for tomorrow at 2pm.",
         *       "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
         *       "sentiment": "positive",
         *       "quality_dimensions": {
         *         "professionalism": 92,
         *         "empathy": 88,
         *         "information_gathering": 95,
         *         "resolution": 90
         *       },
         *       "outcome": "appointment_booked",
         *       "ended_reason": "customer_hangup",
         *       "created_at": "2026-02-15T14:30:00Z",
         *       "started_at": "2026-02-15T14:30:00.500Z",
         *       "answered_at": "2026-02-15T14:30:06Z",
         *       "ended_at": "2026-02-15T14:32:13Z"
         *     }
         */
        Call: {
            id: components["schemas"]["CallId"];
            /** @description The voice platform's id of the conversation. */
            conversation_id: string;
            status: components["schemas"]["CallStatus"];
            direction: components["schemas"]["CallDirection"];
            agent_id: components["schemas"]["AgentId"];
            agent_name: string;
            business_id: components["schemas"]["BusinessId"];
            lead_id: components["schemas"]["LeadId"] | null;
            /** @description The communication run that placed the call, if any. */
            run_id: components["schemas"]["RunId"] | null;
            to: components["schemas"]["PhoneNumberE164"];
            from: components["schemas"]["PhoneNumberE164"];
            /** @description The customer's name. */
            name: string | null;
            /** @description The context you gave the agent. */
            context: string | null;
            /** @description The opening line used for this call, if overridden. */
            first_message: string | null;
            /**
             * Format: uri
             * @description Where this call's events are also delivered.
             */
            webhook_url: string | null;
            /** @description Longest call in seconds. */
            max_duration: number;
            metadata: components["schemas"]["Metadata"];
            variables: components["schemas"]["CallVariables"];
            /** @description Seconds from answer to hang-up; null until the call ends. */
            duration: number | null;
            /** @description The conversation, once the transcript is ready. */
            transcript: components["schemas"]["TranscriptTurn"][] | null;
            /** @description What happened on the call, once analysis is complete. */
            summary: string | null;
            /** Format: uri */
            recording_url: string | null;
            sentiment: components["schemas"]["Sentiment"] | null;
            quality_dimensions: components["schemas"]["QualityDimensions"] | null;
            outcome: components["schemas"]["CallOutcome"] | null;
            ended_reason: components["schemas"]["CallEndedReason"] | null;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When dialing began.
             */
            started_at: string | null;
            /** Format: date-time */
            answered_at: string | null;
            /** Format: date-time */
            ended_at: string | null;
        };
        /**
         * @example {
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "to": "+15125559876",
         *       "name": "John Smith",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "context": "Following up on car accident case",
         *       "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *       "metadata": {
         *         "crm_ticket": "T-4821"
         *       }
         *     }
         */
        CallCreate: {
            agent_id: components["schemas"]["AgentId"];
            /** @description The number to call, in E.164. Test numbers `+15005550001`…`+15005550107` select an outcome deterministically (see the introduction). */
            to: components["schemas"]["PhoneNumberE164"];
            /** @description The customer's name; the agent greets them by it. */
            name?: string;
            /** @description Free-form context the agent can use (task, appointment details, notes). */
            context?: string;
            /** @description Overrides the agent's opening line for this call. */
            first_message?: string;
            lead_id?: components["schemas"]["LeadId"];
            /**
             * Format: uri
             * @description Also deliver this call's events to this URL, signed like subscription deliveries.
             */
            webhook_url?: string;
            /**
             * @description Longest call in seconds.
             * @default 600
             */
            max_duration?: number;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description The steps of a call, in the order they happen: `call.queued`, `call.dialing`, `call.ringing`,
         *     `call.answered`, `transcript.turn` (one per turn), `voicemail.left`, `call.ended` (exactly one, with
         *     the terminal status), `transcript.ready`, `analysis.complete` (exactly one for answered calls), then
         *     `appointment.booked`, `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`.
         * @enum {string}
         */
        CallTimelineEventType: "call.queued" | "call.dialing" | "call.ringing" | "call.answered" | "transcript.turn" | "voicemail.left" | "call.ended" | "transcript.ready" | "analysis.complete" | "appointment.booked" | "emergency.detected" | "sms.sent" | "sms.delivered" | "sms.failed";
        /**
         * @example {
         *       "id": "tle_2Sd6fG8hJk",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "sequence": 5,
         *       "type": "transcript.turn",
         *       "status": "in-progress",
         *       "occurred_at": "2026-02-15T14:30:06.500Z",
         *       "offset_ms": 6500,
         *       "data": {
         *         "role": "agent",
         *         "text": "Hey John, this is Kai from Smith Law. Do you have a minute?"
         *       }
         *     }
         */
        CallTimelineEvent: {
            id: components["schemas"]["TimelineEventId"];
            call_id: components["schemas"]["CallId"];
            /** @description 1 for the first event of the call, then one more per event. */
            sequence: number;
            type: components["schemas"]["CallTimelineEventType"];
            status: components["schemas"]["CallStatus"];
            /** Format: date-time */
            occurred_at: string;
            /** @description Milliseconds since the call was created. */
            offset_ms: number;
            data: components["schemas"]["CallTimelineEventData"];
        };
        /**
         * @description The first event of every stream (SSE event `ready`), sent once the stream is live.
         * @example {
         *       "object": "stream.ready",
         *       "heartbeat_seconds": 15
         *     }
         */
        StreamReady: {
            /** @constant */
            object: "stream.ready";
            /** @description Seconds between heartbeat comments while nothing else is sent; a client that hears nothing for twice as long should reconnect. */
            heartbeat_seconds: number;
        };
        /** @description The last event of a call's stream (SSE event `end`), after the call's last timeline event; the server then closes the stream. */
        StreamEnd: {
            /** @constant */
            object: "stream.end";
            /** @description The sequence of the call's last timeline event. */
            last_sequence: number;
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
            ended_reason?: components["schemas"]["CallEndedReason"];
            /** @description `call.ended`: seconds from answer to hang-up. */
            duration?: number;
            /** @description `analysis.complete`: the summary. */
            summary?: string;
            sentiment?: components["schemas"]["Sentiment"];
            outcome?: components["schemas"]["CallOutcome"];
            appointment_id?: components["schemas"]["AppointmentId"];
            sms_id?: components["schemas"]["SmsMessageId"];
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
        /**
         * @example {
         *       "id": "lead_5Rb7nM2xKw",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "name": "John Smith",
         *       "phone": "+15125559876",
         *       "email": "john.smith@example.com",
         *       "score": 82,
         *       "status": "qualified",
         *       "source": "web form",
         *       "interaction_count": 3,
         *       "first_contact_at": "2026-02-01T16:20:00Z",
         *       "last_contact_at": "2026-02-10T11:05:00Z",
         *       "created_at": "2026-02-01T16:20:00Z"
         *     }
         */
        Lead: {
            id: components["schemas"]["LeadId"];
            business_id: components["schemas"]["BusinessId"];
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
            interaction_count: number;
            /** Format: date-time */
            first_contact_at: string;
            /** Format: date-time */
            last_contact_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description The appointment's state.
         * @enum {string}
         */
        AppointmentStatus: "scheduled" | "confirmed" | "completed" | "cancelled";
        /**
         * @example {
         *       "id": "apt_3Gh6tY9pVe",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "title": "Consultation with John Smith",
         *       "notes": "Car accident case",
         *       "start_time": "2026-02-16T14:00:00Z",
         *       "end_time": "2026-02-16T14:30:00Z",
         *       "status": "scheduled",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "updated_at": "2026-02-15T14:32:13Z"
         *     }
         */
        Appointment: {
            id: components["schemas"]["AppointmentId"];
            business_id: components["schemas"]["BusinessId"];
            lead_id: components["schemas"]["LeadId"] | null;
            /** @description The call that booked it, if any. */
            call_id: components["schemas"]["CallId"] | null;
            title: string;
            notes: string | null;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            end_time: string;
            status: components["schemas"]["AppointmentStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @example {
         *       "title": "Product demo",
         *       "start_time": "2026-02-15T10:00:00Z",
         *       "end_time": "2026-02-15T10:30:00Z",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "notes": "Interested in the CRM integration"
         *     }
         */
        AppointmentCreate: {
            title: string;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            end_time: string;
            lead_id?: components["schemas"]["LeadId"];
            notes?: string;
        };
        /**
         * @example {
         *       "status": "cancelled"
         *     }
         */
        AppointmentUpdate: {
            title?: string;
            /** Format: date-time */
            start_time?: string;
            /** Format: date-time */
            end_time?: string;
            notes?: string;
            status?: components["schemas"]["AppointmentStatus"];
        };
        AnalyticsTotals: {
            /** @description Every call, inbound and outbound. */
            calls: number;
            completed: number;
            /** @description Inbound calls nobody answered, and outbound calls that were not answered. */
            missed: number;
            appointments_booked: number;
            emergencies: number;
            /** @description Missed callers reached again by a later completed call. */
            missed_recovered: number;
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
            appointments_booked: number;
            emergencies: number;
            average_duration_seconds: number;
        };
        /**
         * @example {
         *       "period": "week",
         *       "from": "2026-02-02T00:00:00Z",
         *       "to": "2026-02-16T00:00:00Z",
         *       "totals": {
         *         "calls": 184,
         *         "completed": 141,
         *         "missed": 31,
         *         "appointments_booked": 52,
         *         "emergencies": 4,
         *         "missed_recovered": 19
         *       },
         *       "booking_rate": 0.369,
         *       "average_duration_seconds": 142.5,
         *       "emergency_detection_rate": 0.028,
         *       "missed_call_recovery_rate": 0.613,
         *       "series": [
         *         {
         *           "start": "2026-02-02T00:00:00Z",
         *           "calls": 90,
         *           "completed": 70,
         *           "missed": 15,
         *           "appointments_booked": 25,
         *           "emergencies": 1,
         *           "average_duration_seconds": 139.2
         *         },
         *         {
         *           "start": "2026-02-09T00:00:00Z",
         *           "calls": 94,
         *           "completed": 71,
         *           "missed": 16,
         *           "appointments_booked": 27,
         *           "emergencies": 3,
         *           "average_duration_seconds": 145.7
         *         }
         *       ]
         *     }
         */
        Analytics: {
            /** @enum {string} */
            period: "day" | "week" | "month";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            totals: components["schemas"]["AnalyticsTotals"];
            /** @description Appointments booked per completed call. */
            booking_rate: number;
            /** @description Mean duration of answered calls. */
            average_duration_seconds: number;
            /** @description Emergencies per completed call. */
            emergency_detection_rate: number;
            /** @description Missed callers recovered per missed call. */
            missed_call_recovery_rate: number;
            series: components["schemas"]["AnalyticsBucket"][];
        };
        /**
         * @example {
         *       "id": "key_6Wm4qZ8sBd",
         *       "prefix": "kc_live_abc1",
         *       "name": "Production Key",
         *       "scopes": [
         *         "agents:read",
         *         "calls:read",
         *         "calls:write",
         *         "numbers:read"
         *       ],
         *       "business_id": null,
         *       "ip_allowlist": [
         *         "203.0.113.0/24",
         *         "2001:db8::/32"
         *       ],
         *       "created_at": "2026-01-15T10:00:00Z",
         *       "last_used_at": "2026-02-15T14:30:00Z",
         *       "expires_at": null,
         *       "revoked_at": null,
         *       "is_active": true
         *     }
         */
        ApiKey: {
            id: components["schemas"]["KeyId"];
            /** @description The first characters of the key, to recognise it (`kc_live_abc1`). */
            prefix: string;
            name: string;
            scopes: components["schemas"]["Scope"][];
            /** @description The one business the key reaches, or null for all. */
            business_id: components["schemas"]["BusinessId"] | null;
            /** @description The addresses the key works from, as given at creation, or null: from any address. */
            ip_allowlist: components["schemas"]["IpAllowlist"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            expires_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            /** @description False once revoked or expired. */
            is_active: boolean;
        };
        /**
         * @example {
         *       "name": "CRM sync",
         *       "scopes": [
         *         "calls:read",
         *         "leads:read"
         *       ]
         *     }
         * @example {
         *       "name": "Production server",
         *       "scopes": [
         *         "calls:write"
         *       ],
         *       "ip_allowlist": [
         *         "203.0.113.7",
         *         "198.51.100.0/24",
         *         "2001:db8::/32"
         *       ]
         *     }
         */
        ApiKeyCreate: {
            /** @default Untitled Key */
            name?: string;
            /**
             * @default [
             *       "agents:read",
             *       "numbers:read",
             *       "calls:read",
             *       "calls:write"
             *     ]
             */
            scopes?: components["schemas"]["Scope"][];
            business_id?: components["schemas"]["BusinessId"];
            /**
             * Format: date-time
             * @description When the key stops working.
             */
            expires_at?: string;
            ip_allowlist?: components["schemas"]["IpAllowlist"];
        };
        /**
         * @description Restricts a key to these client addresses: each entry is an IPv4 or IPv6 address (`203.0.113.7`,
         *     `::1`) or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`). A request from any other address gets
         *     403 `ip_restricted`. An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) counts as its IPv4 address.
         *     An entry that is not an address or range is refused at creation with 400 `invalid_request`, naming
         *     the entry.
         */
        IpAllowlist: string[];
        /**
         * @example {
         *       "id": "key_6Wm4qZ8sBd",
         *       "key": "kc_live_abc1d2E3f4G5h6J7k8L9m0N1p2Q3",
         *       "prefix": "kc_live_abc1",
         *       "name": "CRM sync",
         *       "scopes": [
         *         "calls:read",
         *         "leads:read"
         *       ],
         *       "business_id": null,
         *       "ip_allowlist": null,
         *       "created_at": "2026-02-15T14:30:00Z",
         *       "last_used_at": null,
         *       "expires_at": null,
         *       "revoked_at": null,
         *       "is_active": true
         *     }
         */
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The full secret. Shown once. */
            key: string;
        };
        BusinessBalance: {
            business_id: components["schemas"]["BusinessId"];
            business_name: string;
            /** @enum {string} */
            plan: "starter" | "professional" | "business" | "business_plus" | "enterprise";
            minutes_used: number;
            minutes_included: number;
            phone_numbers: number;
            /** @enum {string} */
            subscription_status: "active" | "trialing" | "past_due" | "canceled";
        };
        /**
         * @example {
         *       "businesses": [
         *         {
         *           "business_id": "biz_7Tn3wR8cLs",
         *           "business_name": "Smith Law",
         *           "plan": "professional",
         *           "minutes_used": 412,
         *           "minutes_included": 1000,
         *           "phone_numbers": 2,
         *           "subscription_status": "active"
         *         }
         *       ]
         *     }
         */
        Balance: {
            businesses: components["schemas"]["BusinessBalance"][];
        };
        /**
         * @example {
         *       "id": "use_9Hj4kL7mNb",
         *       "endpoint": "/v1/calls",
         *       "method": "POST",
         *       "status_code": 201,
         *       "call_id": "call_8fK2pQ7vN3",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "cost_cents": 15,
         *       "created_at": "2026-02-15T14:30:00Z"
         *     }
         */
        UsageRecord: {
            id: components["schemas"]["UsageRecordId"];
            endpoint: string;
            /** @enum {string} */
            method: "GET" | "POST" | "PATCH" | "DELETE";
            status_code: number;
            call_id: components["schemas"]["CallId"] | null;
            /** @description The business of the key that made the request, or null for a key that reaches every business (then only such keys list the record). */
            business_id: components["schemas"]["BusinessId"] | null;
            cost_cents: number;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description `scheduled` until `schedule.start_at`, then `running`; `paused` and back; ends `completed` (every contact called) or `canceled`.
         * @enum {string}
         */
        RunStatus: "scheduled" | "running" | "paused" | "completed" | "canceled";
        RunContact: {
            to: components["schemas"]["PhoneNumberE164"];
            name?: string;
            lead_id?: components["schemas"]["LeadId"];
            /** @description Context for this contact's call, added to the run's. */
            context?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description The hours of the day, in the run's timezone, when calls may start. */
        CallWindow: {
            /** @example 09:00 */
            start: string;
            /** @example 17:00 */
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
            days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
        };
        RunSchedule: {
            /**
             * Format: date-time
             * @description When to start. Omit it to start now.
             */
            start_at?: string;
        };
        /**
         * @example {
         *       "name": "February outreach",
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "contacts": [
         *         {
         *           "to": "+15125559876",
         *           "name": "John Smith",
         *           "lead_id": "lead_5Rb7nM2xKw"
         *         },
         *         {
         *           "to": "+15125550199",
         *           "name": "Maria Garcia"
         *         }
         *       ],
         *       "context": "Offer a free consultation this month.",
         *       "schedule": {
         *         "start_at": "2026-02-16T14:00:00Z"
         *       },
         *       "timezone": "America/Chicago",
         *       "call_window": {
         *         "start": "09:00",
         *         "end": "17:00",
         *         "days": [
         *           "mon",
         *           "tue",
         *           "wed",
         *           "thu",
         *           "fri"
         *         ]
         *       },
         *       "max_concurrent_calls": 3
         *     }
         */
        RunCreate: {
            name: string;
            agent_id: components["schemas"]["AgentId"];
            contacts: components["schemas"]["RunContact"][];
            /** @description Context the agent gets on every call. */
            context?: string;
            schedule?: components["schemas"]["RunSchedule"];
            /**
             * @description An IANA timezone for the call window.
             * @default America/New_York
             */
            timezone?: string;
            call_window?: components["schemas"]["CallWindow"];
            /** @default 1 */
            max_concurrent_calls?: number;
            metadata?: components["schemas"]["Metadata"];
        };
        RunProblem: {
            /** @description The field, as a path (`contacts[3].to`). */
            field: string;
            /** @enum {string} */
            code: "invalid" | "not_found" | "duplicate" | "outside_window" | "limit_reached";
            message: string;
        };
        /**
         * @example {
         *       "valid": false,
         *       "contact_count": 2,
         *       "errors": [
         *         {
         *           "field": "contacts[1].to",
         *           "code": "invalid",
         *           "message": "+15005550001 cannot be called."
         *         }
         *       ],
         *       "warnings": []
         *     }
         */
        RunValidation: {
            valid: boolean;
            contact_count: number;
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
            scheduled_at: string;
        };
        /**
         * @example {
         *       "contact_count": 2,
         *       "first_call_at": "2026-02-16T15:00:00Z",
         *       "last_call_at": "2026-02-16T15:00:00Z",
         *       "estimated_duration_minutes": 3,
         *       "estimated_cost_cents": 30,
         *       "calls": [
         *         {
         *           "to": "+15125559876",
         *           "name": "John Smith",
         *           "scheduled_at": "2026-02-16T15:00:00Z"
         *         },
         *         {
         *           "to": "+15125550199",
         *           "name": "Maria Garcia",
         *           "scheduled_at": "2026-02-16T15:00:00Z"
         *         }
         *       ]
         *     }
         */
        RunPreview: {
            contact_count: number;
            /** Format: date-time */
            first_call_at: string | null;
            /** Format: date-time */
            last_call_at: string | null;
            /** @description Wall time from the first call to the last. */
            estimated_duration_minutes: number;
            estimated_cost_cents: number;
            /** @description The first 20 calls in dispatch order. */
            calls: components["schemas"]["RunPreviewCall"][];
        };
        /** @description Every contact is counted in exactly one of `pending`, `in_progress`, `completed`, `failed` and `canceled`, so they add up to `total`. */
        RunProgress: {
            total: number;
            /** @description Not called yet. */
            pending: number;
            in_progress: number;
            /** @description Calls that ended `completed` or `voicemail`. */
            completed: number;
            /** @description Calls that ended `failed`, `no-answer` or `busy`. */
            failed: number;
            canceled: number;
        };
        /**
         * @example {
         *       "id": "run_9Lc2vX7nHf",
         *       "name": "February outreach",
         *       "status": "running",
         *       "agent_id": "agt_4Vd9kQ2mXp",
         *       "context": "Offer a free consultation this month.",
         *       "timezone": "America/Chicago",
         *       "call_window": {
         *         "start": "09:00",
         *         "end": "17:00",
         *         "days": [
         *           "mon",
         *           "tue",
         *           "wed",
         *           "thu",
         *           "fri"
         *         ]
         *       },
         *       "schedule": {
         *         "start_at": "2026-02-16T14:00:00Z"
         *       },
         *       "max_concurrent_calls": 3,
         *       "progress": {
         *         "total": 2,
         *         "pending": 0,
         *         "in_progress": 1,
         *         "completed": 1,
         *         "failed": 0,
         *         "canceled": 0
         *       },
         *       "metadata": {},
         *       "created_at": "2026-02-15T18:00:00Z",
         *       "started_at": "2026-02-16T15:00:00Z",
         *       "completed_at": null,
         *       "canceled_at": null
         *     }
         */
        CommunicationRun: {
            id: components["schemas"]["RunId"];
            name: string;
            status: components["schemas"]["RunStatus"];
            agent_id: components["schemas"]["AgentId"];
            context: string | null;
            timezone: string;
            call_window: components["schemas"]["CallWindow"] | null;
            schedule: components["schemas"]["RunSchedule"];
            max_concurrent_calls: number;
            progress: components["schemas"]["RunProgress"];
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            canceled_at: string | null;
        };
        /** @description The event types to deliver; `["*"]` for all. */
        EventTypeFilter: (components["schemas"]["EventType"] | "*")[];
        /**
         * @example {
         *       "id": "whk_1Pz5rK8mTy",
         *       "url": "https://example.com/hooks/kaicalls",
         *       "business_id": null,
         *       "description": "CRM sync",
         *       "events": [
         *         "call.completed",
         *         "appointment.booked"
         *       ],
         *       "enabled": true,
         *       "created_at": "2026-02-01T09:00:00Z",
         *       "updated_at": "2026-02-01T09:00:00Z",
         *       "secret_rotated_at": null
         *     }
         */
        WebhookEndpoint: {
            id: components["schemas"]["WebhookId"];
            /** Format: uri */
            url: string;
            /** @description The one business whose events the subscription receives, or null for every business of the account. */
            business_id: components["schemas"]["BusinessId"] | null;
            description: string | null;
            events: components["schemas"]["EventTypeFilter"];
            /** @description Deliveries are attempted only while enabled. */
            enabled: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            secret_rotated_at: string | null;
        };
        /**
         * @example {
         *       "id": "whk_1Pz5rK8mTy",
         *       "url": "https://example.com/hooks/kaicalls",
         *       "business_id": null,
         *       "description": "CRM sync",
         *       "events": [
         *         "call.completed",
         *         "appointment.booked"
         *       ],
         *       "enabled": true,
         *       "created_at": "2026-02-01T09:00:00Z",
         *       "updated_at": "2026-02-01T09:00:00Z",
         *       "secret_rotated_at": null,
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
         *       "previous_secret_expires_at": null
         *     }
         */
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description The signing secret. Shown once. */
            secret: string;
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret still signs too.
             */
            previous_secret_expires_at: string | null;
        };
        /**
         * @example {
         *       "url": "https://example.com/hooks/kaicalls",
         *       "events": [
         *         "call.completed",
         *         "appointment.booked"
         *       ],
         *       "description": "CRM sync"
         *     }
         */
        WebhookEndpointCreate: {
            /** Format: uri */
            url: string;
            /** @description Receive only this business's events. Defaults to the key's business (a key bound to a business can subscribe to no other); without it, a key that reaches every business subscribes to all of them. */
            business_id?: components["schemas"]["BusinessId"];
            events?: components["schemas"]["EventTypeFilter"];
            description?: string;
            /** @default true */
            enabled?: boolean;
        };
        /**
         * @example {
         *       "enabled": false
         *     }
         */
        WebhookEndpointUpdate: {
            /** Format: uri */
            url?: string;
            events?: components["schemas"]["EventTypeFilter"];
            description?: string;
            enabled?: boolean;
        };
        /**
         * @example {
         *       "grace_period_seconds": 3600
         *     }
         */
        WebhookSecretRotation: {
            /**
             * @description How long the previous secret keeps signing too.
             * @default 86400
             */
            grace_period_seconds?: number;
        };
        /**
         * @description `pending` until the first attempt, `retrying` after a failed attempt with another scheduled, `succeeded` after a 2xx, `failed` after the last retry failed.
         * @enum {string}
         */
        DeliveryStatus: "pending" | "retrying" | "succeeded" | "failed";
        DeliveryAttempt: {
            attempt: number;
            /** Format: date-time */
            attempted_at: string;
            /** @description The endpoint's HTTP status, or null when it could not be reached. */
            status_code: number | null;
            latency_ms: number;
            /** @description The first 500 characters of the endpoint's response. */
            response_excerpt: string | null;
            /** @description Why the attempt failed: `timeout`, `connection_refused`, `http_status` … */
            error: string | null;
        };
        /**
         * @example {
         *       "id": "dlv_7Ks3mB9xRa",
         *       "event_id": "evt_2Dq8wN4vJc",
         *       "event_type": "call.completed",
         *       "webhook_id": "whk_1Pz5rK8mTy",
         *       "url": "https://example.com/hooks/kaicalls",
         *       "status": "retrying",
         *       "trigger": "event",
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "attempted_at": "2026-02-15T14:32:13Z",
         *           "status_code": 503,
         *           "latency_ms": 84,
         *           "response_excerpt": "Service Unavailable",
         *           "error": "http_status"
         *         }
         *       ],
         *       "next_attempt_at": "2026-02-15T14:32:43Z",
         *       "created_at": "2026-02-15T14:32:13Z"
         *     }
         */
        Delivery: {
            id: components["schemas"]["DeliveryId"];
            event_id: components["schemas"]["EventId"];
            event_type: components["schemas"]["EventType"];
            /** @description The subscription, or null for a call's own `webhook_url`. */
            webhook_id: components["schemas"]["WebhookId"] | null;
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
            next_attempt_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "webhook_id": "whk_1Pz5rK8mTy"
         *     }
         */
        EventReplay: {
            webhook_id?: components["schemas"]["WebhookId"];
        };
        /**
         * @example {
         *       "event_id": "evt_2Dq8wN4vJc",
         *       "deliveries": [
         *         {
         *           "id": "dlv_7Ks3mB9xRb",
         *           "event_id": "evt_2Dq8wN4vJc",
         *           "event_type": "call.completed",
         *           "webhook_id": "whk_1Pz5rK8mTy",
         *           "url": "https://example.com/hooks/kaicalls",
         *           "status": "pending",
         *           "trigger": "replay",
         *           "attempts": [],
         *           "next_attempt_at": "2026-02-16T09:00:00Z",
         *           "created_at": "2026-02-16T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        EventReplayResult: {
            event_id: components["schemas"]["EventId"];
            deliveries: components["schemas"]["Delivery"][];
        };
        /**
         * @example {
         *       "webhook_id": "whk_1Pz5rK8mTy",
         *       "from": "2026-02-15T00:00:00Z",
         *       "to": "2026-02-16T00:00:00Z",
         *       "only_failed": true
         *     }
         */
        EventBackfill: {
            webhook_id: components["schemas"]["WebhookId"];
            /**
             * Format: date-time
             * @description Events created at or after this time.
             */
            from: string;
            /**
             * Format: date-time
             * @description Events created before this time. Defaults to now.
             */
            to?: string;
            /** @description Only these types (still within the subscription's filter). */
            types?: components["schemas"]["EventType"][];
            /**
             * @description Only events whose last delivery to this subscription did not succeed.
             * @default false
             */
            only_failed?: boolean;
        };
        /**
         * @example {
         *       "webhook_id": "whk_1Pz5rK8mTy",
         *       "event_count": 1,
         *       "deliveries": [
         *         {
         *           "id": "dlv_7Ks3mB9xRb",
         *           "event_id": "evt_2Dq8wN4vJc",
         *           "event_type": "call.completed",
         *           "webhook_id": "whk_1Pz5rK8mTy",
         *           "url": "https://example.com/hooks/kaicalls",
         *           "status": "pending",
         *           "trigger": "backfill",
         *           "attempts": [],
         *           "next_attempt_at": "2026-02-16T09:00:00Z",
         *           "created_at": "2026-02-16T09:00:00Z"
         *         }
         *       ]
         *     }
         */
        EventBackfillResult: {
            webhook_id: components["schemas"]["WebhookId"];
            event_count: number;
            deliveries: components["schemas"]["Delivery"][];
        };
        /**
         * @description Where the message is.
         * @enum {string}
         */
        SmsStatus: "queued" | "sent" | "delivered" | "failed" | "received";
        /**
         * @example {
         *       "id": "sms_4Ht7cV2nPq",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "conversation_id": "conv_8Nf3kL6wZm",
         *       "direction": "outbound",
         *       "from": "+15125551234",
         *       "to": "+15125559876",
         *       "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
         *       "status": "delivered",
         *       "error": null,
         *       "created_at": "2026-02-15T14:32:20Z",
         *       "sent_at": "2026-02-15T14:32:21Z",
         *       "delivered_at": "2026-02-15T14:32:24Z"
         *     }
         */
        SmsMessage: {
            id: components["schemas"]["SmsMessageId"];
            business_id: components["schemas"]["BusinessId"];
            /** @description The call this message follows up, if any. */
            call_id: components["schemas"]["CallId"] | null;
            lead_id: components["schemas"]["LeadId"] | null;
            conversation_id: components["schemas"]["ConversationId"];
            /** @enum {string} */
            direction: "outbound" | "inbound";
            from: components["schemas"]["PhoneNumberE164"];
            to: components["schemas"]["PhoneNumberE164"];
            body: string;
            status: components["schemas"]["SmsStatus"];
            /** @description The carrier's reason when the message failed. */
            error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            sent_at: string | null;
            /** Format: date-time */
            delivered_at: string | null;
        };
        /**
         * @example {
         *       "id": "conv_8Nf3kL6wZm",
         *       "business_id": "biz_7Tn3wR8cLs",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "contact_phone": "+15125559876",
         *       "channel": "sms",
         *       "message_count": 1,
         *       "call_ids": [
         *         "call_8fK2pQ7vN3"
         *       ],
         *       "last_message_at": "2026-02-15T14:32:20Z",
         *       "created_at": "2026-02-15T14:32:20Z"
         *     }
         */
        Conversation: {
            id: components["schemas"]["ConversationId"];
            business_id: components["schemas"]["BusinessId"];
            lead_id: components["schemas"]["LeadId"] | null;
            contact_phone: components["schemas"]["PhoneNumberE164"];
            /** @enum {string} */
            channel: "sms" | "voice";
            message_count: number;
            call_ids: components["schemas"]["CallId"][];
            /** Format: date-time */
            last_message_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "id": "job_5Xr9pD2tGk",
         *       "type": "analysis",
         *       "status": "succeeded",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "run_id": null,
         *       "error": null,
         *       "created_at": "2026-02-15T14:32:15Z",
         *       "started_at": "2026-02-15T14:32:15Z",
         *       "finished_at": "2026-02-15T14:32:17Z"
         *     }
         */
        Job: {
            id: components["schemas"]["JobId"];
            /** @enum {string} */
            type: "transcription" | "analysis" | "follow_up_sms" | "appointment_booking" | "run_dispatch";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            call_id: components["schemas"]["CallId"] | null;
            run_id: components["schemas"]["RunId"] | null;
            error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        /**
         * @example {
         *       "id": "att_3Mv7qS8jWb",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "run_id": null,
         *       "to": "+15125559876",
         *       "attempt_number": 1,
         *       "result": "answered",
         *       "carrier_code": null,
         *       "started_at": "2026-02-15T14:30:00.500Z",
         *       "ended_at": "2026-02-15T14:32:13Z"
         *     }
         */
        Attempt: {
            id: components["schemas"]["AttemptId"];
            call_id: components["schemas"]["CallId"];
            lead_id: components["schemas"]["LeadId"] | null;
            run_id: components["schemas"]["RunId"] | null;
            to: components["schemas"]["PhoneNumberE164"];
            attempt_number: number;
            /**
             * @description Null while the attempt is under way.
             * @enum {string|null}
             */
            result: "answered" | "voicemail" | "no-answer" | "busy" | "failed" | "canceled" | null;
            /** @description The carrier's code when the attempt failed. */
            carrier_code: string | null;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            ended_at: string | null;
        };
        /**
         * @example {
         *       "id": "rec_6Bt2nH9cFx",
         *       "call_id": "call_8fK2pQ7vN3",
         *       "lead_id": "lead_5Rb7nM2xKw",
         *       "url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
         *       "duration": 127,
         *       "format": "mp3",
         *       "size_bytes": 2032000,
         *       "created_at": "2026-02-15T14:32:14Z"
         *     }
         */
        Recording: {
            id: components["schemas"]["RecordingId"];
            call_id: components["schemas"]["CallId"];
            lead_id: components["schemas"]["LeadId"] | null;
            /** Format: uri */
            url: string;
            /** @description Seconds. */
            duration: number;
            /** @enum {string} */
            format: "mp3" | "wav";
            size_bytes: number;
            /** Format: date-time */
            created_at: string;
        };
        TranscriptReadyData: {
            call_id: components["schemas"]["CallId"];
            duration: number;
            transcript: components["schemas"]["TranscriptTurn"][];
        };
        AnalysisCompleteData: {
            call_id: components["schemas"]["CallId"];
            summary: string;
            sentiment: components["schemas"]["Sentiment"];
            quality_dimensions: components["schemas"]["QualityDimensions"];
            outcome: components["schemas"]["CallOutcome"];
        };
        EmergencyData: {
            call_id: components["schemas"]["CallId"];
            lead_id: components["schemas"]["LeadId"] | null;
            keywords: string[];
            summary: string;
        };
        VoicemailData: {
            call_id: components["schemas"]["CallId"];
            from: components["schemas"]["PhoneNumberE164"];
            duration: number;
            /** Format: uri */
            recording_url: string;
            transcription: string;
        };
        WebhookTestData: {
            webhook_id: components["schemas"]["WebhookId"];
            message: string;
        };
        /**
         * @description Every event type, as delivered to webhooks and stored in the event log.
         * @enum {string}
         */
        EventType: "call.queued" | "call.started" | "call.answered" | "call.ended" | "call.completed" | "call.failed" | "call.missed" | "voicemail.received" | "transcript.ready" | "analysis.complete" | "appointment.booked" | "emergency.detected" | "sms.sent" | "sms.delivered" | "sms.failed" | "run.started" | "run.paused" | "run.resumed" | "run.completed" | "run.canceled" | "webhook.test";
        /** @description An event, as stored in the event log and delivered to webhooks. Discriminated by `type`. */
        Event: components["schemas"]["CallQueuedEvent"] | components["schemas"]["CallStartedEvent"] | components["schemas"]["CallAnsweredEvent"] | components["schemas"]["CallEndedEvent"] | components["schemas"]["CallCompletedEvent"] | components["schemas"]["CallFailedEvent"] | components["schemas"]["CallMissedEvent"] | components["schemas"]["VoicemailReceivedEvent"] | components["schemas"]["TranscriptReadyEvent"] | components["schemas"]["AnalysisCompleteEvent"] | components["schemas"]["AppointmentBookedEvent"] | components["schemas"]["EmergencyDetectedEvent"] | components["schemas"]["SmsSentEvent"] | components["schemas"]["SmsDeliveredEvent"] | components["schemas"]["SmsFailedEvent"] | components["schemas"]["RunStartedEvent"] | components["schemas"]["RunPausedEvent"] | components["schemas"]["RunResumedEvent"] | components["schemas"]["RunCompletedEvent"] | components["schemas"]["RunCanceledEvent"] | components["schemas"]["WebhookTestEvent"];
        /**
         * @description A call was created and is waiting to dial.
         * @example {
         *       "id": "evt_2Dq8wN4v00",
         *       "type": "call.queued",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "queued",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": null,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": null,
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": null,
         *         "ended_reason": null,
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": null,
         *         "answered_at": null,
         *         "ended_at": null
         *       }
         *     }
         */
        CallQueuedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.queued";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Call"];
        };
        /**
         * @description Dialing began (outbound) or the phone rang (inbound).
         * @example {
         *       "id": "evt_2Dq8wN4v01",
         *       "type": "call.started",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "ringing",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": null,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": null,
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": null,
         *         "ended_reason": null,
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": null,
         *         "ended_at": null
         *       }
         *     }
         */
        CallStartedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.started";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Call"];
        };
        /**
         * @description The call was answered and the conversation began.
         * @example {
         *       "id": "evt_2Dq8wN4v02",
         *       "type": "call.answered",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "in-progress",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": null,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": null,
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": null,
         *         "ended_reason": null,
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": "2026-02-15T14:30:06Z",
         *         "ended_at": null
         *       }
         *     }
         */
        CallAnsweredEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.answered";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Call"];
        };
        /**
         * @description The call hung up, whatever its outcome: its status, `duration` and `ended_reason` are final; the transcript and analysis follow. Sent once per call, before its terminal event (`call.completed` once the analysis is in, or at once `call.failed` or `call.missed`).
         * @example {
         *       "id": "evt_2Dq8wN4v20",
         *       "type": "call.ended",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_8Nf3kL6wZm",
         *         "status": "completed",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": 127,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": null,
         *         "ended_reason": "customer_hangup",
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": "2026-02-15T14:30:06Z",
         *         "ended_at": "2026-02-15T14:32:13Z"
         *       }
         *     }
         */
        CallEndedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.ended";
            /** Format: date-time */
            created_at: string;
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
            recording_url: string;
            sentiment: components["schemas"]["Sentiment"];
            quality_dimensions: components["schemas"]["QualityDimensions"];
            outcome: components["schemas"]["CallOutcome"];
            ended_reason: components["schemas"]["CallEndedReason"];
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            answered_at: string;
            /** Format: date-time */
            ended_at: string;
        };
        /**
         * @description The call ended after a conversation (`completed`) or after the agent left a voicemail (`voicemail`), and its analysis is in: it carries the summary, outcome, sentiment, transcript and `recording_url`. Sent after `call.ended`, `transcript.ready` and `analysis.complete`, before what follows from the outcome (`appointment.booked`, `sms.sent`, ...). Terminal: sent once per call.
         * @example {
         *       "id": "evt_2Dq8wN4v03",
         *       "type": "call.completed",
         *       "created_at": "2026-02-15T14:32:17Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "completed",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": 127,
         *         "transcript": [
         *           {
         *             "role": "agent",
         *             "text": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *             "offset_ms": 500
         *           },
         *           {
         *             "role": "customer",
         *             "text": "Sure, go ahead.",
         *             "offset_ms": 4200
         *           }
         *         ],
         *         "summary": "John was rear-ended last week and wants a consultation; booked for Thursday 10:00.",
         *         "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
         *         "sentiment": "positive",
         *         "quality_dimensions": {
         *           "professionalism": 92,
         *           "empathy": 88,
         *           "information_gathering": 95,
         *           "resolution": 90
         *         },
         *         "outcome": "appointment_booked",
         *         "ended_reason": "customer_hangup",
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": "2026-02-15T14:30:06Z",
         *         "ended_at": "2026-02-15T14:32:13Z"
         *       }
         *     }
         */
        CallCompletedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.completed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CompletedCall"];
        };
        /**
         * @description The call ended without a conversation: `failed`, `no-answer`, `busy` or `canceled`. Terminal: sent once per call.
         * @example {
         *       "id": "evt_2Dq8wN4v04",
         *       "type": "call.failed",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "no-answer",
         *         "direction": "outbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125559876",
         *         "from": "+15125551234",
         *         "name": "John Smith",
         *         "context": "Following up on car accident case",
         *         "first_message": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *         "webhook_url": "https://example.com/hooks/kaicalls",
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": null,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": null,
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": "no_answer",
         *         "ended_reason": "no_answer",
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": null,
         *         "ended_at": "2026-02-15T14:32:13Z"
         *       }
         *     }
         */
        CallFailedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.failed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Call"];
        };
        /**
         * @description An inbound call rang out with nobody answering. Terminal: sent once per call.
         * @example {
         *       "id": "evt_2Dq8wN4v05",
         *       "type": "call.missed",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "call_8fK2pQ7vN3",
         *         "conversation_id": "conv_7hm3qr9twz",
         *         "status": "no-answer",
         *         "direction": "inbound",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "agent_name": "Kai",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "run_id": null,
         *         "to": "+15125551234",
         *         "from": "+15125559876",
         *         "name": "John Smith",
         *         "context": null,
         *         "first_message": null,
         *         "webhook_url": null,
         *         "max_duration": 600,
         *         "metadata": {
         *           "crm_ticket": "T-4821"
         *         },
         *         "variables": {
         *           "name": "John",
         *           "lead_score": 82,
         *           "lead_status": "qualified",
         *           "interaction_count": 3,
         *           "lead_source": "web form",
         *           "business_name": "Smith Law",
         *           "time_of_day": "afternoon"
         *         },
         *         "duration": null,
         *         "transcript": null,
         *         "summary": null,
         *         "recording_url": null,
         *         "sentiment": null,
         *         "quality_dimensions": null,
         *         "outcome": "missed",
         *         "ended_reason": "no_answer",
         *         "created_at": "2026-02-15T14:30:00Z",
         *         "started_at": "2026-02-15T14:30:00.500Z",
         *         "answered_at": null,
         *         "ended_at": "2026-02-15T14:32:13Z"
         *       }
         *     }
         */
        CallMissedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.missed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Call"];
        };
        /**
         * @description A caller left a voicemail after a missed inbound call.
         * @example {
         *       "id": "evt_2Dq8wN4v06",
         *       "type": "voicemail.received",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "call_id": "call_8fK2pQ7vN3",
         *         "from": "+15125559876",
         *         "duration": 24,
         *         "recording_url": "https://storage.kaicalls.com/recordings/rec_6Bt2nH9cFx.mp3",
         *         "transcription": "Hi, this is John, my basement is flooding, please call me back."
         *       }
         *     }
         */
        VoicemailReceivedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "voicemail.received";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["VoicemailData"];
        };
        /**
         * @description The call's transcript is ready.
         * @example {
         *       "id": "evt_2Dq8wN4v07",
         *       "type": "transcript.ready",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "call_id": "call_8fK2pQ7vN3",
         *         "duration": 127,
         *         "transcript": [
         *           {
         *             "role": "agent",
         *             "text": "Hey John, this is Kai from Smith Law. Do you have a minute?",
         *             "offset_ms": 500
         *           },
         *           {
         *             "role": "customer",
         *             "text": "Sure, go ahead.",
         *             "offset_ms": 4200
         *           }
         *         ]
         *       }
         *     }
         */
        TranscriptReadyEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "transcript.ready";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["TranscriptReadyData"];
        };
        /**
         * @description The call was analysed: summary, sentiment, quality scores and outcome.
         * @example {
         *       "id": "evt_2Dq8wN4v08",
         *       "type": "analysis.complete",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "call_id": "call_8fK2pQ7vN3",
         *         "summary": "Confirmed a consultation with John for tomorrow at 2pm.",
         *         "sentiment": "positive",
         *         "quality_dimensions": {
         *           "professionalism": 92,
         *           "empathy": 88,
         *           "information_gathering": 95,
         *           "resolution": 90
         *         },
         *         "outcome": "appointment_booked"
         *       }
         *     }
         */
        AnalysisCompleteEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "analysis.complete";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["AnalysisCompleteData"];
        };
        /**
         * @description The agent booked an appointment.
         * @example {
         *       "id": "evt_2Dq8wN4v09",
         *       "type": "appointment.booked",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "apt_3Gh6tY9pVe",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "call_id": "call_8fK2pQ7vN3",
         *         "title": "Consultation with John Smith",
         *         "notes": "Car accident case",
         *         "start_time": "2026-02-16T14:00:00Z",
         *         "end_time": "2026-02-16T14:30:00Z",
         *         "status": "scheduled",
         *         "created_at": "2026-02-15T14:32:13Z",
         *         "updated_at": "2026-02-15T14:32:13Z"
         *       }
         *     }
         */
        AppointmentBookedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "appointment.booked";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Appointment"];
        };
        /**
         * @description The caller described an emergency.
         * @example {
         *       "id": "evt_2Dq8wN4v10",
         *       "type": "emergency.detected",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "call_id": "call_8fK2pQ7vN3",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "keywords": [
         *           "flooding",
         *           "burst pipe"
         *         ],
         *         "summary": "Caller reports a burst pipe flooding the basement."
         *       }
         *     }
         */
        EmergencyDetectedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "emergency.detected";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["EmergencyData"];
        };
        /**
         * @description A text message was handed to the carrier.
         * @example {
         *       "id": "evt_2Dq8wN4v11",
         *       "type": "sms.sent",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "sms_4Ht7cV2nPq",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "call_id": "call_8fK2pQ7vN3",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "conversation_id": "conv_8Nf3kL6wZm",
         *         "direction": "outbound",
         *         "from": "+15125551234",
         *         "to": "+15125559876",
         *         "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
         *         "status": "sent",
         *         "error": null,
         *         "created_at": "2026-02-15T14:32:20Z",
         *         "sent_at": "2026-02-15T14:32:21Z",
         *         "delivered_at": null
         *       }
         *     }
         */
        SmsSentEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.sent";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["SmsMessage"];
        };
        /**
         * @description The carrier confirmed delivery of a text message.
         * @example {
         *       "id": "evt_2Dq8wN4v12",
         *       "type": "sms.delivered",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "sms_4Ht7cV2nPq",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "call_id": "call_8fK2pQ7vN3",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "conversation_id": "conv_8Nf3kL6wZm",
         *         "direction": "outbound",
         *         "from": "+15125551234",
         *         "to": "+15125559876",
         *         "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
         *         "status": "delivered",
         *         "error": null,
         *         "created_at": "2026-02-15T14:32:20Z",
         *         "sent_at": "2026-02-15T14:32:21Z",
         *         "delivered_at": "2026-02-15T14:32:24Z"
         *       }
         *     }
         */
        SmsDeliveredEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.delivered";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["SmsMessage"];
        };
        /**
         * @description A text message could not be delivered.
         * @example {
         *       "id": "evt_2Dq8wN4v13",
         *       "type": "sms.failed",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "sms_4Ht7cV2nPq",
         *         "business_id": "biz_7Tn3wR8cLs",
         *         "call_id": "call_8fK2pQ7vN3",
         *         "lead_id": "lead_5Rb7nM2xKw",
         *         "conversation_id": "conv_8Nf3kL6wZm",
         *         "direction": "outbound",
         *         "from": "+15125551234",
         *         "to": "+15125559876",
         *         "body": "Smith Law: your consultation is confirmed for Mon Feb 16 at 2:00 PM. Reply C to cancel.",
         *         "status": "failed",
         *         "error": "30006: landline or unreachable carrier",
         *         "created_at": "2026-02-15T14:32:20Z",
         *         "sent_at": "2026-02-15T14:32:21Z",
         *         "delivered_at": null
         *       }
         *     }
         */
        SmsFailedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sms.failed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["SmsMessage"];
        };
        /**
         * @description A communication run started dispatching calls.
         * @example {
         *       "id": "evt_2Dq8wN4v14",
         *       "type": "run.started",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "run_9Lc2vX7nHf",
         *         "name": "February outreach",
         *         "status": "running",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "context": "Offer a free consultation this month.",
         *         "timezone": "America/Chicago",
         *         "call_window": {
         *           "start": "09:00",
         *           "end": "17:00",
         *           "days": [
         *             "mon",
         *             "tue",
         *             "wed",
         *             "thu",
         *             "fri"
         *           ]
         *         },
         *         "schedule": {
         *           "start_at": "2026-02-16T14:00:00Z"
         *         },
         *         "max_concurrent_calls": 3,
         *         "progress": {
         *           "total": 2,
         *           "pending": 2,
         *           "in_progress": 0,
         *           "completed": 0,
         *           "failed": 0,
         *           "canceled": 0
         *         },
         *         "metadata": {},
         *         "created_at": "2026-02-15T18:00:00Z",
         *         "started_at": "2026-02-16T15:00:00Z",
         *         "completed_at": null,
         *         "canceled_at": null
         *       }
         *     }
         */
        RunStartedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.started";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /**
         * @description A communication run was paused.
         * @example {
         *       "id": "evt_2Dq8wN4v15",
         *       "type": "run.paused",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "run_9Lc2vX7nHf",
         *         "name": "February outreach",
         *         "status": "paused",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "context": "Offer a free consultation this month.",
         *         "timezone": "America/Chicago",
         *         "call_window": {
         *           "start": "09:00",
         *           "end": "17:00",
         *           "days": [
         *             "mon",
         *             "tue",
         *             "wed",
         *             "thu",
         *             "fri"
         *           ]
         *         },
         *         "schedule": {
         *           "start_at": "2026-02-16T14:00:00Z"
         *         },
         *         "max_concurrent_calls": 3,
         *         "progress": {
         *           "total": 2,
         *           "pending": 0,
         *           "in_progress": 1,
         *           "completed": 1,
         *           "failed": 0,
         *           "canceled": 0
         *         },
         *         "metadata": {},
         *         "created_at": "2026-02-15T18:00:00Z",
         *         "started_at": "2026-02-16T15:00:00Z",
         *         "completed_at": null,
         *         "canceled_at": null
         *       }
         *     }
         */
        RunPausedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.paused";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /**
         * @description A paused communication run was resumed.
         * @example {
         *       "id": "evt_2Dq8wN4v16",
         *       "type": "run.resumed",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "run_9Lc2vX7nHf",
         *         "name": "February outreach",
         *         "status": "running",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "context": "Offer a free consultation this month.",
         *         "timezone": "America/Chicago",
         *         "call_window": {
         *           "start": "09:00",
         *           "end": "17:00",
         *           "days": [
         *             "mon",
         *             "tue",
         *             "wed",
         *             "thu",
         *             "fri"
         *           ]
         *         },
         *         "schedule": {
         *           "start_at": "2026-02-16T14:00:00Z"
         *         },
         *         "max_concurrent_calls": 3,
         *         "progress": {
         *           "total": 2,
         *           "pending": 0,
         *           "in_progress": 1,
         *           "completed": 1,
         *           "failed": 0,
         *           "canceled": 0
         *         },
         *         "metadata": {},
         *         "created_at": "2026-02-15T18:00:00Z",
         *         "started_at": "2026-02-16T15:00:00Z",
         *         "completed_at": null,
         *         "canceled_at": null
         *       }
         *     }
         */
        RunResumedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.resumed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /**
         * @description Every contact of a communication run was called.
         * @example {
         *       "id": "evt_2Dq8wN4v17",
         *       "type": "run.completed",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "run_9Lc2vX7nHf",
         *         "name": "February outreach",
         *         "status": "completed",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "context": "Offer a free consultation this month.",
         *         "timezone": "America/Chicago",
         *         "call_window": {
         *           "start": "09:00",
         *           "end": "17:00",
         *           "days": [
         *             "mon",
         *             "tue",
         *             "wed",
         *             "thu",
         *             "fri"
         *           ]
         *         },
         *         "schedule": {
         *           "start_at": "2026-02-16T14:00:00Z"
         *         },
         *         "max_concurrent_calls": 3,
         *         "progress": {
         *           "total": 2,
         *           "pending": 0,
         *           "in_progress": 0,
         *           "completed": 2,
         *           "failed": 0,
         *           "canceled": 0
         *         },
         *         "metadata": {},
         *         "created_at": "2026-02-15T18:00:00Z",
         *         "started_at": "2026-02-16T15:00:00Z",
         *         "completed_at": "2026-02-16T15:04:10Z",
         *         "canceled_at": null
         *       }
         *     }
         */
        RunCompletedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.completed";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /**
         * @description A communication run was canceled.
         * @example {
         *       "id": "evt_2Dq8wN4v18",
         *       "type": "run.canceled",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "id": "run_9Lc2vX7nHf",
         *         "name": "February outreach",
         *         "status": "canceled",
         *         "agent_id": "agt_4Vd9kQ2mXp",
         *         "context": "Offer a free consultation this month.",
         *         "timezone": "America/Chicago",
         *         "call_window": {
         *           "start": "09:00",
         *           "end": "17:00",
         *           "days": [
         *             "mon",
         *             "tue",
         *             "wed",
         *             "thu",
         *             "fri"
         *           ]
         *         },
         *         "schedule": {
         *           "start_at": "2026-02-16T14:00:00Z"
         *         },
         *         "max_concurrent_calls": 3,
         *         "progress": {
         *           "total": 2,
         *           "pending": 0,
         *           "in_progress": 1,
         *           "completed": 1,
         *           "failed": 0,
         *           "canceled": 0
         *         },
         *         "metadata": {},
         *         "created_at": "2026-02-15T18:00:00Z",
         *         "started_at": "2026-02-16T15:00:00Z",
         *         "completed_at": null,
         *         "canceled_at": "2026-02-16T15:02:00Z"
         *       }
         *     }
         */
        RunCanceledEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run.canceled";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CommunicationRun"];
        };
        /**
         * @description A test event sent by `POST /v1/webhooks/{webhook_id}/test`.
         * @example {
         *       "id": "evt_2Dq8wN4v19",
         *       "type": "webhook.test",
         *       "created_at": "2026-02-15T14:32:13Z",
         *       "data": {
         *         "webhook_id": "whk_1Pz5rK8mTy",
         *         "message": "This is a test event from KaiCalls."
         *       }
         *     }
         */
        WebhookTestEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.test";
            /** Format: date-time */
            created_at: string;
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
    responses: {
        /** @description The request is malformed or a field breaks a rule; `param` names the field (400 `invalid_request`). */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "to must be a phone number in E.164 format, e.g. +15125551234",
                 *         "param": "to",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The API key is missing, unknown, expired or revoked (401 `unauthorized`). */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "The API key was revoked. Create a new key in Dashboard → Settings → API Keys.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The account's plan does not include this (402 `upgrade_required`). */
        UpgradeRequired: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "upgrade_required",
                 *         "message": "Analytics ranges longer than 90 days need the Business Plus plan.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The API key lacks the scope this operation needs (403 `forbidden`; `param` names the scope), or the key has an IP allowlist that does not include the request's address (403 `ip_restricted`). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "forbidden",
                 *         "message": "This key lacks the calls:write scope. Create a key with calls:write.",
                 *         "param": "calls:write",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No such resource, or it belongs to a business the key cannot reach (404 `not_found`). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "No call with id call_8fK2pQ7vN3.",
                 *         "param": "call_id",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The request conflicts with the resource, and `code` says whether retrying can help:
         *     - `conflict`: the resource's state forbids this (a call that was answered cannot be canceled). Permanent: the same request fails the same way until the state changes; do not retry.
         *     - `idempotency_conflict`: an `Idempotency-Key` reused with another body. Permanent; use a new key for a new request.
         *     - `resource_locked`: another request holds a lock on the resource. Retry later (the SDK does, with backoff).
         *     - `idempotency_in_progress`: a request with this `Idempotency-Key` is still being processed. Retry later with the same key and body: the retry gets the first request's response.
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "idempotency_conflict",
                 *         "message": "Idempotency-Key 6f1c… was used with a different request body.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A plan limit was reached, such as the number of agents (422 `limit_reached`). */
        LimitReached: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "limit_reached",
                 *         "message": "Your plan allows 5 agents. Delete one or upgrade.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many requests (429 `rate_limited`). Wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "rate_limited",
                 *         "message": "Too many requests: 60 call creations a minute per key. Retry after 12 seconds.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request took too long to process (408). Safe to retry; retry a create with the same `Idempotency-Key`. */
        RequestTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "The request timed out. Retry.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The service is briefly unavailable (503). Wait `Retry-After` seconds and retry. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "The service is briefly unavailable. Retry after 1 second.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Something failed on our side (500 `internal_error`, or `call_failed` when the call could not be started). Safe to retry with the same `Idempotency-Key`. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "Something went wrong on our side. Retry, and quote the request id if it persists.",
                 *         "request_id": "req_9mKx2Lq7Vn4Rt8Wz"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description How many items a page holds, 1 to 100. */
        Limit: number;
        /** @description The `next_cursor` of the previous page. Omit it for the first page. */
        Cursor: string;
        /** @description Only items created at or after this time (ISO 8601). */
        CreatedAfter: string;
        /** @description Only items created before this time (ISO 8601). */
        CreatedBefore: string;
        /** @description Only records of this call. */
        CallIdFilter: components["schemas"]["CallId"];
        /** @description Only records of this lead. */
        LeadIdFilter: components["schemas"]["LeadId"];
        /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
        IdempotencyKey: components["schemas"]["IdempotencyKeyValue"];
        /** @description Required. A unique key (a UUID is ideal) so that a retried request never launches the same run twice. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
        IdempotencyKeyRequired: components["schemas"]["IdempotencyKeyValue"];
        /** @description The agent's id. */
        AgentIdPath: components["schemas"]["AgentId"];
        /** @description The phone number's id. */
        NumberIdPath: components["schemas"]["NumberId"];
        /** @description The call's id. */
        CallIdPath: components["schemas"]["CallId"];
        /** @description The lead's id. */
        LeadIdPath: components["schemas"]["LeadId"];
        /** @description The appointment's id. */
        AppointmentIdPath: components["schemas"]["AppointmentId"];
        /** @description The API key's id. */
        KeyIdPath: components["schemas"]["KeyId"];
        /** @description The communication run's id. */
        RunIdPath: components["schemas"]["RunId"];
        /** @description The webhook subscription's id. */
        WebhookIdPath: components["schemas"]["WebhookId"];
        /** @description The event's id. */
        EventIdPath: components["schemas"]["EventId"];
        /** @description The delivery's id. */
        DeliveryIdPath: components["schemas"]["DeliveryId"];
        /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
        WebhookIdHeader: components["schemas"]["EventId"];
        /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
        WebhookTimestampHeader: string;
        /**
         * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
         *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
         *     one per secret; accept the delivery if any one matches.
         */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description The id of this request. Quote it when you contact support. */
        RequestId: string;
        /** @description Requests allowed per minute for this kind of request and key. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description When the window resets, in Unix seconds. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description `true` when this response is the replay of an earlier request with the same `Idempotency-Key`. */
        IdempotencyReplayed: "true";
        /** @description Present while a call is live; the milliseconds a poller should wait before asking again. */
        PollIntervalMs: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only agents of this business. */
                business_id?: components["schemas"]["BusinessId"];
                /** @description Only active (`true`) or inactive (`false`) agents. */
                is_active?: boolean;
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["LimitReached"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgentConfigVersions: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description The agent's id. */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of config versions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentConfigVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNumbers: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only numbers assigned to this agent. */
                agent_id?: components["schemas"]["AgentId"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The phone number's id. */
                number_id: components["parameters"]["NumberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only calls handled by this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only calls linked to this lead. */
                lead_id?: components["schemas"]["LeadId"];
                /** @description Only calls placed by this communication run. */
                run_id?: components["schemas"]["RunId"];
                /** @description Only calls in this status. */
                status?: components["schemas"]["CallStatus"];
                /** @description Only outbound or only inbound calls. */
                direction?: components["schemas"]["CallDirection"];
                /** @description Only items created at or after this time (ISO 8601). */
                created_after?: components["parameters"]["CreatedAfter"];
                /** @description Only items created before this time (ISO 8601). */
                created_before?: components["parameters"]["CreatedBefore"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["UpgradeRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Poll-Interval-Ms": components["headers"]["PollIntervalMs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled call. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCallEvents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only events whose `sequence` is greater than this one. */
                after_sequence?: number;
            };
            header?: never;
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the call's timeline events, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Poll-Interval-Ms": components["headers"]["PollIntervalMs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallTimelineEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamCallEvents: {
        parameters: {
            query?: {
                /** @description Only events whose `sequence` is greater than this one (the same as `Last-Event-ID`). */
                after_sequence?: number;
                /**
                 * @description When the stream ends. `last_event` (the default): after the call's last timeline event, what
                 *     follows from the outcome (`appointment.booked`, `sms.sent`, `sms.delivered`, ...) included.
                 *     `done`: as soon as the call is done, ended and, if it was answered, analyzed (its terminal event
                 *     `call.completed`, `call.failed` or `call.missed` is out), which is what a client waiting for the
                 *     outcome needs; the `end` event then carries the call as it is at that moment.
                 */
                until?: "last_event" | "done";
            };
            header?: {
                /** @description The last sequence received, sent by a reconnecting client; the stream resumes after it. */
                "Last-Event-ID"?: string;
            };
            path: {
                /** @description The call's id. */
                call_id: components["parameters"]["CallIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's timeline as Server-Sent Events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["CallStreamMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only leads in this pipeline status. */
                status?: components["schemas"]["LeadStatus"];
                /** @description Only the lead with this phone number (E.164). */
                phone?: components["schemas"]["PhoneNumberE164"];
                /** @description Only leads scored at least this much. */
                min_score?: number;
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The lead's id. */
                lead_id: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only appointments in this status. */
                status?: components["schemas"]["AppointmentStatus"];
                /** @description Only appointments starting at or after this time. */
                from?: string;
                /** @description Only appointments starting before this time. */
                to?: string;
                /** @description Only appointments with this lead. */
                lead_id?: components["schemas"]["LeadId"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appointment's id. */
                appointment_id: components["parameters"]["AppointmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appointment's id. */
                appointment_id: components["parameters"]["AppointmentIdPath"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAnalytics: {
        parameters: {
            query?: {
                /** @description The size of each bucket in `series`. */
                period?: "day" | "week" | "month";
                /** @description Start of the range (inclusive). Defaults to 30 days before `to`. */
                from?: string;
                /** @description End of the range (exclusive). Defaults to now. */
                to?: string;
                /** @description Only calls handled by this agent. */
                agent_id?: components["schemas"]["AgentId"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Analytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["UpgradeRequired"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only active (`true`) or revoked and expired (`false`) keys. */
                is_active?: boolean;
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key's id. */
                key_id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key's id. */
                key_id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsage: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records at or after this time (ISO 8601). */
                start?: string;
                /** @description Only records before this time (ISO 8601). */
                end?: string;
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only runs in this status. */
                status?: components["schemas"]["RunStatus"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. A unique key (a UUID is ideal) so that a retried request never launches the same run twice. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pauseRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resumeRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resumed run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The communication run's id. */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (a UUID is ideal) that makes a retried create safe. The same key with the same body replays the first response for 24 hours; with another body it is 409 `idempotency_conflict`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["LimitReached"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription's id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only events of this type. */
                type?: components["schemas"]["EventType"];
                /** @description Only items created at or after this time (ISO 8601). */
                created_after?: components["parameters"]["CreatedAfter"];
                /** @description Only items created before this time (ISO 8601). */
                created_before?: components["parameters"]["CreatedBefore"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Only events of these types (comma-separated). Omit it for every type. */
                types?: components["schemas"]["EventType"][];
                /** @description Only events stored after this one (the same as `Last-Event-ID`). */
                after?: components["schemas"]["EventId"];
            };
            header?: {
                /** @description The last event id received, sent by a reconnecting client; the stream resumes after it. */
                "Last-Event-ID"?: components["schemas"]["EventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event log as Server-Sent Events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStreamMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventBackfillResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's id. */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's id. */
                event_id: components["parameters"]["EventIdPath"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventReplayResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only deliveries of this event. */
                event_id?: components["schemas"]["EventId"];
                /** @description Only deliveries to this subscription. */
                webhook_id?: components["schemas"]["WebhookId"];
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["DeliveryStatus"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery's id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSmsMessages: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records of this call. */
                call_id?: components["parameters"]["CallIdFilter"];
                /** @description Only records of this lead. */
                lead_id?: components["parameters"]["LeadIdFilter"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records of this call. */
                call_id?: components["parameters"]["CallIdFilter"];
                /** @description Only records of this lead. */
                lead_id?: components["parameters"]["LeadIdFilter"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records of this call. */
                call_id?: components["parameters"]["CallIdFilter"];
                /** @description Only records of this lead. */
                lead_id?: components["parameters"]["LeadIdFilter"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAttempts: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records of this call. */
                call_id?: components["parameters"]["CallIdFilter"];
                /** @description Only records of this lead. */
                lead_id?: components["parameters"]["LeadIdFilter"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attempt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRecordings: {
        parameters: {
            query?: {
                /** @description How many items a page holds, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only records of this call. */
                call_id?: components["parameters"]["CallIdFilter"];
                /** @description Only records of this lead. */
                lead_id?: components["parameters"]["LeadIdFilter"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onCallQueued: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallQueuedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallStarted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallStartedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallAnswered: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallAnsweredEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallEnded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallEndedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCompletedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallFailedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCallMissed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallMissedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onVoicemailReceived: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoicemailReceivedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTranscriptReady: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptReadyEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onAnalysisComplete: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalysisCompleteEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onAppointmentBooked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentBookedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEmergencyDetected: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyDetectedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSmsSent: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsSentEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSmsDelivered: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsDeliveredEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSmsFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsFailedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunStarted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunStartedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunPaused: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunPausedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunResumed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunResumedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCompletedEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunCanceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCanceledEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`). It stays the same when a delivery is retried, replayed or backfilled, so use it to process each event once. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description When this attempt was signed, in Unix seconds, on the sender's wall clock (each retry has its own). Reject deliveries more than 5 minutes away from your clock. It is not the event's time (`created_at`). */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated signatures `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`,
                 *     keyed with the base64-decoded part of your `whsec_…` secret. While a secret rotates there are two,
                 *     one per secret; accept the delivery if any one matches.
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Answer 400 when the signature does not verify; the delivery is retried, then marked failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any 2xx acknowledges the event. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
