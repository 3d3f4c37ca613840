// The mock's in-memory state: one collection per resource, records kept in wire format (snake_case,
// exactly as the spec's schemas say), plus the internal records the API never returns (key hashes,
// webhook secrets).
import type { components } from '@kaicalls/contract/openapi';
import { Collection } from './collection.js';
import { EventLog } from './event-log.js';
import { Timelines } from './timelines.js';

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
 * The mock's data (`mock.state`): one `Collection` (a Map that reports its changes) per resource, by id,
 * records in wire format (snake_case). Read it to assert on what the API holds, or seed a record directly
 * (`set`, or `touch(id)` after changing a record in place, so the lists' indexes follow). `mock.reset()`
 * replaces it.
 * @example
 * const calls = [...mock.state.calls.values()];
 * expect(calls.filter((c) => c.status === 'completed')).toHaveLength(1);
 */
export interface State {
  /** The businesses behind the seeded agents, with their plan and minutes used. */
  businesses: Collection<Business>;
  /** Agents by id. */
  agents: Collection<Schemas['Agent']>;
  /** Agents' config versions by id. */
  configVersions: Collection<Schemas['AgentConfigVersion']>;
  /** Phone numbers by id. */
  numbers: Collection<Schemas['PhoneNumber']>;
  /** Leads by id. */
  leads: Collection<Schemas['Lead']>;
  /** Calls by id, inbound and outbound. */
  calls: Collection<Schemas['Call']>;
  /** Each call's timeline, in sequence order. */
  timelines: Timelines;
  /** Appointments by id. */
  appointments: Collection<Schemas['Appointment']>;
  /** API keys by id (the public record and a hash of the secret). */
  keys: Collection<KeyRecord>;
  /** Key hash → key id. */
  keyHashes: Collection<string>;
  /** API usage records by id. */
  usage: Collection<Schemas['UsageRecord']>;
  /** Communication runs by id. */
  runs: Collection<Schemas['CommunicationRun']>;
  /** Webhook subscriptions by id, with their signing secrets. */
  webhooks: Collection<WebhookRecord>;
  /** The event log by event id. */
  events: EventLog;
  /** Event deliveries (one per event and endpoint, with their attempts) by id. */
  deliveries: Collection<Schemas['Delivery']>;
  /** Every webhook request sent, in order (`mock.webhookAttempts`). */
  webhookAttempts: WebhookAttempt[];
  /** SMS messages by id. */
  smsMessages: Collection<Schemas['SmsMessage']>;
  /** Conversations by id. */
  conversations: Collection<Schemas['Conversation']>;
  /** Background jobs by id. */
  jobs: Collection<Schemas['Job']>;
  /** Dial attempts by id. */
  attempts: Collection<Schemas['Attempt']>;
  /** Recordings by id. */
  recordings: Collection<Schemas['Recording']>;
}

export function createState(): State {
  return {
    businesses: new Collection(),
    agents: new Collection(),
    configVersions: new Collection(),
    numbers: new Collection(),
    leads: new Collection(),
    calls: new Collection(),
    timelines: new Timelines(),
    appointments: new Collection(),
    keys: new Collection(),
    keyHashes: new Collection(),
    usage: new Collection(),
    runs: new Collection(),
    webhooks: new Collection(),
    events: new EventLog(),
    deliveries: new Collection(),
    webhookAttempts: [],
    smsMessages: new Collection(),
    conversations: new Collection(),
    jobs: new Collection(),
    attempts: new Collection(),
    recordings: new Collection(),
  };
}
