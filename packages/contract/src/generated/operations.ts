// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/** One entry per operation of spec/openapi.yaml, in document order. */
export const operations = [
  {
    "operationId": "listAgents",
    "method": "GET",
    "path": "/v1/agents",
    "tag": "agents",
    "action": "list",
    "summary": "List agents",
    "scopes": [
      "agents:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "business_id",
      "is_active"
    ],
    "body": null,
    "response": "AgentList"
  },
  {
    "operationId": "createAgent",
    "method": "POST",
    "path": "/v1/agents",
    "tag": "agents",
    "action": "create",
    "summary": "Create an agent",
    "scopes": [
      "agents:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "optional",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "AgentCreate"
    },
    "response": "Agent"
  },
  {
    "operationId": "getAgent",
    "method": "GET",
    "path": "/v1/agents/{agent_id}",
    "tag": "agents",
    "action": "get",
    "summary": "Get an agent",
    "scopes": [
      "agents:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Agent"
  },
  {
    "operationId": "updateAgent",
    "method": "PATCH",
    "path": "/v1/agents/{agent_id}",
    "tag": "agents",
    "action": "update",
    "summary": "Update an agent",
    "scopes": [
      "agents:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "AgentUpdate"
    },
    "response": "Agent"
  },
  {
    "operationId": "deleteAgent",
    "method": "DELETE",
    "path": "/v1/agents/{agent_id}",
    "tag": "agents",
    "action": "delete",
    "summary": "Delete an agent",
    "scopes": [
      "agents:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Deleted"
  },
  {
    "operationId": "listAgentConfigVersions",
    "method": "GET",
    "path": "/v1/agents/{agent_id}/config-versions",
    "tag": "agents",
    "action": "listConfigVersions",
    "summary": "List an agent's config versions",
    "scopes": [
      "agents:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [
      "limit",
      "cursor"
    ],
    "body": null,
    "response": "AgentConfigVersionList"
  },
  {
    "operationId": "listNumbers",
    "method": "GET",
    "path": "/v1/numbers",
    "tag": "numbers",
    "action": "list",
    "summary": "List phone numbers",
    "scopes": [
      "numbers:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "agent_id"
    ],
    "body": null,
    "response": "PhoneNumberList"
  },
  {
    "operationId": "getNumber",
    "method": "GET",
    "path": "/v1/numbers/{number_id}",
    "tag": "numbers",
    "action": "get",
    "summary": "Get a phone number",
    "scopes": [
      "numbers:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "number_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "PhoneNumber"
  },
  {
    "operationId": "listCalls",
    "method": "GET",
    "path": "/v1/calls",
    "tag": "calls",
    "action": "list",
    "summary": "List calls",
    "scopes": [
      "calls:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "agent_id",
      "lead_id",
      "run_id",
      "status",
      "direction",
      "created_after",
      "created_before"
    ],
    "body": null,
    "response": "CallList"
  },
  {
    "operationId": "createCall",
    "method": "POST",
    "path": "/v1/calls",
    "tag": "calls",
    "action": "create",
    "summary": "Place an outbound call",
    "scopes": [
      "calls:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "optional",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "CallCreate"
    },
    "response": "Call"
  },
  {
    "operationId": "getCall",
    "method": "GET",
    "path": "/v1/calls/{call_id}",
    "tag": "calls",
    "action": "get",
    "summary": "Get a call",
    "scopes": [
      "calls:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "call_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Call"
  },
  {
    "operationId": "cancelCall",
    "method": "POST",
    "path": "/v1/calls/{call_id}/cancel",
    "tag": "calls",
    "action": "cancel",
    "summary": "Cancel a call",
    "scopes": [
      "calls:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "call_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Call"
  },
  {
    "operationId": "listCallEvents",
    "method": "GET",
    "path": "/v1/calls/{call_id}/events",
    "tag": "calls",
    "action": "listEvents",
    "summary": "List a call's timeline",
    "scopes": [
      "calls:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [
      "call_id"
    ],
    "queryParams": [
      "limit",
      "cursor",
      "after_sequence"
    ],
    "body": null,
    "response": "CallTimelineEventList"
  },
  {
    "operationId": "listLeads",
    "method": "GET",
    "path": "/v1/leads",
    "tag": "leads",
    "action": "list",
    "summary": "List leads",
    "scopes": [
      "leads:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "status",
      "phone",
      "min_score"
    ],
    "body": null,
    "response": "LeadList"
  },
  {
    "operationId": "getLead",
    "method": "GET",
    "path": "/v1/leads/{lead_id}",
    "tag": "leads",
    "action": "get",
    "summary": "Get a lead",
    "scopes": [
      "leads:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "lead_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Lead"
  },
  {
    "operationId": "listAppointments",
    "method": "GET",
    "path": "/v1/appointments",
    "tag": "appointments",
    "action": "list",
    "summary": "List appointments",
    "scopes": [
      "appointments:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "status",
      "from",
      "to",
      "lead_id"
    ],
    "body": null,
    "response": "AppointmentList"
  },
  {
    "operationId": "createAppointment",
    "method": "POST",
    "path": "/v1/appointments",
    "tag": "appointments",
    "action": "create",
    "summary": "Book an appointment",
    "scopes": [
      "appointments:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "optional",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "AppointmentCreate"
    },
    "response": "Appointment"
  },
  {
    "operationId": "getAppointment",
    "method": "GET",
    "path": "/v1/appointments/{appointment_id}",
    "tag": "appointments",
    "action": "get",
    "summary": "Get an appointment",
    "scopes": [
      "appointments:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "appointment_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Appointment"
  },
  {
    "operationId": "updateAppointment",
    "method": "PATCH",
    "path": "/v1/appointments/{appointment_id}",
    "tag": "appointments",
    "action": "update",
    "summary": "Update an appointment",
    "scopes": [
      "appointments:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "appointment_id"
    ],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "AppointmentUpdate"
    },
    "response": "Appointment"
  },
  {
    "operationId": "getAnalytics",
    "method": "GET",
    "path": "/v1/analytics",
    "tag": "analytics",
    "action": "get",
    "summary": "Get analytics",
    "scopes": [
      "analytics:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "period",
      "from",
      "to",
      "agent_id"
    ],
    "body": null,
    "response": "Analytics"
  },
  {
    "operationId": "listKeys",
    "method": "GET",
    "path": "/v1/keys",
    "tag": "keys",
    "action": "list",
    "summary": "List API keys",
    "scopes": [
      "keys:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "is_active"
    ],
    "body": null,
    "response": "ApiKeyList"
  },
  {
    "operationId": "createKey",
    "method": "POST",
    "path": "/v1/keys",
    "tag": "keys",
    "action": "create",
    "summary": "Create an API key",
    "scopes": [
      "keys:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "optional",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "ApiKeyCreate"
    },
    "response": "ApiKeyWithSecret"
  },
  {
    "operationId": "getKey",
    "method": "GET",
    "path": "/v1/keys/{key_id}",
    "tag": "keys",
    "action": "get",
    "summary": "Get an API key",
    "scopes": [
      "keys:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "key_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "ApiKey"
  },
  {
    "operationId": "revokeKey",
    "method": "DELETE",
    "path": "/v1/keys/{key_id}",
    "tag": "keys",
    "action": "revoke",
    "summary": "Revoke an API key",
    "scopes": [
      "keys:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "key_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "ApiKey"
  },
  {
    "operationId": "getBalance",
    "method": "GET",
    "path": "/v1/balance",
    "tag": "account",
    "action": "getBalance",
    "summary": "Get the balance",
    "scopes": [
      "account:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [],
    "body": null,
    "response": "Balance"
  },
  {
    "operationId": "listUsage",
    "method": "GET",
    "path": "/v1/usage",
    "tag": "account",
    "action": "listUsage",
    "summary": "List API usage",
    "scopes": [
      "account:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "start",
      "end"
    ],
    "body": null,
    "response": "UsageRecordList"
  },
  {
    "operationId": "validateRun",
    "method": "POST",
    "path": "/v1/communication-runs/validate",
    "tag": "runs",
    "action": "validate",
    "summary": "Validate a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "response": "RunValidation"
  },
  {
    "operationId": "previewRun",
    "method": "POST",
    "path": "/v1/communication-runs/preview",
    "tag": "runs",
    "action": "preview",
    "summary": "Preview a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "response": "RunPreview"
  },
  {
    "operationId": "listRuns",
    "method": "GET",
    "path": "/v1/communication-runs",
    "tag": "runs",
    "action": "list",
    "summary": "List communication runs",
    "scopes": [
      "runs:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "status"
    ],
    "body": null,
    "response": "RunList"
  },
  {
    "operationId": "createRun",
    "method": "POST",
    "path": "/v1/communication-runs",
    "tag": "runs",
    "action": "create",
    "summary": "Create a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "required",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "RunCreate"
    },
    "response": "CommunicationRun"
  },
  {
    "operationId": "getRun",
    "method": "GET",
    "path": "/v1/communication-runs/{run_id}",
    "tag": "runs",
    "action": "get",
    "summary": "Get a communication run",
    "scopes": [
      "runs:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "run_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "CommunicationRun"
  },
  {
    "operationId": "pauseRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/pause",
    "tag": "runs",
    "action": "pause",
    "summary": "Pause a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "run_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "CommunicationRun"
  },
  {
    "operationId": "resumeRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/resume",
    "tag": "runs",
    "action": "resume",
    "summary": "Resume a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "run_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "CommunicationRun"
  },
  {
    "operationId": "cancelRun",
    "method": "POST",
    "path": "/v1/communication-runs/{run_id}/cancel",
    "tag": "runs",
    "action": "cancel",
    "summary": "Cancel a communication run",
    "scopes": [
      "runs:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "run_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "CommunicationRun"
  },
  {
    "operationId": "listWebhooks",
    "method": "GET",
    "path": "/v1/webhooks",
    "tag": "webhooks",
    "action": "list",
    "summary": "List webhook subscriptions",
    "scopes": [
      "webhooks:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor"
    ],
    "body": null,
    "response": "WebhookEndpointList"
  },
  {
    "operationId": "createWebhook",
    "method": "POST",
    "path": "/v1/webhooks",
    "tag": "webhooks",
    "action": "create",
    "summary": "Create a webhook subscription",
    "scopes": [
      "webhooks:write"
    ],
    "successStatus": 201,
    "paginated": false,
    "idempotency": "optional",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "WebhookEndpointCreate"
    },
    "response": "WebhookEndpointWithSecret"
  },
  {
    "operationId": "getWebhook",
    "method": "GET",
    "path": "/v1/webhooks/{webhook_id}",
    "tag": "webhooks",
    "action": "get",
    "summary": "Get a webhook subscription",
    "scopes": [
      "webhooks:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "webhook_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "WebhookEndpoint"
  },
  {
    "operationId": "updateWebhook",
    "method": "PATCH",
    "path": "/v1/webhooks/{webhook_id}",
    "tag": "webhooks",
    "action": "update",
    "summary": "Update a webhook subscription",
    "scopes": [
      "webhooks:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "webhook_id"
    ],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "WebhookEndpointUpdate"
    },
    "response": "WebhookEndpoint"
  },
  {
    "operationId": "deleteWebhook",
    "method": "DELETE",
    "path": "/v1/webhooks/{webhook_id}",
    "tag": "webhooks",
    "action": "delete",
    "summary": "Delete a webhook subscription",
    "scopes": [
      "webhooks:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "webhook_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Deleted"
  },
  {
    "operationId": "testWebhook",
    "method": "POST",
    "path": "/v1/webhooks/{webhook_id}/test",
    "tag": "webhooks",
    "action": "test",
    "summary": "Send a test event",
    "scopes": [
      "webhooks:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "webhook_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Delivery"
  },
  {
    "operationId": "rotateWebhookSecret",
    "method": "POST",
    "path": "/v1/webhooks/{webhook_id}/rotate-secret",
    "tag": "webhooks",
    "action": "rotateSecret",
    "summary": "Rotate the signing secret",
    "scopes": [
      "webhooks:write"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "webhook_id"
    ],
    "queryParams": [],
    "body": {
      "required": false,
      "schema": "WebhookSecretRotation"
    },
    "response": "WebhookEndpointWithSecret"
  },
  {
    "operationId": "listEvents",
    "method": "GET",
    "path": "/v1/events",
    "tag": "events",
    "action": "list",
    "summary": "List events",
    "scopes": [
      "events:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "type",
      "created_after",
      "created_before"
    ],
    "body": null,
    "response": "EventList"
  },
  {
    "operationId": "backfillEvents",
    "method": "POST",
    "path": "/v1/events/backfill",
    "tag": "events",
    "action": "backfill",
    "summary": "Backfill events",
    "scopes": [
      "events:write"
    ],
    "successStatus": 202,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [],
    "body": {
      "required": true,
      "schema": "EventBackfill"
    },
    "response": "EventBackfillResult"
  },
  {
    "operationId": "getEvent",
    "method": "GET",
    "path": "/v1/events/{event_id}",
    "tag": "events",
    "action": "get",
    "summary": "Get an event",
    "scopes": [
      "events:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "event_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Event"
  },
  {
    "operationId": "replayEvent",
    "method": "POST",
    "path": "/v1/events/{event_id}/replay",
    "tag": "events",
    "action": "replay",
    "summary": "Replay an event",
    "scopes": [
      "events:write"
    ],
    "successStatus": 202,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "event_id"
    ],
    "queryParams": [],
    "body": {
      "required": false,
      "schema": "EventReplay"
    },
    "response": "EventReplayResult"
  },
  {
    "operationId": "listDeliveries",
    "method": "GET",
    "path": "/v1/event-deliveries",
    "tag": "deliveries",
    "action": "list",
    "summary": "List event deliveries",
    "scopes": [
      "events:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "event_id",
      "webhook_id",
      "status"
    ],
    "body": null,
    "response": "DeliveryList"
  },
  {
    "operationId": "getDelivery",
    "method": "GET",
    "path": "/v1/event-deliveries/{delivery_id}",
    "tag": "deliveries",
    "action": "get",
    "summary": "Get an event delivery",
    "scopes": [
      "events:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "delivery_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Delivery"
  },
  {
    "operationId": "listSmsMessages",
    "method": "GET",
    "path": "/v1/sms-messages",
    "tag": "smsMessages",
    "action": "list",
    "summary": "List SMS messages",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id",
      "lead_id"
    ],
    "body": null,
    "response": "SmsMessageList"
  },
  {
    "operationId": "getSmsMessage",
    "method": "GET",
    "path": "/v1/sms-messages/{sms_id}",
    "tag": "smsMessages",
    "action": "get",
    "summary": "Get an SMS message",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "sms_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "SmsMessage"
  },
  {
    "operationId": "listConversations",
    "method": "GET",
    "path": "/v1/conversations",
    "tag": "conversations",
    "action": "list",
    "summary": "List conversations",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id",
      "lead_id"
    ],
    "body": null,
    "response": "ConversationList"
  },
  {
    "operationId": "getConversation",
    "method": "GET",
    "path": "/v1/conversations/{conversation_id}",
    "tag": "conversations",
    "action": "get",
    "summary": "Get a conversation",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "conversation_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Conversation"
  },
  {
    "operationId": "listJobs",
    "method": "GET",
    "path": "/v1/jobs",
    "tag": "jobs",
    "action": "list",
    "summary": "List jobs",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id",
      "lead_id"
    ],
    "body": null,
    "response": "JobList"
  },
  {
    "operationId": "getJob",
    "method": "GET",
    "path": "/v1/jobs/{job_id}",
    "tag": "jobs",
    "action": "get",
    "summary": "Get a job",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "job_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Job"
  },
  {
    "operationId": "listAttempts",
    "method": "GET",
    "path": "/v1/attempts",
    "tag": "attempts",
    "action": "list",
    "summary": "List dial attempts",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id",
      "lead_id"
    ],
    "body": null,
    "response": "AttemptList"
  },
  {
    "operationId": "getAttempt",
    "method": "GET",
    "path": "/v1/attempts/{attempt_id}",
    "tag": "attempts",
    "action": "get",
    "summary": "Get a dial attempt",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "attempt_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Attempt"
  },
  {
    "operationId": "listRecordings",
    "method": "GET",
    "path": "/v1/recordings",
    "tag": "recordings",
    "action": "list",
    "summary": "List recordings",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": true,
    "idempotency": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id",
      "lead_id"
    ],
    "body": null,
    "response": "RecordingList"
  },
  {
    "operationId": "getRecording",
    "method": "GET",
    "path": "/v1/recordings/{recording_id}",
    "tag": "recordings",
    "action": "get",
    "summary": "Get a recording",
    "scopes": [
      "evidence:read"
    ],
    "successStatus": 200,
    "paginated": false,
    "idempotency": "none",
    "pathParams": [
      "recording_id"
    ],
    "queryParams": [],
    "body": null,
    "response": "Recording"
  }
] as const;

export type Operation = (typeof operations)[number];
export type OperationId = Operation['operationId'];
