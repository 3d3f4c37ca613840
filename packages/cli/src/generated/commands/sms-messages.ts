// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls sms-messages …` commands, one per operation tagged `smsMessages`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "sms-messages",
    "name": "list",
    "tag": "smsMessages",
    "action": "list",
    "operationId": "listSmsMessages",
    "method": "GET",
    "path": "/v1/sms-messages",
    "summary": "List SMS messages",
    "description": "Returns text messages sent and received, most recent first.",
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
      "direction",
      "status",
      "from",
      "to",
      "error",
      "created_at"
    ],
    "examples": [
      "kaicalls sms-messages list --limit 10",
      "kaicalls sms-messages list --all --json"
    ]
  },
  {
    "resource": "sms-messages",
    "name": "get",
    "tag": "smsMessages",
    "action": "get",
    "operationId": "getSmsMessage",
    "method": "GET",
    "path": "/v1/sms-messages/{sms_id}",
    "summary": "Get an SMS message",
    "description": "Returns one text message with its delivery status.",
    "scopes": [
      "evidence:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "sms-id",
        "wire": "sms_id",
        "description": "The id of an SMS message.",
        "example": "sms_4Ht7cV2nPq"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls sms-messages get sms_4Ht7cV2nPq",
      "kaicalls sms-messages get sms_4Ht7cV2nPq --json"
    ]
  }
];
