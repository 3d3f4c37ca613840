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
    smsMessages: new Map(),
    conversations: new Map(),
    jobs: new Map(),
    attempts: new Map(),
    recordings: new Map(),
  };
}
