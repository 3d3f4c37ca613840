// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls attempts …` commands, one per operation tagged `attempts`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "attempts",
    "name": "list",
    "tag": "attempts",
    "action": "list",
    "operationId": "listAttempts",
    "method": "GET",
    "path": "/v1/attempts",
    "summary": "List dial attempts",
    "description": "Returns every attempt to reach a number, most recent first.",
    "scopes": [
      "evidence:read"
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
        "flag": "call-id",
        "wire": "call_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only records of this call.",
        "example": "call_8fK2pQ7vN3"
      },
      {
        "flag": "lead-id",
        "wire": "lead_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only records of this lead.",
        "example": "lead_5Rb7nM2xKw"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "result",
      "to",
      "attempt_number",
      "carrier_code",
      "started_at"
    ],
    "examples": [
      "kaicalls attempts list --limit 10",
      "kaicalls attempts list --all --json"
    ]
  },
  {
    "resource": "attempts",
    "name": "get",
    "tag": "attempts",
    "action": "get",
    "operationId": "getAttempt",
    "method": "GET",
    "path": "/v1/attempts/{attempt_id}",
    "summary": "Get a dial attempt",
    "description": "Returns one dial attempt with its carrier result.",
    "scopes": [
      "evidence:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "attempt-id",
        "wire": "attempt_id",
        "description": "The id of a dial attempt.",
        "example": "att_3Mv7qS8jWb"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls attempts get att_3Mv7qS8jWb",
      "kaicalls attempts get att_3Mv7qS8jWb --json"
    ]
  }
];
