// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls keys …` commands, one per operation tagged `keys`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "keys",
    "name": "list",
    "tag": "keys",
    "action": "list",
    "operationId": "listKeys",
    "method": "GET",
    "path": "/v1/keys",
    "summary": "List API keys",
    "description": "Returns your API keys. Secrets are never returned here, only each key's `prefix`.",
    "scopes": [
      "keys:read"
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
        "flag": "is-active",
        "wire": "is_active",
        "in": "query",
        "type": "boolean",
        "required": false,
        "description": "Only active (`true`) or revoked and expired (`false`) keys."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "name",
      "prefix",
      "is_active",
      "created_at"
    ],
    "examples": [
      "kaicalls keys list --limit 10",
      "kaicalls keys list --all --json"
    ]
  },
  {
    "resource": "keys",
    "name": "create",
    "tag": "keys",
    "action": "create",
    "operationId": "createKey",
    "method": "POST",
    "path": "/v1/keys",
    "summary": "Create an API key",
    "description": "Creates a scoped API key. The full secret (`key`) is in this response only; store it securely. A key cannot grant scopes its creator lacks.",
    "scopes": [
      "keys:write"
    ],
    "paginated": false,
    "idempotency": "optional",
    "args": [],
    "options": [
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "",
        "default": "Untitled Key"
      },
      {
        "flag": "scopes",
        "wire": "scopes",
        "in": "body",
        "type": "array",
        "items": "string",
        "choices": [
          "*",
          "agents:read",
          "agents:write",
          "numbers:read",
          "calls:read",
          "calls:write",
          "leads:read",
          "appointments:read",
          "appointments:write",
          "analytics:read",
          "keys:read",
          "keys:write",
          "account:read",
          "runs:read",
          "runs:write",
          "webhooks:read",
          "webhooks:write",
          "events:read",
          "events:write",
          "evidence:read"
        ],
        "required": false,
        "description": "",
        "default": [
          "agents:read",
          "numbers:read",
          "calls:read",
          "calls:write"
        ]
      },
      {
        "flag": "business-id",
        "wire": "business_id",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A business's id.",
        "example": "biz_7Tn3wR8cLs"
      },
      {
        "flag": "expires-at",
        "wire": "expires_at",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "When the key stops working.",
        "format": "date-time"
      }
    ],
    "body": {
      "required": true,
      "schema": "ApiKeyCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls keys create --name 'CRM sync' --scopes calls:read,leads:read",
      "kaicalls keys create --data '{\"name\":\"CRM sync\",\"scopes\":[\"calls:read\",\"leads:read\"]}'",
      "kaicalls keys create --data @body.json --json"
    ]
  },
  {
    "resource": "keys",
    "name": "get",
    "tag": "keys",
    "action": "get",
    "operationId": "getKey",
    "method": "GET",
    "path": "/v1/keys/{key_id}",
    "summary": "Get an API key",
    "description": "Returns an API key's name, scopes, prefix and state. The secret is never returned.",
    "scopes": [
      "keys:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "key-id",
        "wire": "key_id",
        "description": "The API key's id.",
        "example": "key_6Wm4qZ8sBd"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls keys get key_6Wm4qZ8sBd",
      "kaicalls keys get key_6Wm4qZ8sBd --json"
    ]
  },
  {
    "resource": "keys",
    "name": "revoke",
    "tag": "keys",
    "action": "revoke",
    "operationId": "revokeKey",
    "method": "DELETE",
    "path": "/v1/keys/{key_id}",
    "summary": "Revoke an API key",
    "description": "Revokes an API key. It stops working at once; requests with it get 401 `unauthorized`.",
    "scopes": [
      "keys:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "key-id",
        "wire": "key_id",
        "description": "The API key's id.",
        "example": "key_6Wm4qZ8sBd"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls keys revoke key_6Wm4qZ8sBd",
      "kaicalls keys revoke key_6Wm4qZ8sBd --json"
    ]
  }
];
