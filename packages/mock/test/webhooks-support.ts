// Helpers for the webhook tests: events built from the spec's own examples, an endpoint that records what
// it receives, and an independent Standard Webhooks verifier (the `standardwebhooks` package).
import { Webhook } from 'standardwebhooks';
import type { EventType, MockContext, MockEvent } from '../src/core/context.js';
import { spec } from '../src/generated/spec.js';

/** The `data` of the spec's first example of an event type, so tests emit payloads the spec accepts. */
export function exampleData(type: EventType): any {
  const ref: string = spec.components.schemas.Event.discriminator.mapping[type];
  const schema = spec.components.schemas[ref.split('/').pop()!];
  return structuredClone(schema.examples[0].data);
}

/** Emits an event of `type` with example data, as the mock's engines do. */
export function emit(ctx: MockContext, type: EventType, webhookUrl?: string): MockEvent {
  return ctx.emit(type, exampleData(type), webhookUrl ? { webhookUrl } : {});
}

export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A webhook endpoint for `createMock({ webhooks: { fetch } })`: records every request and answers with
 * `respond` (200 by default). Flip `respond` to take the endpoint down or bring it back.
 */
export function endpoint(respond: (request: Request) => Response | Promise<Response> = () => ok()) {
  const received: Received[] = [];
  const target = {
    received,
    respond,
    fetch: async (request: Request) => {
      received.push({
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      });
      return target.respond(request);
    },
  };
  return target;
}

export const ok = () => new Response('ok', { status: 200 });
export const unavailable = () => new Response('Service Unavailable', { status: 503 });

/**
 * Verifies a received request with `standardwebhooks` (not our code) as any receiver does: no options, its
 * timestamp checked against the real clock (whatever the mock's clock says).
 */
export function verify(secret: string, request: { headers: Record<string, string>; body: string }): unknown {
  return new Webhook(secret).verify(request.body, request.headers);
}

/** Whether `secret` verifies the request (false instead of a thrown WebhookVerificationError). */
export function verifies(
  secret: string,
  request: { headers: Record<string, string>; body: string },
): boolean {
  try {
    verify(secret, request);
    return true;
  } catch {
    return false;
  }
}
