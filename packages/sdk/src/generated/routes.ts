// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/**
 * operationId → [method, path, whether it sends an `Idempotency-Key`, and for some: what a stream resumes
 * by (`Last-Event-ID`: a `sequence` or an event `id`), whether it ends, the comma-separated query
 * parameters]. Path parameters are the `{name}` segments of the path, in order.
 */
export const routes = {
  listAgents: ["GET", "/v1/agents", 0],
  createAgent: ["POST", "/v1/agents", 1],
  getAgent: ["GET", "/v1/agents/{agent_id}", 0],
  updateAgent: ["PATCH", "/v1/agents/{agent_id}", 0],
  deleteAgent: ["DELETE", "/v1/agents/{agent_id}", 0],
  listAgentConfigVersions: ["GET", "/v1/agents/{agent_id}/config-versions", 0],
  listNumbers: ["GET", "/v1/numbers", 0],
  getNumber: ["GET", "/v1/numbers/{number_id}", 0],
  listCalls: ["GET", "/v1/calls", 0],
  createCall: ["POST", "/v1/calls", 1],
  getCall: ["GET", "/v1/calls/{call_id}", 0],
  cancelCall: ["POST", "/v1/calls/{call_id}/cancel", 0],
  listCallEvents: ["GET", "/v1/calls/{call_id}/events", 0],
  streamCallEvents: ["GET", "/v1/calls/{call_id}/stream", 0, {"resume":"sequence","ends":1}],
  listLeads: ["GET", "/v1/leads", 0],
  getLead: ["GET", "/v1/leads/{lead_id}", 0],
  listAppointments: ["GET", "/v1/appointments", 0],
  createAppointment: ["POST", "/v1/appointments", 1],
  getAppointment: ["GET", "/v1/appointments/{appointment_id}", 0],
  updateAppointment: ["PATCH", "/v1/appointments/{appointment_id}", 0],
  getAnalytics: ["GET", "/v1/analytics", 0],
  listKeys: ["GET", "/v1/keys", 0],
  createKey: ["POST", "/v1/keys", 1],
  getKey: ["GET", "/v1/keys/{key_id}", 0],
  revokeKey: ["DELETE", "/v1/keys/{key_id}", 0],
  getBalance: ["GET", "/v1/balance", 0],
  listUsage: ["GET", "/v1/usage", 0],
  validateRun: ["POST", "/v1/communication-runs/validate", 0],
  previewRun: ["POST", "/v1/communication-runs/preview", 0],
  listRuns: ["GET", "/v1/communication-runs", 0],
  createRun: ["POST", "/v1/communication-runs", 1],
  getRun: ["GET", "/v1/communication-runs/{run_id}", 0],
  pauseRun: ["POST", "/v1/communication-runs/{run_id}/pause", 0],
  resumeRun: ["POST", "/v1/communication-runs/{run_id}/resume", 0],
  cancelRun: ["POST", "/v1/communication-runs/{run_id}/cancel", 0],
  listWebhooks: ["GET", "/v1/webhooks", 0],
  createWebhook: ["POST", "/v1/webhooks", 1],
  getWebhook: ["GET", "/v1/webhooks/{webhook_id}", 0],
  updateWebhook: ["PATCH", "/v1/webhooks/{webhook_id}", 0],
  deleteWebhook: ["DELETE", "/v1/webhooks/{webhook_id}", 0],
  testWebhook: ["POST", "/v1/webhooks/{webhook_id}/test", 0],
  rotateWebhookSecret: ["POST", "/v1/webhooks/{webhook_id}/rotate-secret", 0],
  listEvents: ["GET", "/v1/events", 0],
  streamEvents: ["GET", "/v1/events/stream", 0, {"resume":"id","ends":0,"csv":["types"]}],
  backfillEvents: ["POST", "/v1/events/backfill", 0],
  getEvent: ["GET", "/v1/events/{event_id}", 0],
  replayEvent: ["POST", "/v1/events/{event_id}/replay", 0],
  listDeliveries: ["GET", "/v1/event-deliveries", 0],
  getDelivery: ["GET", "/v1/event-deliveries/{delivery_id}", 0],
  listSmsMessages: ["GET", "/v1/sms-messages", 0],
  getSmsMessage: ["GET", "/v1/sms-messages/{sms_id}", 0],
  listConversations: ["GET", "/v1/conversations", 0],
  getConversation: ["GET", "/v1/conversations/{conversation_id}", 0],
  listJobs: ["GET", "/v1/jobs", 0],
  getJob: ["GET", "/v1/jobs/{job_id}", 0],
  listAttempts: ["GET", "/v1/attempts", 0],
  getAttempt: ["GET", "/v1/attempts/{attempt_id}", 0],
  listRecordings: ["GET", "/v1/recordings", 0],
  getRecording: ["GET", "/v1/recordings/{recording_id}", 0],
} as const satisfies Record<string, readonly [string, string, 0 | 1] | readonly [string, string, 0 | 1, RouteExtra]>;

/** What a stream operation (`x-stream`) or a comma-separated query adds to a route. */
export interface RouteExtra {
  /** The stream's SSE `id`: a timeline event's `sequence`, or an event's `id`. */
  readonly resume?: 'sequence' | 'id';
  /** 1 when the stream ends by itself (an `end` event), 0 when it runs until closed. */
  readonly ends?: 0 | 1;
  /** Query parameters whose arrays are sent comma-separated (`style: form, explode: false`). */
  readonly csv?: readonly string[];
}

export type Route = (typeof routes)[keyof typeof routes];
