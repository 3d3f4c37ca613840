// Verification for handlers that receive a Web `Request`: Next.js route handlers, Hono (`c.req.raw`),
// Remix and React Router actions, Bun.serve, Deno.serve, Cloudflare and other edge workers.
import { WebhookVerificationError } from './errors.js';
import { withFrameworkHint } from './hints.js';
import type { VerifyOptions, WebhookEvent, WebhookSecret } from './types.js';
import { verifyAsync } from './verify.js';

/** What {@link verifyRequest} reads of a Web `Request` (any Fetch API `Request` fits). */
export interface WebhookFetchRequest {
  /** The request headers, as Fetch's `Headers`. */
  readonly headers: {
    /**
     * A header's value by name, case-insensitively.
     * @example request.headers.get('webhook-id')
     */
    get(name: string): string | null;
  };
  /** Whether the body was already read (`request.json()` or `.text()`): it can be read only once. */
  readonly bodyUsed?: boolean;
  /**
   * Reads the body as bytes, the bytes the signature covers.
   * @example const bytes = await request.arrayBuffer();
   */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Verifies the delivery in a Web `Request` and returns its event. Reads the body itself, so call it before
 * anything else reads it (or pass `request.clone()`). Runs on WebCrypto where node:crypto is absent.
 *
 * @throws {WebhookVerificationError} (as a rejection) when the delivery must be rejected (answer it with a 400).
 * @example
 * // app/api/kaicalls/route.ts (Next.js)
 * import { verifyRequest } from 'kaicalls/webhooks';
 *
 * export async function POST(request: Request) {
 *   const event = await verifyRequest(request, process.env.KAICALLS_WEBHOOK_SECRET!);
 *   if (event.type === 'call.completed') console.log(event.data.summary);
 *   return new Response(null, { status: 204 });
 * }
 */
export async function verifyRequest(
  request: WebhookFetchRequest,
  secret: WebhookSecret,
  options?: VerifyOptions,
): Promise<WebhookEvent> {
  if (request.bodyUsed) {
    throw new WebhookVerificationError(
      'invalid_body',
      "the request's body was already read (request.json() or .text()): verify first, or pass request.clone()",
    );
  }
  const body = await request.arrayBuffer();
  try {
    return await verifyAsync(body, request.headers, secret, options);
  } catch (error) {
    throw withFrameworkHint(error, null);
  }
}

/** Options of {@link webhookHandler}. */
export interface WebhookHandlerOptions extends VerifyOptions {
  /** The webhook's `whsec_…` signing secret, or both while it rotates. */
  secret: WebhookSecret;
}

/**
 * A `(request: Request) => Promise<Response>` handler that verifies each delivery and passes its event to
 * `handle`. A delivery that fails verification answers 400 `{ error: { code: reason, message } }`, so the
 * delivery log shows why; `handle` may return its own `Response`, else the answer is 204. An error thrown by
 * `handle` propagates (the framework answers 500, and KaiCalls retries the delivery).
 *
 * @example
 * // Next.js: app/api/kaicalls/route.ts
 * export const POST = webhookHandler({ secret: process.env.KAICALLS_WEBHOOK_SECRET! }, async (event) => {
 *   if (event.type === 'appointment.booked') await saveBooking(event.data);
 * });
 * // Hono: app.post('/webhooks', (c) => handler(c.req.raw))
 */
export function webhookHandler(
  options: WebhookHandlerOptions,
  handle: (event: WebhookEvent, request: WebhookFetchRequest) => unknown,
): (request: WebhookFetchRequest) => Promise<Response> {
  return async (request) => {
    let event: WebhookEvent;
    try {
      event = await verifyRequest(request, options.secret, options);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return Response.json({ error: { code: error.reason, message: error.message } }, { status: 400 });
    }
    const answer = await handle(event, request);
    return answer instanceof Response ? answer : new Response(null, { status: 204 });
  };
}
