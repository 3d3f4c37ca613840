// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls analytics …` commands, one per operation tagged `analytics`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "analytics",
    "name": "get",
    "tag": "analytics",
    "action": "get",
    "operationId": "getAnalytics",
    "method": "GET",
    "path": "/v1/analytics",
    "summary": "Get analytics",
    "description": "Returns call totals by day, week or month over a range, with the booking rate, average duration, emergency detection rate and missed-call recovery rate. Ranges longer than the plan allows (90 days on Starter) get 402 `upgrade_required`.",
    "scopes": [
      "analytics:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [],
    "options": [
      {
        "flag": "period",
        "wire": "period",
        "in": "query",
        "type": "string",
        "choices": [
          "day",
          "week",
          "month"
        ],
        "required": false,
        "description": "The size of each bucket in `series`.",
        "default": "day"
      },
      {
        "flag": "from",
        "wire": "from",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Start of the range (inclusive). Defaults to 30 days before `to`.",
        "format": "date-time"
      },
      {
        "flag": "to",
        "wire": "to",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "End of the range (exclusive). Defaults to now.",
        "format": "date-time"
      },
      {
        "flag": "agent-id",
        "wire": "agent_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only calls handled by this agent.",
        "example": "agt_4Vd9kQ2mXp"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls analytics get --agent-id agt_4Vd9kQ2mXp",
      "kaicalls analytics get --json"
    ]
  }
];
