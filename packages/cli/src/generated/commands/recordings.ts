// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls recordings …` commands, one per operation tagged `recordings`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "recordings",
    "name": "list",
    "tag": "recordings",
    "action": "list",
    "operationId": "listRecordings",
    "method": "GET",
    "path": "/v1/recordings",
    "summary": "List recordings",
    "description": "Returns call recordings, most recent first.",
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
      "format",
      "duration",
      "size_bytes",
      "created_at"
    ],
    "examples": [
      "kaicalls recordings list --limit 10",
      "kaicalls recordings list --all --json"
    ]
  },
  {
    "resource": "recordings",
    "name": "get",
    "tag": "recordings",
    "action": "get",
    "operationId": "getRecording",
    "method": "GET",
    "path": "/v1/recordings/{recording_id}",
    "summary": "Get a recording",
    "description": "Returns one recording with its URL, duration and size.",
    "scopes": [
      "evidence:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "recording-id",
        "wire": "recording_id",
        "description": "The id of a recording.",
        "example": "rec_6Bt2nH9cFx"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls recordings get rec_6Bt2nH9cFx",
      "kaicalls recordings get rec_6Bt2nH9cFx --json"
    ]
  }
];
