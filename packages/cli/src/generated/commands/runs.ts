// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls runs …` commands, one per operation tagged `runs`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "runs",
    "name": "validate",
    "tag": "runs",
    "action": "validate",
    "operationId": "validateRun",
    "method": "POST",
    "path": "/v1/communication-runs/validate",
    "summary": "Validate a communication run",
    "description": "Checks a run definition without creating anything or contacting anyone. Always 200 for a well-formed request; `valid` and `problems` say whether it would be accepted and why not.",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [],
    "options": [
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": ""
      },
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "An agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      },
      {
        "flag": "contacts",
        "wire": "contacts",
        "in": "body",
        "type": "json",
        "required": true,
        "description": ""
      },
      {
        "flag": "context",
        "wire": "context",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Context the agent gets on every call."
      },
      {
        "flag": "schedule",
        "wire": "schedule",
        "in": "body",
        "type": "json",
        "required": false,
        "description": ""
      },
      {
        "flag": "timezone",
        "wire": "timezone",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "An IANA timezone for the call window.",
        "default": "America/New_York"
      },
      {
        "flag": "call-window",
        "wire": "call_window",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "The hours of the day, in the run's timezone, when calls may start."
      },
      {
        "flag": "max-concurrent-calls",
        "wire": "max_concurrent_calls",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "",
        "default": 1
      },
      {
        "flag": "metadata",
        "wire": "metadata",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.",
        "example": {
          "crm_ticket": "T-4821",
          "campaignSource": "spring-promo"
        }
      }
    ],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls runs validate --name 'February outreach' --agent-id agt_4Vd9kQ2mXp --context 'Offer a free consultation this month.' --timezone America/Chicago",
      "kaicalls runs validate --data '{\"name\":\"February outreach\",\"agent_id\":\"agt_4Vd9kQ2mXp\",\"contacts\":[{\"to\":\"+15125559876\",\"name\":\"John Smith\",\"lead_id\":\"lead_5Rb7nM2xKw\"},{\"to\":\"+15125550199\",\"name\":\"Maria Garcia\"}],\"context\":\"Offer a free consultation this month.\",\"schedule\":{\"start_at\":\"2026-02-16T14:00:00Z\"},\"timezone\":\"America/Chicago\",\"call_window\":{\"start\":\"09:00\",\"end\":\"17:00\",\"days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"]},\"max_concurrent_calls\":3}'",
      "kaicalls runs validate --data @body.json --json"
    ]
  },
  {
    "resource": "runs",
    "name": "preview",
    "tag": "runs",
    "action": "preview",
    "operationId": "previewRun",
    "method": "POST",
    "path": "/v1/communication-runs/preview",
    "summary": "Preview a communication run",
    "description": "Shows what a run would do (when each contact would be called, in which call windows, at what estimated cost) without creating it or contacting anyone.",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [],
    "options": [
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": ""
      },
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "An agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      },
      {
        "flag": "contacts",
        "wire": "contacts",
        "in": "body",
        "type": "json",
        "required": true,
        "description": ""
      },
      {
        "flag": "context",
        "wire": "context",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Context the agent gets on every call."
      },
      {
        "flag": "schedule",
        "wire": "schedule",
        "in": "body",
        "type": "json",
        "required": false,
        "description": ""
      },
      {
        "flag": "timezone",
        "wire": "timezone",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "An IANA timezone for the call window.",
        "default": "America/New_York"
      },
      {
        "flag": "call-window",
        "wire": "call_window",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "The hours of the day, in the run's timezone, when calls may start."
      },
      {
        "flag": "max-concurrent-calls",
        "wire": "max_concurrent_calls",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "",
        "default": 1
      },
      {
        "flag": "metadata",
        "wire": "metadata",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.",
        "example": {
          "crm_ticket": "T-4821",
          "campaignSource": "spring-promo"
        }
      }
    ],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls runs preview --name 'February outreach' --agent-id agt_4Vd9kQ2mXp --context 'Offer a free consultation this month.' --timezone America/Chicago",
      "kaicalls runs preview --data '{\"name\":\"February outreach\",\"agent_id\":\"agt_4Vd9kQ2mXp\",\"contacts\":[{\"to\":\"+15125559876\",\"name\":\"John Smith\",\"lead_id\":\"lead_5Rb7nM2xKw\"},{\"to\":\"+15125550199\",\"name\":\"Maria Garcia\"}],\"context\":\"Offer a free consultation this month.\",\"schedule\":{\"start_at\":\"2026-02-16T14:00:00Z\"},\"timezone\":\"America/Chicago\",\"call_window\":{\"start\":\"09:00\",\"end\":\"17:00\",\"days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"]},\"max_concurrent_calls\":3}'",
      "kaicalls runs preview --data @body.json --json"
    ]
  },
  {
    "resource": "runs",
    "name": "list",
    "tag": "runs",
    "action": "list",
    "operationId": "listRuns",
    "method": "GET",
    "path": "/v1/communication-runs",
    "summary": "List communication runs",
    "description": "Returns communication runs, most recently created first.",
    "scopes": [
      "runs:read"
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
          "scheduled",
          "running",
          "paused",
          "completed",
          "canceled"
        ],
        "required": false,
        "description": "Only runs in this status."
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "name",
      "status",
      "context",
      "timezone",
      "max_concurrent_calls",
      "created_at"
    ],
    "examples": [
      "kaicalls runs list --limit 10",
      "kaicalls runs list --status scheduled",
      "kaicalls runs list --all --json"
    ]
  },
  {
    "resource": "runs",
    "name": "create",
    "tag": "runs",
    "action": "create",
    "operationId": "createRun",
    "method": "POST",
    "path": "/v1/communication-runs",
    "summary": "Create a communication run",
    "description": "Creates a run and starts it at `schedule.start_at` (or now). One call is placed per contact, at most `max_concurrent_calls` at a time, only inside the call window in the run's timezone. `Idempotency-Key` is required, so a retried request never contacts anyone twice.",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "required",
    "args": [],
    "options": [
      {
        "flag": "name",
        "wire": "name",
        "in": "body",
        "type": "string",
        "required": true,
        "description": ""
      },
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "An agent's id.",
        "example": "agt_4Vd9kQ2mXp"
      },
      {
        "flag": "contacts",
        "wire": "contacts",
        "in": "body",
        "type": "json",
        "required": true,
        "description": ""
      },
      {
        "flag": "context",
        "wire": "context",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "Context the agent gets on every call."
      },
      {
        "flag": "schedule",
        "wire": "schedule",
        "in": "body",
        "type": "json",
        "required": false,
        "description": ""
      },
      {
        "flag": "timezone",
        "wire": "timezone",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "An IANA timezone for the call window.",
        "default": "America/New_York"
      },
      {
        "flag": "call-window",
        "wire": "call_window",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "The hours of the day, in the run's timezone, when calls may start."
      },
      {
        "flag": "max-concurrent-calls",
        "wire": "max_concurrent_calls",
        "in": "body",
        "type": "integer",
        "required": false,
        "description": "",
        "default": 1
      },
      {
        "flag": "metadata",
        "wire": "metadata",
        "in": "body",
        "type": "json",
        "required": false,
        "description": "Your own key-value pairs (up to 50 keys), kept as sent and returned untouched.",
        "example": {
          "crm_ticket": "T-4821",
          "campaignSource": "spring-promo"
        }
      }
    ],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls runs create --name 'February outreach' --agent-id agt_4Vd9kQ2mXp --context 'Offer a free consultation this month.' --timezone America/Chicago",
      "kaicalls runs create --data '{\"name\":\"February outreach\",\"agent_id\":\"agt_4Vd9kQ2mXp\",\"contacts\":[{\"to\":\"+15125559876\",\"name\":\"John Smith\",\"lead_id\":\"lead_5Rb7nM2xKw\"},{\"to\":\"+15125550199\",\"name\":\"Maria Garcia\"}],\"context\":\"Offer a free consultation this month.\",\"schedule\":{\"start_at\":\"2026-02-16T14:00:00Z\"},\"timezone\":\"America/Chicago\",\"call_window\":{\"start\":\"09:00\",\"end\":\"17:00\",\"days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"]},\"max_concurrent_calls\":3}'",
      "kaicalls runs create --data @body.json --json"
    ]
  },
  {
    "resource": "runs",
    "name": "get",
    "tag": "runs",
    "action": "get",
    "operationId": "getRun",
    "method": "GET",
    "path": "/v1/communication-runs/{run_id}",
    "summary": "Get a communication run",
    "description": "Returns a run with its progress counters.",
    "scopes": [
      "runs:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "run-id",
        "wire": "run_id",
        "description": "The communication run's id.",
        "example": "run_9Lc2vX7nHf"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls runs get run_9Lc2vX7nHf",
      "kaicalls runs get run_9Lc2vX7nHf --json"
    ]
  },
  {
    "resource": "runs",
    "name": "pause",
    "tag": "runs",
    "action": "pause",
    "operationId": "pauseRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/pause",
    "summary": "Pause a communication run",
    "description": "Stops dispatching new calls; calls already in progress finish. Only a `scheduled` or `running` run can be paused (409 `conflict` otherwise).",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "run-id",
        "wire": "run_id",
        "description": "The communication run's id.",
        "example": "run_9Lc2vX7nHf"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls runs pause run_9Lc2vX7nHf",
      "kaicalls runs pause run_9Lc2vX7nHf --json"
    ]
  },
  {
    "resource": "runs",
    "name": "resume",
    "tag": "runs",
    "action": "resume",
    "operationId": "resumeRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/resume",
    "summary": "Resume a communication run",
    "description": "Resumes dispatching a `paused` run (409 `conflict` otherwise).",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "run-id",
        "wire": "run_id",
        "description": "The communication run's id.",
        "example": "run_9Lc2vX7nHf"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls runs resume run_9Lc2vX7nHf",
      "kaicalls runs resume run_9Lc2vX7nHf --json"
    ]
  },
  {
    "resource": "runs",
    "name": "cancel",
    "tag": "runs",
    "action": "cancel",
    "operationId": "cancelRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/cancel",
    "summary": "Cancel a communication run",
    "description": "Cancels a run. Contacts not yet called are counted as `canceled`; calls in progress finish. A run that has completed or was canceled cannot be canceled (409 `conflict`).",
    "scopes": [
      "runs:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "run-id",
        "wire": "run_id",
        "description": "The communication run's id.",
        "example": "run_9Lc2vX7nHf"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls runs cancel run_9Lc2vX7nHf",
      "kaicalls runs cancel run_9Lc2vX7nHf --json"
    ]
  }
];
