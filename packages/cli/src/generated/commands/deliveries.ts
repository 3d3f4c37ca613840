// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls deliveries …` commands, one per operation tagged `deliveries`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "deliveries",
    "name": "list",
    "tag": "deliveries",
    "action": "list",
    "operationId": "listDeliveries",
    "method": "GET",
    "path": "/v1/event-deliveries",
    "summary": "List event deliveries",
    "description": "Returns deliveries of events to endpoints, most recent first, each with every attempt.",
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
        "flag": "event-id",
        "wire": "event_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only deliveries of this event.",
        "example": "evt_2Dq8wN4vJc"
      },
      {
        "flag": "webhook-id",
        "wire": "webhook_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only deliveries to this subscription.",
        "example": "whk_1Pz5rK8mTy"
      },
      {
        "flag": "status",
        "wire": "status",
        "in": "query",
        "type": "string",
        "choices": [
          "pending",
          "retrying",
          "succeeded",
          "failed"
        ],
        "required": false,
        "description": "Only deliveries in this state."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "event_type",
      "status",
      "trigger",
      "created_at"
    ],
    "examples": [
      "kaicalls deliveries list --limit 10",
      "kaicalls deliveries list --status pending",
      "kaicalls deliveries list --all --json"
    ]
  },
  {
    "resource": "deliveries",
    "name": "get",
    "tag": "deliveries",
    "action": "get",
    "operationId": "getDelivery",
    "method": "GET",
    "path": "/v1/event-deliveries/{delivery_id}",
    "summary": "Get an event delivery",
    "description": "Returns a delivery with every attempt (time, status code, latency, response excerpt) and the next retry, if any.",
    "scopes": [
      "events:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "delivery-id",
        "wire": "delivery_id",
        "description": "The delivery's id.",
        "example": "dlv_7Ks3mB9xRa"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls deliveries get dlv_7Ks3mB9xRa",
      "kaicalls deliveries get dlv_7Ks3mB9xRa --json"
    ]
  }
];
