// Every resource of the mock, in seeding order (later fixtures refer to earlier ones).
import { account } from './account.js';
import { agents } from './agents.js';
import { analytics } from './analytics.js';
import { appointments } from './appointments.js';
import { calls } from './calls.js';
import { deliveries } from './deliveries.js';
import { events } from './events.js';
import { evidence } from './evidence.js';
import { keys } from './keys.js';
import { leads } from './leads.js';
import { numbers } from './numbers.js';
import type { Resource } from './resource.js';
import { runs } from './runs.js';
import { webhooks } from './webhooks.js';

export const resources: Resource[] = [
  account,
  agents,
  numbers,
  leads,
  appointments,
  analytics,
  keys,
  evidence,
  calls,
  runs,
  webhooks,
  events,
  deliveries,
];
