// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../../command-spec.js';

/** The `kaicalls appointments …` commands, one per operation tagged `appointments`. */
export const commands: readonly CommandSpec[] = [
  {
    "resource": "appointments",
    "name": "list",
    "tag": "appointments",
    "action": "list",
    "operationId": "listAppointments",
    "method": "GET",
    "path": "/v1/appointments",
    "summary": "List appointments",
    "description": "Returns appointments, soonest first, optionally within a time range.",
    "scopes": [
      "appointments:read"
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
          "confirmed",
          "completed",
          "cancelled"
        ],
        "required": false,
        "description": "Only appointments in this status."
      },
      {
        "flag": "from",
        "wire": "from",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only appointments starting at or after this time.",
        "format": "date-time"
      },
      {
        "flag": "to",
        "wire": "to",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only appointments starting before this time.",
        "format": "date-time"
      },
      {
        "flag": "lead-id",
        "wire": "lead_id",
        "in": "query",
        "type": "string",
        "required": false,
        "description": "Only appointments with this lead.",
        "example": "lead_5Rb7nM2xKw"
      }
    ],
    "body": null,
    "takesParams": true,
    "columns": [
      "id",
      "title",
      "status",
      "notes",
      "start_time",
      "end_time",
      "created_at"
    ],
    "examples": [
      "kaicalls appointments list --limit 10",
      "kaicalls appointments list --status scheduled",
      "kaicalls appointments list --all --json"
    ]
  },
  {
    "resource": "appointments",
    "name": "create",
    "tag": "appointments",
    "action": "create",
    "operationId": "createAppointment",
    "method": "POST",
    "path": "/v1/appointments",
    "summary": "Book an appointment",
    "description": "Books an appointment. `end_time` must be after `start_time`.",
    "scopes": [
      "appointments:write"
    ],
    "paginated": false,
    "idempotency": "optional",
    "args": [],
    "options": [
      {
        "flag": "title",
        "wire": "title",
        "in": "body",
        "type": "string",
        "required": true,
        "description": ""
      },
      {
        "flag": "start-time",
        "wire": "start_time",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "",
        "format": "date-time"
      },
      {
        "flag": "end-time",
        "wire": "end_time",
        "in": "body",
        "type": "string",
        "required": true,
        "description": "",
        "format": "date-time"
      },
      {
        "flag": "lead-id",
        "wire": "lead_id",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "A lead's id.",
        "example": "lead_5Rb7nM2xKw"
      },
      {
        "flag": "notes",
        "wire": "notes",
        "in": "body",
        "type": "string",
        "required": false,
        "description": ""
      }
    ],
    "body": {
      "required": true,
      "schema": "AppointmentCreate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls appointments create --title 'Product demo' --start-time 2026-02-15T10:00:00Z --end-time 2026-02-15T10:30:00Z --lead-id lead_5Rb7nM2xKw --notes 'Interested in the CRM integration'",
      "kaicalls appointments create --data '{\"title\":\"Product demo\",\"start_time\":\"2026-02-15T10:00:00Z\",\"end_time\":\"2026-02-15T10:30:00Z\",\"lead_id\":\"lead_5Rb7nM2xKw\",\"notes\":\"Interested in the CRM integration\"}'",
      "kaicalls appointments create --data @body.json --json"
    ]
  },
  {
    "resource": "appointments",
    "name": "get",
    "tag": "appointments",
    "action": "get",
    "operationId": "getAppointment",
    "method": "GET",
    "path": "/v1/appointments/{appointment_id}",
    "summary": "Get an appointment",
    "description": "Returns an appointment.",
    "scopes": [
      "appointments:read"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "appointment-id",
        "wire": "appointment_id",
        "description": "The appointment's id.",
        "example": "apt_3Gh6tY9pVe"
      }
    ],
    "options": [],
    "body": null,
    "takesParams": false,
    "columns": [],
    "examples": [
      "kaicalls appointments get apt_3Gh6tY9pVe",
      "kaicalls appointments get apt_3Gh6tY9pVe --json"
    ]
  },
  {
    "resource": "appointments",
    "name": "update",
    "tag": "appointments",
    "action": "update",
    "operationId": "updateAppointment",
    "method": "PATCH",
    "path": "/v1/appointments/{appointment_id}",
    "summary": "Update an appointment",
    "description": "Reschedules, confirms, completes or cancels an appointment (`{\"status\":\"cancelled\"}`). A cancelled appointment cannot change again (409 `conflict`).",
    "scopes": [
      "appointments:write"
    ],
    "paginated": false,
    "idempotency": "none",
    "args": [
      {
        "name": "appointment-id",
        "wire": "appointment_id",
        "description": "The appointment's id.",
        "example": "apt_3Gh6tY9pVe"
      }
    ],
    "options": [
      {
        "flag": "title",
        "wire": "title",
        "in": "body",
        "type": "string",
        "required": false,
        "description": ""
      },
      {
        "flag": "start-time",
        "wire": "start_time",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "",
        "format": "date-time"
      },
      {
        "flag": "end-time",
        "wire": "end_time",
        "in": "body",
        "type": "string",
        "required": false,
        "description": "",
        "format": "date-time"
      },
      {
        "flag": "notes",
        "wire": "notes",
        "in": "body",
        "type": "string",
        "required": false,
        "description": ""
      },
      {
        "flag": "status",
        "wire": "status",
        "in": "body",
        "type": "string",
        "choices": [
          "scheduled",
          "confirmed",
          "completed",
          "cancelled"
        ],
        "required": false,
        "description": "The appointment's state."
      }
    ],
    "body": {
      "required": true,
      "schema": "AppointmentUpdate"
    },
    "takesParams": true,
    "columns": [],
    "examples": [
      "kaicalls appointments update apt_3Gh6tY9pVe --status cancelled",
      "kaicalls appointments update apt_3Gh6tY9pVe --data '{\"status\":\"cancelled\"}'",
      "kaicalls appointments update apt_3Gh6tY9pVe --data @body.json --json"
    ]
  }
];
