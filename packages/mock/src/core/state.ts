// The mock's in-memory state: one collection per resource, records kept in wire format (snake_case,
// exactly as the spec's schemas say), plus the internal records the API never returns (key hashes,
// webhook secrets).
import type { components } from '../generated/openapi.js';

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
 * One webhook request the mock sent (or tried to), in the order sent: `mock.deliveries`. `status` is the
 * endpoint's HTTP status, or null when it could not be reached (`error` says why).
 */
export interface WebhookAttempt {
  url: string;
  /** The request headers: `webhook-id`, `webhook-timestamp`, `webhook-signature`, `content-type`, `user-agent`. */
  headers: Record<string, string>;
  /** The raw JSON body, exactly as signed: the event as `GET /v1/events/{id}` returns it. */
  body: string;
  status: number | null;
  /** null after a 2xx; `http_status`, `timeout`, `connection_refused`, … otherwise. */
  error: string | null;
  /** When the attempt was made, on the mock's clock (ISO 8601). */
  at: string;
  deliveryId: string;
  eventId: string;
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

export interface State {
  businesses: Map<string, Business>;
  agents: Map<string, Schemas['Agent']>;
  configVersions: Map<string, Schemas['AgentConfigVersion']>;
  numbers: Map<string, Schemas['PhoneNumber']>;
  leads: Map<string, Schemas['Lead']>;
  calls: Map<string, Schemas['Call']>;
  /** Each call's timeline, in sequence order. */
  timelines: Map<string, Schemas['CallTimelineEvent'][]>;
  appointments: Map<string, Schemas['Appointment']>;
  keys: Map<string, KeyRecord>;
  /** Key hash → key id. */
  keyHashes: Map<string, string>;
  usage: Map<string, Schemas['UsageRecord']>;
  runs: Map<string, Schemas['CommunicationRun']>;
  webhooks: Map<string, WebhookRecord>;
  events: Map<string, Schemas['Event']>;
  deliveries: Map<string, Schemas['Delivery']>;
  /** Every webhook request sent, in order (`mock.deliveries`). */
  webhookAttempts: WebhookAttempt[];
  smsMessages: Map<string, Schemas['SmsMessage']>;
  conversations: Map<string, Schemas['Conversation']>;
  jobs: Map<string, Schemas['Job']>;
  attempts: Map<string, Schemas['Attempt']>;
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
