// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls numbers …` commands, one per operation tagged `numbers`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "numbers",
    "name": "list",
    "tag": "numbers",
    "action": "list",
    "operationId": "listNumbers",
    "method": "GET",
    "path": "/v1/numbers",
    "summary": "List phone numbers",
    "description": "Returns the phone numbers registered to your businesses.",
    "scopes": [
      "numbers:read"
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
        "description": "Only numbers assigned to this agent.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "phone_number",
      "created_at"
    ],
    "examples": [
      "kaicalls numbers list --limit 10",
      "kaicalls numbers list --all --json"
    ]
  },
  {
    "resource": "numbers",
    "name": "get",
    "tag": "numbers",
    "action": "get",
    "operationId": "getNumber",
    "method": "GET",
    "path": "/v1/numbers/{number_id}",
    "summary": "Get a phone number",
    "description": "Returns a phone number and the agent that answers it.",
    "scopes": [
      "numbers:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "number-id",
        "wire": "number_id",
        "description": "The phone number's id.",
        "example": "num_2Jx8pF5hQz"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls numbers get num_2Jx8pF5hQz",
      "kaicalls numbers get num_2Jx8pF5hQz --json"
    ]
  }
];
