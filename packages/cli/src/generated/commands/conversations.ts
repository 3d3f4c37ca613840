// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls conversations …` commands, one per operation tagged `conversations`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "conversations",
    "name": "list",
    "tag": "conversations",
    "action": "list",
    "operationId": "listConversations",
    "method": "GET",
    "path": "/v1/conversations",
    "summary": "List conversations",
    "description": "Returns message threads with contacts, most recently active first.",
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
      "channel",
      "contact_phone",
      "message_count",
      "created_at"
    ],
    "examples": [
      "kaicalls conversations list --limit 10",
      "kaicalls conversations list --all --json"
    ]
  },
  {
    "resource": "conversations",
    "name": "get",
    "tag": "conversations",
    "action": "get",
    "operationId": "getConversation",
    "method": "GET",
    "path": "/v1/conversations/{conversation_id}",
    "summary": "Get a conversation",
    "description": "Returns one conversation with its messages.",
    "scopes": [
      "evidence:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "conversation-id",
        "wire": "conversation_id",
        "description": "The id of a conversation.",
        "example": "conv_8Nf3kL6wZm"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls conversations get conv_8Nf3kL6wZm",
      "kaicalls conversations get conv_8Nf3kL6wZm --json"
    ]
  }
];
