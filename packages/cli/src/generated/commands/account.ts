// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls account …` commands, one per operation tagged `account`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "account",
    "name": "get-balance",
    "tag": "account",
    "action": "getBalance",
    "operationId": "getBalance",
    "method": "GET",
    "path": "/v1/balance",
    "summary": "Get the balance",
    "description": "Returns minutes used, phone numbers and subscription status for each of your businesses.",
    "scopes": [
      "account:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls account get-balance",
      "kaicalls account get-balance --json"
    ]
  },
  {
    "resource": "account",
    "name": "list-usage",
    "tag": "account",
    "action": "listUsage",
    "operationId": "listUsage",
    "method": "GET",
    "path": "/v1/usage",
    "summary": "List API usage",
    "description": "Returns the log of billable API requests, most recent first.",
    "scopes": [
      "account:read"
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
        "flag": "start",
        "wire": "start",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only records at or after this time (ISO 8601).",
        "format": "date-time"
      },
      {
        "flag": "end",
        "wire": "end",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only records before this time (ISO 8601).",
        "format": "date-time"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "method",
      "endpoint",
      "status_code",
      "cost_cents",
      "created_at"
    ],
    "examples": [
      "kaicalls account list-usage --limit 10",
      "kaicalls account list-usage --all --json"
    ]
  }
];
