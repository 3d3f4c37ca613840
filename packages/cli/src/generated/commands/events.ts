// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls events …` commands, one per operation tagged `events`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "events",
    "name": "list",
    "tag": "events",
    "action": "list",
    "operationId": "listEvents",
    "method": "GET",
    "path": "/v1/events",
    "summary": "List events",
    "description": "Returns the durable event log, most recent first. Events are kept for 30 days, whether or not they were delivered.",
    "scopes": [
      "events:read"
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
        "flag": "type",
        "wire": "type",
        "in": "query",
        "type": "string",
        "choices": [
          "call.queued",
          "call.started",
          "call.answered",
          "call.completed",
          "call.failed",
          "call.missed",
          "voicemail.received",
          "transcript.ready",
          "analysis.complete",
          "appointment.booked",
          "emergency.detected",
          "sms.sent",
          "sms.delivered",
          "sms.failed",
          "run.started",
          "run.paused",
          "run.resumed",
          "run.completed",
          "run.canceled",
          "webhook.test"
        ],
        "required": false,
        "description": "Only events of this type."
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
      "type",
      "created_at"
    ],
    "examples": [
      "kaicalls events list --limit 10",
      "kaicalls events list --type call.queued",
      "kaicalls events list --all --json"
    ]
  },
  {
    "resource": "events",
    "name": "backfill",
    "tag": "events",
    "action": "backfill",
    "operationId": "backfillEvents",
    "method": "POST",
    "path": "/v1/events/backfill",
    "summary": "Backfill events",
    "description": "Re-delivers every event of a time range that matches a subscription's filter to that subscription, oldest first. Each re-delivery carries the event's original `webhook-id`, so a handler that deduplicates by it stays correct.",
    "scopes": [
      "events:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [],
    "options": [
      {
        "flag": "webhook-id",
        "wire": "webhook_id",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "A webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      },
      {
        "flag": "from",
        "wire": "from",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "Events created at or after this time.",
        "format": "date-time"
      },
      {
        "flag": "to",
        "wire": "to",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Events created before this time. Defaults to now.",
        "format": "date-time"
      },
      {
        "flag": "types",
        "wire": "types",
        "in": "body",
        "type": "array",
        "items": "string",
        "choices": [
          "call.queued",
          "call.started",
          "call.answered",
          "call.completed",
          "call.failed",
          "call.missed",
          "voicemail.received",
          "transcript.ready",
          "analysis.complete",
          "appointment.booked",
          "emergency.detected",
          "sms.sent",
          "sms.delivered",
          "sms.failed",
          "run.started",
          "run.paused",
          "run.resumed",
          "run.completed",
          "run.canceled",
          "webhook.test"
        ],
        "required": false,
        "description": "Only these types (still within the subscription's filter)."
      },
      {
        "flag": "only-failed",
        "wire": "only_failed",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Only events whose last delivery to this subscription did not succeed.",
        "default": false
      }
    ],
    "body": {
      "required": true,
      "schema": "EventBackfill"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls events backfill --webhook-id whk_1Pz5rK8mTy --from 2026-02-15T00:00:00Z --to 2026-02-16T00:00:00Z --only-failed",
      "kaicalls events backfill --data '{\"webhook_id\":\"whk_1Pz5rK8mTy\",\"from\":\"2026-02-15T00:00:00Z\",\"to\":\"2026-02-16T00:00:00Z\",\"only_failed\":true}'",
      "kaicalls events backfill --data @body.json --json"
    ]
  },
  {
    "resource": "events",
    "name": "get",
    "tag": "events",
    "action": "get",
    "operationId": "getEvent",
    "method": "GET",
    "path": "/v1/events/{event_id}",
    "summary": "Get an event",
    "description": "Returns one event with its payload, exactly as it is delivered.",
    "scopes": [
      "events:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "event-id",
        "wire": "event_id",
        "description": "The event's id.",
        "example": "evt_2Dq8wN4vJc"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls events get evt_2Dq8wN4vJc",
      "kaicalls events get evt_2Dq8wN4vJc --json"
    ]
  },
  {
    "resource": "events",
    "name": "replay",
    "tag": "events",
    "action": "replay",
    "operationId": "replayEvent",
    "method": "POST",
    "path": "/v1/events/{event_id}/replay",
    "summary": "Replay an event",
    "description": "Delivers an event again, to one subscription (`webhook_id`) or to every subscription whose filter matches it. The re-delivery carries the event's original `webhook-id`.",
    "scopes": [
      "events:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "event-id",
        "wire": "event_id",
        "description": "The event's id.",
        "example": "evt_2Dq8wN4vJc"
      }
    ],
    "options": [
      {
        "flag": "webhook-id",
        "wire": "webhook_id",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "body": {
      "required": false,
      "schema": "EventReplay"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls events replay evt_2Dq8wN4vJc --webhook-id whk_1Pz5rK8mTy",
      "kaicalls events replay evt_2Dq8wN4vJc --data '{\"webhook_id\":\"whk_1Pz5rK8mTy\"}'",
      "kaicalls events replay evt_2Dq8wN4vJc --data @body.json --json"
    ]
  }
];
