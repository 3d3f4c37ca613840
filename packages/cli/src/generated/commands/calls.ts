// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls calls …` commands, one per operation tagged `calls`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "calls",
    "name": "list",
    "tag": "calls",
    "action": "list",
    "operationId": "listCalls",
    "method": "GET",
    "path": "/v1/calls",
    "summary": "List calls",
    "description": "Returns calls across your businesses, most recent first.",
    "scopes": [
      "calls:read"
    ],
    "paginated": true,
    "idempotency": "none",
    "args": [],
    "options": [
      {
        "flag": "limit",
        "wire": "limit",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "How many items a page holds, 1 to 100.",
        "default": 20
      },
      {
        "flag": "cursor",
        "wire": "cursor",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "The `next_cursor` of the previous page. Omit it for the first page.",
        "example": "eyJpZCI6ImNhbGxfOGZLMnBRN3ZOMyJ9"
      },
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only calls handled by this agent.",
        "example": "agt_4Vd9kQ2mXp"
      },
      {
        "flag": "lead-id",
        "wire": "lead_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only calls linked to this lead.",
        "example": "lead_5Rb7nM2xKw"
      },
      {
        "flag": "run-id",
        "wire": "run_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only calls placed by this communication run.",
        "example": "run_9Lc2vX7nHf"
      },
      {
        "flag": "status",
        "wire": "status",
        "in": "query",
        "type": "string",
        "choices": [
          "queued",
          "ringing",
          "in-progress",
          "completed",
          "voicemail",
          "failed",
          "no-answer",
          "busy",
          "canceled"
        ],
        "required": false,
        "description": "Only calls in this status."
      },
      {
        "flag": "direction",
        "wire": "direction",
        "in": "query",
        "type": "string",
        "choices": [
          "outbound",
          "inbound"
        ],
        "required": false,
        "description": "Only outbound or only inbound calls."
      },
      {
        "flag": "created-after",
        "wire": "created_after",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only items created at or after this time (ISO 8601).",
        "format": "date-time"
      },
      {
        "flag": "created-before",
        "wire": "created_before",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only items created before this time (ISO 8601).",
        "format": "date-time"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "name",
      "status",
      "direction",
      "agent_name",
      "to",
      "created_at"
    ],
    "examples": [
      "kaicalls calls list --limit 10",
      "kaicalls calls list --status queued",
      "kaicalls calls list --all --json"
    ]
  },
  {
    "resource": "calls",
    "name": "create",
    "tag": "calls",
    "action": "create",
    "operationId": "createCall",
    "method": "POST",
    "path": "/v1/calls",
    "summary": "Place an outbound call",
    "description": "Places an outbound call with an AI agent. The call starts `queued` and moves through `ringing` and `in-progress` to one terminal status: `completed`, `voicemail`, `failed`, `no-answer`, `busy` or `canceled`. Follow it with `GET /v1/calls/{call_id}/events` (or `calls.wait` in the SDKs) or webhooks.\n\nWhen you pass a `lead_id`, or `to` matches a lead's phone, the agent is given the lead's context (`variables` on the call). Test numbers (`+1500555…`) behave deterministically: see the table in the introduction. Rate limit: 60 creates a minute per key.",
    "scopes": [
      "calls:write"
    ],
    "paginated": false,
    "idempotency": "optional",
    "args": [],
    "options": [
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "An agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      },
      {
        "flag": "to",
        "wire": "to",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "The number to call, in E.164. Test numbers `+15005550001`…`+15005550107` select an outcome deterministically (see the introduction).",
        "example": "+15125551234"
      },
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The customer's name; the agent greets them by it."
      },
      {
        "flag": "context",
        "wire": "context",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Free-form context the agent can use (task, appointment details, notes)."
      },
      {
        "flag": "first-message",
        "wire": "first_message",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Overrides the agent's opening line for this call."
      },
      {
        "flag": "lead-id",
        "wire": "lead_id",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A lead's id.",
        "example": "lead_5Rb7nM2xKw"
      },
      {
        "flag": "webhook-url",
        "wire": "webhook_url",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Also deliver this call's events to this URL, signed like subscription deliveries.",
        "format": "uri"
      },
      {
        "flag": "max-duration",
        "wire": "max_duration",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "Longest call in seconds.",
        "default": 600
      },
      {
        "flag": "metadata",
        "wire": "metadata",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.",
        "example": {
          "crm_ticket": "T-4821",
          "campaignSource": "spring-promo"
        }
      }
    ],
    "body": {
      "required": true,
      "schema": "CallCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls calls create --agent-id agt_4Vd9kQ2mXp --to +15125559876 --name 'John Smith' --context 'Following up on car accident case'",
      "kaicalls calls create --data '{\"agent_id\":\"agt_4Vd9kQ2mXp\",\"to\":\"+15125559876\",\"name\":\"John Smith\",\"lead_id\":\"lead_5Rb7nM2xKw\",\"context\":\"Following up on car accident case\",\"first_message\":\"Hey John, this is Kai from Smith Law. Do you have a minute?\",\"metadata\":{\"crm_ticket\":\"T-4821\"}}'",
      "kaicalls calls create --data @body.json --json"
    ]
  },
  {
    "resource": "calls",
    "name": "get",
    "tag": "calls",
    "action": "get",
    "operationId": "getCall",
    "method": "GET",
    "path": "/v1/calls/{call_id}",
    "summary": "Get a call",
    "description": "Returns a call with its status and, once it has ended, its duration, transcript, summary, sentiment, quality scores, outcome and recording. While the call is live the response carries `X-Poll-Interval-Ms`, the interval a poller should wait.",
    "scopes": [
      "calls:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "call-id",
        "wire": "call_id",
        "description": "The call's id.",
        "example": "call_8fK2pQ7vN3"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls calls get call_8fK2pQ7vN3",
      "kaicalls calls get call_8fK2pQ7vN3 --json"
    ]
  },
  {
    "resource": "calls",
    "name": "cancel",
    "tag": "calls",
    "action": "cancel",
    "operationId": "cancelCall",
    "method": "POST",
    "path": "/v1/calls/{call_id}/cancel",
    "summary": "Cancel a call",
    "description": "Cancels a call that is still `queued` or `ringing`; it ends as `canceled`. A call that was answered or has ended cannot be canceled (409 `conflict`).",
    "scopes": [
      "calls:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "call-id",
        "wire": "call_id",
        "description": "The call's id.",
        "example": "call_8fK2pQ7vN3"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls calls cancel call_8fK2pQ7vN3",
      "kaicalls calls cancel call_8fK2pQ7vN3 --json"
    ]
  },
  {
    "resource": "calls",
    "name": "list-events",
    "tag": "calls",
    "action": "listEvents",
    "operationId": "listCallEvents",
    "method": "GET",
    "path": "/v1/calls/{call_id}/events",
    "summary": "List a call's timeline",
    "description": "Returns the call's timeline in order: `call.queued`, `call.dialing`, `call.ringing`, `call.answered`, `transcript.turn`…, `call.ended` (exactly one, with the terminal status), then `transcript.ready` and `analysis.complete` for answered calls, and what follows from the outcome (`appointment.booked`, `emergency.detected`, `sms.sent`, `sms.delivered`, `sms.failed`). Pass `after_sequence` with the last sequence you saw to read only what is new. While the call is live the response carries `X-Poll-Interval-Ms`.",
    "scopes": [
      "calls:read"
    ],
    "paginated": true,
    "idempotency": "none",
    "args": [
      {
        "name": "call-id",
        "wire": "call_id",
        "description": "The call's id.",
        "example": "call_8fK2pQ7vN3"
      }
    ],
    "options": [
      {
        "flag": "limit",
        "wire": "limit",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "How many items a page holds, 1 to 100.",
        "default": 20
      },
      {
        "flag": "cursor",
        "wire": "cursor",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "The `next_cursor` of the previous page. Omit it for the first page.",
        "example": "eyJpZCI6ImNhbGxfOGZLMnBRN3ZOMyJ9"
      },
      {
        "flag": "after-sequence",
        "wire": "after_sequence",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Only events whose `sequence` is greater than this one."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "type",
      "status",
      "sequence",
      "offset_ms",
      "occurred_at"
    ],
    "examples": [
      "kaicalls calls list-events call_8fK2pQ7vN3 --limit 10",
      "kaicalls calls list-events call_8fK2pQ7vN3 --all --json"
    ]
  }
];
