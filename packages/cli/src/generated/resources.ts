// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { CommandSpec } from '../command-spec.js';

/** Every resource (spec tag) with its actions: enough for the root help and completion, nothing more. */
export const resources = [
  {
    "name": "agents",
    "tag": "agents",
    "title": "Agents",
    "description": "AI voice agents, their settings and the history of their configuration.",
    "actions": [
      "list",
      "create",
      "get",
      "update",
      "delete",
      "list-config-versions"
    ]
  },
  {
    "name": "numbers",
    "tag": "numbers",
    "title": "Phone numbers",
    "description": "The phone numbers registered to your businesses.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "calls",
    "tag": "calls",
    "title": "Calls",
    "description": "Outbound and inbound calls, their outcome, transcript, analysis and timeline.",
    "actions": [
      "list",
      "create",
      "get",
      "cancel",
      "list-events"
    ]
  },
  {
    "name": "leads",
    "tag": "leads",
    "title": "Leads",
    "description": "The CRM context that enriches calls.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "appointments",
    "tag": "appointments",
    "title": "Appointments",
    "description": "Appointments booked by the agent or through the API.",
    "actions": [
      "list",
      "create",
      "get",
      "update"
    ]
  },
  {
    "name": "analytics",
    "tag": "analytics",
    "title": "Analytics",
    "description": "Call totals and rates over a period.",
    "actions": [
      "get"
    ]
  },
  {
    "name": "keys",
    "tag": "keys",
    "title": "API keys",
    "description": "Scoped API keys. A key's secret is returned once, when it is created.",
    "actions": [
      "list",
      "create",
      "get",
      "revoke"
    ]
  },
  {
    "name": "account",
    "tag": "account",
    "title": "Account",
    "description": "Subscription balance and API usage.",
    "actions": [
      "get-balance",
      "list-usage"
    ]
  },
  {
    "name": "runs",
    "tag": "runs",
    "title": "Communication runs",
    "description": "Outbound calls to a list of contacts, on a schedule, inside a call window.",
    "actions": [
      "validate",
      "preview",
      "list",
      "create",
      "get",
      "pause",
      "resume",
      "cancel"
    ]
  },
  {
    "name": "webhooks",
    "tag": "webhooks",
    "title": "Webhook subscriptions",
    "description": "Endpoints that receive signed events, filtered by event type.",
    "actions": [
      "list",
      "create",
      "get",
      "update",
      "delete",
      "test",
      "rotate-secret"
    ]
  },
  {
    "name": "events",
    "tag": "events",
    "title": "Events",
    "description": "The durable log of everything that happened, with replay and backfill.",
    "actions": [
      "list",
      "backfill",
      "get",
      "replay"
    ]
  },
  {
    "name": "deliveries",
    "tag": "deliveries",
    "title": "Event deliveries",
    "description": "Every attempt to deliver an event to an endpoint.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "sms-messages",
    "tag": "smsMessages",
    "title": "SMS messages",
    "description": "Evidence of the text messages sent and received.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "conversations",
    "tag": "conversations",
    "title": "Conversations",
    "description": "Evidence of message threads with a contact.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "jobs",
    "tag": "jobs",
    "title": "Jobs",
    "description": "Evidence of the background work done for calls and runs.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "attempts",
    "tag": "attempts",
    "title": "Dial attempts",
    "description": "Evidence of every attempt to reach a number.",
    "actions": [
      "list",
      "get"
    ]
  },
  {
    "name": "recordings",
    "tag": "recordings",
    "title": "Recordings",
    "description": "Call recordings.",
    "actions": [
      "list",
      "get"
    ]
  }
] as const;

export type ResourceName = (typeof resources)[number]['name'];


/** Loads one resource's command table on demand, so `kaicalls --help` never parses all of them. */
export const loadCommands: Record<ResourceName, () => Promise<readonly CommandSpec[]>> = {
  'agents': () => import('./commands/agents.js').then((m) => m.commands),
  'numbers': () => import('./commands/numbers.js').then((m) => m.commands),
  'calls': () => import('./commands/calls.js').then((m) => m.commands),
  'leads': () => import('./commands/leads.js').then((m) => m.commands),
  'appointments': () => import('./commands/appointments.js').then((m) => m.commands),
  'analytics': () => import('./commands/analytics.js').then((m) => m.commands),
  'keys': () => import('./commands/keys.js').then((m) => m.commands),
  'account': () => import('./commands/account.js').then((m) => m.commands),
  'runs': () => import('./commands/runs.js').then((m) => m.commands),
  'webhooks': () => import('./commands/webhooks.js').then((m) => m.commands),
  'events': () => import('./commands/events.js').then((m) => m.commands),
  'deliveries': () => import('./commands/deliveries.js').then((m) => m.commands),
  'sms-messages': () => import('./commands/sms-messages.js').then((m) => m.commands),
  'conversations': () => import('./commands/conversations.js').then((m) => m.commands),
  'jobs': () => import('./commands/jobs.js').then((m) => m.commands),
  'attempts': () => import('./commands/attempts.js').then((m) => m.commands),
  'recordings': () => import('./commands/recordings.js').then((m) => m.commands),
};
