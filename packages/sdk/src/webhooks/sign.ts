import { snakify } from '../core/casing.js';
import { nodeHmac, syncHmac } from './node.js';
import { secretList, toBase64 } from './protocol.js';
import type { WebhookSecret } from './types.js';
import { webHmac } from './web.js';

/** Options of `sign` and `signAsync`. */
export interface SignOptions {
  /** `webhook-id` (default: the payload's `id`, else a new `evt_…`). */
  id?: string | undefined;
  /** `webhook-timestamp`: a `Date` or Unix seconds (default: now). */
  timestamp?: Date | number | undefined;
}

/** A signed delivery: send `body` with `headers`, or pass both to `verify`. */
export interface SignedWebhook<B extends string | Uint8Array = string> {
  /** The body to send: the payload as given, or an object's snake_case JSON. */
  body: B;
  /** The Standard Webhooks headers to send with it. */
  headers: {
    /** The event's id (`evt_…`). */
    'webhook-id': string;
    /** When it was signed, in Unix seconds. */
    'webhook-timestamp': string;
    /** `v1,<base64 HMAC-SHA256>`, one per secret, space-separated. */
    'webhook-signature': string;
  };
}

type Body<P> = P extends Uint8Array ? Uint8Array : string;

interface Unsigned {
  body: string | Uint8Array;
  id: string;
  timestamp: string;
  prefix: string;
  secrets: readonly string[];
}

function prepare(payload: unknown, secret: WebhookSecret, options: SignOptions): Unsigned {
  const secrets = secretList(secret);
  const body =
    typeof payload === 'string' || payload instanceof Uint8Array ? payload : JSON.stringify(snakify(payload));
  const ownId = (payload as { id?: unknown } | null)?.id;
  const id =
    options.id ?? (typeof ownId === 'string' ? ownId : `evt_${crypto.randomUUID().replace(/-/g, '')}`);
  const time = options.timestamp ?? new Date();
  const timestamp = String(Math.floor(typeof time === 'number' ? time : time.getTime() / 1000));
  return { body, id, timestamp, prefix: `${id}.${timestamp}.`, secrets };
}

function signed<B extends string | Uint8Array>(unsigned: Unsigned, digests: Uint8Array[]): SignedWebhook<B> {
  return {
    body: unsigned.body as B,
    headers: {
      'webhook-id': unsigned.id,
      'webhook-timestamp': unsigned.timestamp,
      'webhook-signature': digests.map((digest) => `v1,${toBase64(digest)}`).join(' '),
    },
  };
}

/**
 * Signs a payload as KaiCalls signs deliveries, to test your webhook handler. An object payload (an event,
 * camelCase or snake_case) is sent as snake_case JSON, as on the wire. Several secrets give several
 * signatures, as during a rotation. Synchronous, on node:crypto; see {@link signAsync} for edge runtimes.
 *
 * @example
 * import { generateSecret, sign, verify } from 'kaicalls/webhooks';
 *
 * const secret = generateSecret();
 * const { body, headers } = sign({ id: 'evt_test01', type: 'webhook.test', createdAt: new Date().toISOString(), data: { message: 'hi' } }, secret);
 * await fetch('http://localhost:3000/hooks/kaicalls', { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } });
 */
export function sign<P extends string | Uint8Array | object>(
  payload: P,
  secret: WebhookSecret,
  options: SignOptions = {},
): SignedWebhook<Body<P>> {
  const hmac = syncHmac('sign');
  const unsigned = prepare(payload, secret, options);
  return signed(
    unsigned,
    unsigned.secrets.map((key) => hmac.digest(key, unsigned.prefix, unsigned.body) as Uint8Array),
  );
}

/**
 * {@link sign} for every runtime (WebCrypto where node:crypto is missing).
 *
 * @example
 * const { body, headers } = await signAsync('{"type":"webhook.test"}', secret, { id: 'evt_test01' });
 */
export async function signAsync<P extends string | Uint8Array | object>(
  payload: P,
  secret: WebhookSecret,
  options: SignOptions = {},
): Promise<SignedWebhook<Body<P>>> {
  const unsigned = prepare(payload, secret, options);
  const hmac = nodeHmac() ?? webHmac;
  return signed(
    unsigned,
    await Promise.all(unsigned.secrets.map((key) => hmac.digest(key, unsigned.prefix, unsigned.body))),
  );
}

/**
 * A new random signing secret (`whsec_` + 32 random bytes, base64), e.g. for a test webhook server.
 *
 * @example
 * const secret = generateSecret(); // 'whsec_…'
 */
export function generateSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}
