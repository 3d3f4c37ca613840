// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls webhooks …` commands, one per operation tagged `webhooks`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "webhooks",
    "name": "list",
    "tag": "webhooks",
    "action": "list",
    "operationId": "listWebhooks",
    "method": "GET",
    "path": "/v1/webhooks",
    "summary": "List webhook subscriptions",
    "description": "Returns your webhook subscriptions. Signing secrets are not included.",
    "scopes": [
      "webhooks:read"
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
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "description",
      "enabled",
      "created_at"
    ],
    "examples": [
      "kaicalls webhooks list --limit 10",
      "kaicalls webhooks list --all --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "create",
    "tag": "webhooks",
    "action": "create",
    "operationId": "createWebhook",
    "method": "POST",
    "path": "/v1/webhooks",
    "summary": "Create a webhook subscription",
    "description": "Subscribes an endpoint to the event types in `events` (`[\"*\"]` for all). The response carries the signing `secret` (`whsec_…`), shown once.",
    "scopes": [
      "webhooks:write"
    ],
    "paginated": false,
    "idempotency": "optional",
    "args": [],
    "options": [
      {
        "flag": "url",
        "wire": "url",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "",
        "format": "uri"
      },
      {
        "flag": "events",
        "wire": "events",
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
          "webhook.test",
          "*"
        ],
        "required": false,
        "description": "The event types to deliver; `[\"*\"]` for all."
      },
      {
        "flag": "description",
        "wire": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": ""
      },
      {
        "flag": "enabled",
        "wire": "enabled",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "",
        "default": true
      }
    ],
    "body": {
      "required": true,
      "schema": "WebhookEndpointCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls webhooks create --url https://example.com/hooks/kaicalls --events call.completed,appointment.booked --description 'CRM sync'",
      "kaicalls webhooks create --data '{\"url\":\"https://example.com/hooks/kaicalls\",\"events\":[\"call.completed\",\"appointment.booked\"],\"description\":\"CRM sync\"}'",
      "kaicalls webhooks create --data @body.json --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "get",
    "tag": "webhooks",
    "action": "get",
    "operationId": "getWebhook",
    "method": "GET",
    "path": "/v1/webhooks/{webhook_id}",
    "summary": "Get a webhook subscription",
    "description": "Returns a webhook subscription. The signing secret is not included.",
    "scopes": [
      "webhooks:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "webhook-id",
        "wire": "webhook_id",
        "description": "The webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls webhooks get whk_1Pz5rK8mTy",
      "kaicalls webhooks get whk_1Pz5rK8mTy --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "update",
    "tag": "webhooks",
    "action": "update",
    "operationId": "updateWebhook",
    "method": "PATCH",
    "path": "/v1/webhooks/{webhook_id}",
    "summary": "Update a webhook subscription",
    "description": "Changes the URL, the event filter, the description, or pauses deliveries (`enabled: false`).",
    "scopes": [
      "webhooks:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "webhook-id",
        "wire": "webhook_id",
        "description": "The webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "options": [
      {
        "flag": "url",
        "wire": "url",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "",
        "format": "uri"
      },
      {
        "flag": "events",
        "wire": "events",
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
          "webhook.test",
          "*"
        ],
        "required": false,
        "description": "The event types to deliver; `[\"*\"]` for all."
      },
      {
        "flag": "description",
        "wire": "description",
        "in": "body",
        "type": "string",
        "required": false,
        "description": ""
      },
      {
        "flag": "enabled",
        "wire": "enabled",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": ""
      }
    ],
    "body": {
      "required": true,
      "schema": "WebhookEndpointUpdate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls webhooks update whk_1Pz5rK8mTy --no-enabled",
      "kaicalls webhooks update whk_1Pz5rK8mTy --data '{\"enabled\":false}'",
      "kaicalls webhooks update whk_1Pz5rK8mTy --data @body.json --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "delete",
    "tag": "webhooks",
    "action": "delete",
    "operationId": "deleteWebhook",
    "method": "DELETE",
    "path": "/v1/webhooks/{webhook_id}",
    "summary": "Delete a webhook subscription",
    "description": "Deletes a subscription. No further deliveries are attempted; past deliveries stay readable.",
    "scopes": [
      "webhooks:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "webhook-id",
        "wire": "webhook_id",
        "description": "The webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls webhooks delete whk_1Pz5rK8mTy",
      "kaicalls webhooks delete whk_1Pz5rK8mTy --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "test",
    "tag": "webhooks",
    "action": "test",
    "operationId": "testWebhook",
    "method": "POST",
    "path": "/v1/webhooks/{webhook_id}/test",
    "summary": "Send a test event",
    "description": "Sends a signed `webhook.test` event to the subscription's URL now and returns the delivery with its first attempt.",
    "scopes": [
      "webhooks:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "webhook-id",
        "wire": "webhook_id",
        "description": "The webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls webhooks test whk_1Pz5rK8mTy",
      "kaicalls webhooks test whk_1Pz5rK8mTy --json"
    ]
  },
  {
    "resource": "webhooks",
    "name": "rotate-secret",
    "tag": "webhooks",
    "action": "rotateSecret",
    "operationId": "rotateWebhookSecret",
    "method": "POST",
    "path": "/v1/webhooks/{webhook_id}/rotate-secret",
    "summary": "Rotate the signing secret",
    "description": "Issues a new signing secret. During the grace period every delivery carries two signatures, one with the old secret and one with the new, so you can switch without dropping a delivery.",
    "scopes": [
      "webhooks:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "webhook-id",
        "wire": "webhook_id",
        "description": "The webhook subscription's id.",
        "example": "whk_1Pz5rK8mTy"
      }
    ],
    "options": [
      {
        "flag": "grace-period-seconds",
        "wire": "grace_period_seconds",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "How long the previous secret keeps signing too.",
        "default": 86400
      }
    ],
    "body": {
      "required": false,
      "schema": "WebhookSecretRotation"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls webhooks rotate-secret whk_1Pz5rK8mTy --grace-period-seconds 3600",
      "kaicalls webhooks rotate-secret whk_1Pz5rK8mTy --data '{\"grace_period_seconds\":3600}'",
      "kaicalls webhooks rotate-secret whk_1Pz5rK8mTy --data @body.json --json"
    ]
  }
];
