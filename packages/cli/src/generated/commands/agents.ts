// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls agents …` commands, one per operation tagged `agents`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "agents",
    "name": "list",
    "tag": "agents",
    "action": "list",
    "operationId": "listAgents",
    "method": "GET",
    "path": "/v1/agents",
    "summary": "List agents",
    "description": "Returns the agents of every business the key can reach, most recently created first.",
    "scopes": [
      "agents:read"
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
        "flag": "business-id",
        "wire": "business_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only agents of this business.",
        "example": "biz_7Tn3wR8cLs"
      },
      {
        "flag": "is-active",
        "wire": "is_active",
        "in": "query",
        "type": "boolean",
        "required": false,
        "description": "Only active (`true`) or inactive (`false`) agents."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "name",
      "voice",
      "language",
      "max_call_duration",
      "is_active",
      "created_at"
    ],
    "examples": [
      "kaicalls agents list --limit 10",
      "kaicalls agents list --all --json"
    ]
  },
  {
    "resource": "agents",
    "name": "create",
    "tag": "agents",
    "action": "create",
    "operationId": "createAgent",
    "method": "POST",
    "path": "/v1/agents",
    "summary": "Create an agent",
    "description": "Creates an AI voice agent. Its first configuration becomes config version 1.",
    "scopes": [
      "agents:write"
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
        "required": true,
        "description": "The agent's name."
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
        "flag": "voice",
        "wire": "voice",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The voice.",
        "default": "jennifer"
      },
      {
        "flag": "language",
        "wire": "language",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A BCP 47 language tag.",
        "default": "en-US"
      },
      {
        "flag": "system-prompt",
        "wire": "system_prompt",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Instructions the agent follows."
      },
      {
        "flag": "first-message",
        "wire": "first_message",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The opening line on outbound calls."
      },
      {
        "flag": "max-call-duration",
        "wire": "max_call_duration",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "Longest call in seconds.",
        "default": 600
      },
      {
        "flag": "is-active",
        "wire": "is_active",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Whether the agent takes and places calls.",
        "default": true
      }
    ],
    "body": {
      "required": true,
      "schema": "AgentCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls agents create --name 'Support Agent' --voice jennifer --language en-US",
      "kaicalls agents create --data '{\"name\":\"Support Agent\",\"system_prompt\":\"You are a helpful support agent for Acme Plumbing.\",\"first_message\":\"Hi, this is Acme support. How can I help you today?\",\"voice\":\"jennifer\",\"language\":\"en-US\",\"max_call_duration\":600}'",
      "kaicalls agents create --data @body.json --json"
    ]
  },
  {
    "resource": "agents",
    "name": "get",
    "tag": "agents",
    "action": "get",
    "operationId": "getAgent",
    "method": "GET",
    "path": "/v1/agents/{agent_id}",
    "summary": "Get an agent",
    "description": "Returns an agent with its current configuration and assigned phone number.",
    "scopes": [
      "agents:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "agent-id",
        "wire": "agent_id",
        "description": "The agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls agents get agt_4Vd9kQ2mXp",
      "kaicalls agents get agt_4Vd9kQ2mXp --json"
    ]
  },
  {
    "resource": "agents",
    "name": "update",
    "tag": "agents",
    "action": "update",
    "operationId": "updateAgent",
    "method": "PATCH",
    "path": "/v1/agents/{agent_id}",
    "summary": "Update an agent",
    "description": "Changes only the fields sent. A change to its configuration records a new config version.",
    "scopes": [
      "agents:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "agent-id",
        "wire": "agent_id",
        "description": "The agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
    "options": [
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The agent's name."
      },
      {
        "flag": "voice",
        "wire": "voice",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The voice."
      },
      {
        "flag": "language",
        "wire": "language",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A BCP 47 language tag."
      },
      {
        "flag": "system-prompt",
        "wire": "system_prompt",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Instructions the agent follows."
      },
      {
        "flag": "first-message",
        "wire": "first_message",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "The opening line on outbound calls."
      },
      {
        "flag": "max-call-duration",
        "wire": "max_call_duration",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "Longest call in seconds."
      },
      {
        "flag": "is-active",
        "wire": "is_active",
        "in": "body",
        "type": "boolean",
        "required": false,
        "description": "Whether the agent takes and places calls."
      }
    ],
    "body": {
      "required": true,
      "schema": "AgentUpdate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls agents update agt_4Vd9kQ2mXp --name 'Kai (evenings)' --no-is-active",
      "kaicalls agents update agt_4Vd9kQ2mXp --data '{\"name\":\"Kai (evenings)\",\"is_active\":false}'",
      "kaicalls agents update agt_4Vd9kQ2mXp --data @body.json --json"
    ]
  },
  {
    "resource": "agents",
    "name": "delete",
    "tag": "agents",
    "action": "delete",
    "operationId": "deleteAgent",
    "method": "DELETE",
    "path": "/v1/agents/{agent_id}",
    "summary": "Delete an agent",
    "description": "Deletes an agent. Its past calls are kept; its phone number is unassigned.",
    "scopes": [
      "agents:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "agent-id",
        "wire": "agent_id",
        "description": "The agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls agents delete agt_4Vd9kQ2mXp",
      "kaicalls agents delete agt_4Vd9kQ2mXp --json"
    ]
  },
  {
    "resource": "agents",
    "name": "list-config-versions",
    "tag": "agents",
    "action": "listConfigVersions",
    "operationId": "listAgentConfigVersions",
    "method": "GET",
    "path": "/v1/agents/{agent_id}/config-versions",
    "summary": "List an agent's config versions",
    "description": "Returns every configuration the agent has run with, newest first, so that a call's behaviour can be matched to the exact configuration that produced it.",
    "scopes": [
      "agents:read"
    ],
    "paginated": true,
    "idempotency": "none",
    "args": [
      {
        "name": "agent-id",
        "wire": "agent_id",
        "description": "The agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
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
      "version",
      "created_at"
    ],
    "examples": [
      "kaicalls agents list-config-versions agt_4Vd9kQ2mXp --limit 10",
      "kaicalls agents list-config-versions agt_4Vd9kQ2mXp --all --json"
    ]
  }
];
