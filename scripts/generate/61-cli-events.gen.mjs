// What `kaicalls trigger`, `listen` and `calls wait` need to know about events: every webhook event type
// with a realistic sample payload (the first example of its schema in the spec's `webhooks:` section),
// and the call statuses the progress display and the outcome exit codes are keyed by.
import { BANNER, resolve } from './spec.mjs';

export async function generate(spec) {
  const eventTypes = resolve(spec, { $ref: '#/components/schemas/EventType' }).enum;
  const fixtures = {};
  for (const [type, item] of Object.entries(spec.webhooks)) {
    const schema = resolve(spec, item.post.requestBody.content['application/json'].schema);
    const example = schema.examples?.[0];
    if (!example) throw new Error(`cli: the ${type} event schema has no example to use as a trigger fixture`);
    if (example.type !== type) throw new Error(`cli: the ${type} example has type ${example.type}`);
    fixtures[type] = example;
  }
  const missing = eventTypes.filter((type) => !fixtures[type]);
  if (missing.length > 0)
    throw new Error(`cli: event types without a webhooks: entry: ${missing.join(', ')}`);
  const callStatuses = resolve(spec, { $ref: '#/components/schemas/CallStatus' }).enum;
  const timelineTypes = resolve(spec, { $ref: '#/components/schemas/CallTimelineEventType' }).enum;
  const scopes = resolve(spec, { $ref: '#/components/schemas/Scope' }).enum;
  return {
    'packages/cli/src/generated/events.ts': `${BANNER}
/** Every webhook event type (the spec's EventType enum), in spec order. */
export const eventTypes = ${JSON.stringify(eventTypes)} as const;
export type EventType = (typeof eventTypes)[number];

/** Every call status (CallStatus), in the order a call moves through them. */
export const callStatuses = ${JSON.stringify(callStatuses)} as const;
export type CallStatus = (typeof callStatuses)[number];

/** The steps of a call's timeline (CallTimelineEventType). */
export const timelineEventTypes = ${JSON.stringify(timelineTypes)} as const;
export type TimelineEventType = (typeof timelineEventTypes)[number];

/** Every API key scope (Scope). */
export const scopes = ${JSON.stringify(scopes)} as const;
`,
    'packages/cli/src/generated/event-fixtures.ts': `${BANNER}
import type { EventType } from './events.js';

/** One realistic payload per event type, as on the wire: the first example of its schema in the spec. */
export const eventFixtures: Record<EventType, { id: string; type: EventType; created_at: string; data: unknown }> = ${JSON.stringify(fixtures, null, 2)};
`,
  };
}
