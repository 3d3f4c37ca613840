// Verification in Fastify. Fastify parses JSON bodies before the handler runs, and verification needs the
// bytes as received: register a raw parser for the webhook route's scope (`rawJsonParser` below), or use a
// plugin that keeps `request.rawBody` (fastify-raw-body). Fastify is not a dependency: the helper takes the
// two members it reads, structurally.
import { isRawBody, notRawBody, withFrameworkHint } from './hints.js';
import type { VerifyOptions, WebhookEvent, WebhookHeaders, WebhookSecret } from './types.js';
import { verify } from './verify.js';

const RAW_BODY =
  "register the raw parser in the webhook route's plugin before the route: " +
  "fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, rawJsonParser) (or use fastify-raw-body's request.rawBody)";

/** What {@link constructFastifyEvent} reads of a Fastify request. */
export interface FastifyWebhookRequest {
  /** The body: a `Buffer` with {@link rawJsonParser}, else what Fastify parsed. */
  body?: unknown;
  /** Set by fastify-raw-body beside a parsed `body`. */
  rawBody?: unknown;
  /** The request headers (`request.headers`). */
  headers: WebhookHeaders;
}

/**
 * A Fastify content-type parser that keeps the body as received, a `Buffer`: register it for
 * `application/json` with `parseAs: 'buffer'` in the plugin that holds the webhook route, so the rest of
 * the app keeps Fastify's JSON parser.
 * @example
 * app.register(async (hooks) => {
 *   hooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, rawJsonParser);
 *   hooks.post('/webhooks', async (request, reply) => { ... });
 * });
 */
export function rawJsonParser(
  _request: unknown,
  body: unknown,
  done: (error: Error | null, body?: unknown) => void,
): void {
  done(null, body);
}

/**
 * Verifies the delivery a Fastify route received and returns its event (synchronous, on node:crypto).
 *
 * @throws {WebhookVerificationError} when the delivery must be rejected (answer it with a 400).
 * @example
 * import Fastify from 'fastify';
 * import { constructFastifyEvent, rawJsonParser, WebhookVerificationError } from 'kaicalls/webhooks';
 *
 * const app = Fastify();
 * app.register(async (hooks) => {
 *   hooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, rawJsonParser);
 *   hooks.post('/webhooks', async (request, reply) => {
 *     const event = constructFastifyEvent(request, process.env.KAICALLS_WEBHOOK_SECRET!);
 *     return reply.code(204).send();
 *   });
 * });
 */
export function constructFastifyEvent(
  request: FastifyWebhookRequest,
  secret: WebhookSecret,
  options?: VerifyOptions,
): WebhookEvent {
  const body = request.rawBody ?? request.body;
  if (!isRawBody(body)) throw notRawBody(body, RAW_BODY);
  try {
    return verify(body as string | Uint8Array, request.headers, secret, options);
  } catch (error) {
    throw withFrameworkHint(error, RAW_BODY);
  }
}
