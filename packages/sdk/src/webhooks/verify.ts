import type { Hmac } from './hmac.js';
import { nodeHmac, syncHmac } from './node.js';
import { type Delivery, noMatch, parseEvent, readDelivery } from './protocol.js';
import type { VerifyOptions, WebhookBody, WebhookEvent, WebhookHeaders, WebhookSecret } from './types.js';
import { webHmac } from './web.js';

/**
 * Verifies a KaiCalls webhook delivery (Standard Webhooks) and returns its event, camelCase and typed by
 * `type`. Synchronous, on node:crypto: Node ≥ 20.16, Bun, Deno. On edge runtimes use {@link verifyAsync}.
 *
 * Hashes `rawBody` as received; accepts several signatures and several secrets (rotation); compares in
 * constant time; rejects timestamps more than `tolerance` seconds (300) away from now.
 *
 * @throws {WebhookVerificationError} with a `reason` when the delivery must be rejected (answer it with a 400).
 * @example
 * import express from 'express';
 * import { verify } from 'kaicalls/webhooks';
 *
 * app.post('/hooks/kaicalls', express.raw({ type: 'application/json' }), (req, res) => {
 *   const event = verify(req.body, req.headers, process.env.KAICALLS_WEBHOOK_SECRET!);
 *   if (event.type === 'call.completed') console.log(event.data.summary);
 *   res.sendStatus(204);
 * });
 */
export function verify(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: VerifyOptions,
): WebhookEvent {
  return parseEvent(verifyBody(rawBody, headers, secret, options));
}

/** `verify` without the parsing: the verified raw body. Internal; the benchmark times it on its own. */
export function verifyBody(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: VerifyOptions,
): string | Uint8Array {
  const hmac = syncHmac('verify');
  const delivery = readDelivery(rawBody, headers, secret, options);
  check(
    hmac,
    delivery,
    delivery.secrets.map((key) => hmac.digest(key, delivery.prefix, delivery.body) as Uint8Array),
  );
  return delivery.body;
}

/**
 * {@link verify} for every runtime: node:crypto where it exists, else WebCrypto (edge workers, browsers).
 *
 * @throws {WebhookVerificationError} (as a rejection) when the delivery must be rejected.
 * @example
 * import { verifyAsync } from 'kaicalls/webhooks';
 *
 * export async function POST(request: Request) {
 *   const event = await verifyAsync(await request.arrayBuffer(), request.headers, process.env.KAICALLS_WEBHOOK_SECRET!);
 *   return new Response(null, { status: 204 });
 * }
 */
export async function verifyAsync(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: VerifyOptions,
): Promise<WebhookEvent> {
  const delivery = readDelivery(rawBody, headers, secret, options);
  const hmac = nodeHmac() ?? webHmac;
  check(
    hmac,
    delivery,
    await Promise.all(delivery.secrets.map((key) => hmac.digest(key, delivery.prefix, delivery.body))),
  );
  return parseEvent(delivery.body);
}

/** Throws unless one of the delivery's signatures is one of the expected digests (one per secret). */
function check(hmac: Hmac, delivery: Delivery, digests: Uint8Array[]): void {
  for (const signature of delivery.signatures) {
    for (const digest of digests) if (hmac.equal(signature, digest)) return;
  }
  noMatch();
}
