// The mock's in-memory state: one collection per resource, records kept in wire format (snake_case,
// exactly as the spec's schemas say), plus the internal records the API never returns (key hashes,
// webhook secrets).
import type { components } from '@kaicalls/contract/openapi';

/** The spec's schemas on the wire (snake_case): the mock keeps every record in this form. */
export type Schemas = components['schemas'];

/** An API key as the mock keeps it: the public record, and a hash of its secret (never the secret). */
export interface KeyRecord {
  record: Schemas['ApiKey'];
  hash: string;
}

/** A webhook subscription with its signing secrets. */
export interface WebhookRecord {
  record: Schemas['WebhookEndpoint'];
  secret: string;
  /** The previous secret, still signing until `previousExpiresAt` (ms) after a rotation. */
  previousSecret: string | null;
  previousExpiresAt: number | null;
}

/**
 * One webhook request the mock sent (or tried to), in the order sent: `mock.webhookAttempts`. `status` is the
 * endpoint's HTTP status, or null when it could not be reached (`error` says why).
 */
export interface WebhookAttempt {
  /** Where the request went: a subscription's URL or a call's `webhook_url`. */
  url: string;
  /** The request headers: `webhook-id`, `webhook-timestamp`, `webhook-signature`, `content-type`, `user-agent`. */
  headers: Record<string, string>;
  /** The raw JSON body, exactly as signed: the event as `GET /v1/events/{id}` returns it. */
  body: string;
  /** The endpoint's HTTP status, or null when it could not be reached. */
  status: number | null;
  /** null after a 2xx; `http_status`, `timeout`, `connection_refused`, … otherwise. */
  error: string | null;
  /** When the attempt was made, on the mock's clock (ISO 8601). */
  at: string;
  /** The delivery this attempt belongs to (`GET /v1/event-deliveries/{id}`); retries share it. */
  deliveryId: string;
  /** The event delivered; also the `webhook-id` header. */
  eventId: string;
  /** The event's type (`call.completed`, ...). */
  eventType: Schemas['EventType'];
  /** The subscription, or null for a call's own `webhook_url`. */
  webhookId: string | null;
  /** 1 for the first attempt, up to 5. */
  attempt: number;
}

export interface Business {
  id: string;
  name: string;
  phone: string;
  plan: Schemas['BusinessBalance']['plan'];
  subscription_status: Schemas['BusinessBalance']['subscription_status'];
  minutes_included: number;
  /** Seconds of calls so far; `minutes_used` is derived from it. */
  seconds_used: number;
}

/**
 * The mock's data (`mock.state`): one `Map` per resource, by id, records in wire format (snake_case). Read
 * it to assert on what the API holds, or seed a record directly. `mock.reset()` replaces it.
 * @example
 * const calls = [...mock.state.calls.values()];
 * expect(calls.filter((c) => c.status === 'completed')).toHaveLength(1);
 */
export interface State {
  /** The businesses behind the seeded agents, with their plan and minutes used. */
  businesses: Map<string, Business>;
  /** Agents by id. */
  agents: Map<string, Schemas['Agent']>;
  /** Agents' config versions by id. */
  configVersions: Map<string, Schemas['AgentConfigVersion']>;
  /** Phone numbers by id. */
  numbers: Map<string, Schemas['PhoneNumber']>;
  /** Leads by id. */
  leads: Map<string, Schemas['Lead']>;
  /** Calls by id, inbound and outbound. */
  calls: Map<string, Schemas['Call']>;
  /** Each call's timeline, in sequence order. */
  timelines: Map<string, Schemas['CallTimelineEvent'][]>;
  /** Appointments by id. */
  appointments: Map<string, Schemas['Appointment']>;
  /** API keys by id (the public record and a hash of the secret). */
  keys: Map<string, KeyRecord>;
  /** Key hash → key id. */
  keyHashes: Map<string, string>;
  /** API usage records by id. */
  usage: Map<string, Schemas['UsageRecord']>;
  /** Communication runs by id. */
  runs: Map<string, Schemas['CommunicationRun']>;
  /** Webhook subscriptions by id, with their signing secrets. */
  webhooks: Map<string, WebhookRecord>;
  /** The event log by event id. */
  events: Map<string, Schemas['Event']>;
  /** Event deliveries (one per event and endpoint, with their attempts) by id. */
  deliveries: Map<string, Schemas['Delivery']>;
  /** Every webhook request sent, in order (`mock.webhookAttempts`). */
  webhookAttempts: WebhookAttempt[];
  /** SMS messages by id. */
  smsMessages: Map<string, Schemas['SmsMessage']>;
  /** Conversations by id. */
  conversations: Map<string, Schemas['Conversation']>;
  /** Background jobs by id. */
  jobs: Map<string, Schemas['Job']>;
  /** Dial attempts by id. */
  attempts: Map<string, Schemas['Attempt']>;
  /** Recordings by id. */
  recordings: Map<string, Schemas['Recording']>;
}

export function createState(): State {
  return {
    businesses: new Map(),
    agents: new Map(),
    configVersions: new Map(),
    numbers: new Map(),
    leads: new Map(),
    calls: new Map(),
    timelines: new Map(),
    appointments: new Map(),
    keys: new Map(),
    keyHashes: new Map(),
    usage: new Map(),
    runs: new Map(),
    webhooks: new Map(),
    events: new Map(),
    deliveries: new Map(),
    webhookAttempts: [],
    smsMessages: new Map(),
    conversations: new Map(),
    jobs: new Map(),
    attempts: new Map(),
    recordings: new Map(),
  };
}
