// Shared by the webhooks tests: the Standard Webhooks test vector, and one example event per event type,
// read from the spec (never hand-written here).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The secret, message id, timestamp, payload and signature of the Standard Webhooks libraries' tests. */
export const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
} as const;

/** A fixed clock for deterministic timestamps: 2026-02-15T14:32:13Z, in ms. */
export const NOW = Date.UTC(2026, 1, 15, 14, 32, 13);
export const NOW_SECONDS = NOW / 1000;

interface Schema {
  oneOf?: { $ref: string }[];
  examples?: Record<string, unknown>[];
}

const spec = parse(readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8'), {
  maxAliasCount: -1,
}) as { components: { schemas: Record<string, Schema> }; webhooks: Record<string, unknown> };

/** The first example of every member of the spec's `Event` union, as on the wire (snake_case). */
export const wireEvents: { type: string; payload: Record<string, unknown> }[] =
  spec.components.schemas.Event!.oneOf!.map(({ $ref }) => {
    const payload = spec.components.schemas[$ref.split('/').pop()!]!.examples![0]!;
    return { type: payload.type as string, payload };
  });

/** Every event type of the spec's `webhooks:`. */
export const webhookEventTypes = Object.keys(spec.webhooks);

/** The wire example of one event type. */
export function wireEvent(type: string): Record<string, unknown> {
  const found = wireEvents.find((event) => event.type === type);
  if (!found) throw new Error(`no example for ${type} in the spec`);
  return found.payload;
}
