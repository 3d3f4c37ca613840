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
      "list-events",
      "stream"
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
      "stream",
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
  'agents': () =>
    import('./commands/agents.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'numbers': () =>
    import('./commands/numbers.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'calls': () =>
    import('./commands/calls.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'leads': () =>
    import('./commands/leads.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'appointments': () =>
    import('./commands/appointments.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'analytics': () =>
    import('./commands/analytics.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'keys': () =>
    import('./commands/keys.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'account': () =>
    import('./commands/account.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'runs': () =>
    import('./commands/runs.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'webhooks': () =>
    import('./commands/webhooks.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'events': () =>
    import('./commands/events.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'deliveries': () =>
    import('./commands/deliveries.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'sms-messages': () =>
    import('./commands/sms-messages.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'conversations': () =>
    import('./commands/conversations.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'jobs': () =>
    import('./commands/jobs.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'attempts': () =>
    import('./commands/attempts.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
  'recordings': () =>
    import('./commands/recordings.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),
};
