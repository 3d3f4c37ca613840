// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls jobs …` commands, one per operation tagged `jobs`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "jobs",
    "name": "list",
    "tag": "jobs",
    "action": "list",
    "operationId": "listJobs",
    "method": "GET",
    "path": "/v1/jobs",
    "summary": "List jobs",
    "description": "Returns the background work done for calls and runs (transcription, analysis, follow-up SMS, dispatch), most recent first.",
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
      "type",
      "status",
      "error",
      "created_at"
    ],
    "examples": [
      "kaicalls jobs list --limit 10",
      "kaicalls jobs list --all --json"
    ]
  },
  {
    "resource": "jobs",
    "name": "get",
    "tag": "jobs",
    "action": "get",
    "operationId": "getJob",
    "method": "GET",
    "path": "/v1/jobs/{job_id}",
    "summary": "Get a job",
    "description": "Returns one job with its status and timing.",
    "scopes": [
      "evidence:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "job-id",
        "wire": "job_id",
        "description": "The id of a job.",
        "example": "job_5Xr9pD2tGk"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls jobs get job_5Xr9pD2tGk",
      "kaicalls jobs get job_5Xr9pD2tGk --json"
    ]
  }
];
