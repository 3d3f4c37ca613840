// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { Transport } from '../core/transport.js';
import { Account } from './resources/account.js';
import { Agents } from './resources/agents.js';
import { Analytics } from './resources/analytics.js';
import { Appointments } from './resources/appointments.js';
import { Attempts } from './resources/attempts.js';
import { Calls } from '../resources/calls.js';
import { Conversations } from './resources/conversations.js';
import { Deliveries } from './resources/deliveries.js';
import { Events } from './resources/events.js';
import { Jobs } from './resources/jobs.js';
import { Keys } from './resources/keys.js';
import { Leads } from './resources/leads.js';
import { Numbers } from './resources/numbers.js';
import { Recordings } from './resources/recordings.js';
import { Runs } from './resources/runs.js';
import { SmsMessages } from './resources/sms-messages.js';
import { Webhooks } from '../resources/webhooks.js';

/** The API's resources, one per tag of the spec, each made on first use; `KaiCalls` extends this. */
export class APIResources {
  readonly #transport: Transport;
  #agents?: Agents;
  #numbers?: Numbers;
  #calls?: Calls;
  #leads?: Leads;
  #appointments?: Appointments;
  #analytics?: Analytics;
  #keys?: Keys;
  #account?: Account;
  #runs?: Runs;
  #webhooks?: Webhooks;
  #events?: Events;
  #deliveries?: Deliveries;
  #smsMessages?: SmsMessages;
  #conversations?: Conversations;
  #jobs?: Jobs;
  #attempts?: Attempts;
  #recordings?: Recordings;

  /** @param transport the client's one transport, shared by every resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * AI voice agents, their settings and the history of their configuration.
   */
  get agents(): Agents {
    this.#agents ??= new Agents(this.#transport);
    return this.#agents;
  }

  /**
   * The phone numbers registered to your businesses.
   */
  get numbers(): Numbers {
    this.#numbers ??= new Numbers(this.#transport);
    return this.#numbers;
  }

  /**
   * Outbound and inbound calls, their outcome, transcript, analysis and timeline.
   */
  get calls(): Calls {
    this.#calls ??= new Calls(this.#transport);
    return this.#calls;
  }

  /**
   * The CRM context that enriches calls.
   */
  get leads(): Leads {
    this.#leads ??= new Leads(this.#transport);
    return this.#leads;
  }

  /**
   * Appointments booked by the agent or through the API.
   */
  get appointments(): Appointments {
    this.#appointments ??= new Appointments(this.#transport);
    return this.#appointments;
  }

  /**
   * Call totals and rates over a period.
   */
  get analytics(): Analytics {
    this.#analytics ??= new Analytics(this.#transport);
    return this.#analytics;
  }

  /**
   * Scoped API keys. A key's secret is returned once, when it is created.
   */
  get keys(): Keys {
    this.#keys ??= new Keys(this.#transport);
    return this.#keys;
  }

  /**
   * Subscription balance and API usage.
   */
  get account(): Account {
    this.#account ??= new Account(this.#transport);
    return this.#account;
  }

  /**
   * Outbound calls to a list of contacts, on a schedule, inside a call window.
   */
  get runs(): Runs {
    this.#runs ??= new Runs(this.#transport);
    return this.#runs;
  }

  /**
   * Endpoints that receive signed events, filtered by event type.
   */
  get webhooks(): Webhooks {
    this.#webhooks ??= new Webhooks(this.#transport);
    return this.#webhooks;
  }

  /**
   * The durable log of everything that happened, with replay and backfill.
   */
  get events(): Events {
    this.#events ??= new Events(this.#transport);
    return this.#events;
  }

  /**
   * Every attempt to deliver an event to an endpoint.
   */
  get deliveries(): Deliveries {
    this.#deliveries ??= new Deliveries(this.#transport);
    return this.#deliveries;
  }

  /**
   * Evidence of the text messages sent and received.
   */
  get smsMessages(): SmsMessages {
    this.#smsMessages ??= new SmsMessages(this.#transport);
    return this.#smsMessages;
  }

  /**
   * Evidence of message threads with a contact.
   */
  get conversations(): Conversations {
    this.#conversations ??= new Conversations(this.#transport);
    return this.#conversations;
  }

  /**
   * Evidence of the background work done for calls and runs.
   */
  get jobs(): Jobs {
    this.#jobs ??= new Jobs(this.#transport);
    return this.#jobs;
  }

  /**
   * Evidence of every attempt to reach a number.
   */
  get attempts(): Attempts {
    this.#attempts ??= new Attempts(this.#transport);
    return this.#attempts;
  }

  /**
   * Call recordings.
   */
  get recordings(): Recordings {
    this.#recordings ??= new Recordings(this.#transport);
    return this.#recordings;
  }
}
