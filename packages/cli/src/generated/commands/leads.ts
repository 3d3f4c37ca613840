// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls leads …` commands, one per operation tagged `leads`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "leads",
    "name": "list",
    "tag": "leads",
    "action": "list",
    "operationId": "listLeads",
    "method": "GET",
    "path": "/v1/leads",
    "summary": "List leads",
    "description": "Returns the leads of your businesses, most recently created first.",
    "scopes": [
      "leads:read"
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
        "flag": "status",
        "wire": "status",
        "in": "query",
        "type": "string",
        "choices": [
          "new",
          "contacted",
          "qualified",
          "booked",
          "won",
          "lost"
        ],
        "required": false,
        "description": "Only leads in this pipeline status."
      },
      {
        "flag": "phone",
        "wire": "phone",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only the lead with this phone number (E.164).",
        "example": "+15125551234"
      },
      {
        "flag": "min-score",
        "wire": "min_score",
        "in": "query",
        "type": "integer",
        "required": false,
        "description": "Only leads scored at least this much."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "name",
      "status",
      "phone",
      "email",
      "score",
      "created_at"
    ],
    "examples": [
      "kaicalls leads list --limit 10",
      "kaicalls leads list --status new",
      "kaicalls leads list --all --json"
    ]
  },
  {
    "resource": "leads",
    "name": "get",
    "tag": "leads",
    "action": "get",
    "operationId": "getLead",
    "method": "GET",
    "path": "/v1/leads/{lead_id}",
    "summary": "Get a lead",
    "description": "Returns a lead with its score, pipeline status, source and interaction count.",
    "scopes": [
      "leads:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "lead-id",
        "wire": "lead_id",
        "description": "The lead's id.",
        "example": "lead_5Rb7nM2xKw"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls leads get lead_5Rb7nM2xKw",
      "kaicalls leads get lead_5Rb7nM2xKw --json"
    ]
  }
];
