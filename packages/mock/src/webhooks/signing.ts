// Standard Webhooks signing (https://www.standardwebhooks.com): `whsec_` secrets, and
// `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` signatures keyed with the secret's decoded bytes.
// WebCrypto only, so the same code signs in Node, browsers and edge runtimes.
import type { Random } from '../core/random.js';

const SECRET_PREFIX = 'whsec_';
/** Bytes of key material in a new secret: the HMAC-SHA256 block-friendly size Standard Webhooks suggests. */
const SECRET_BYTES = 32;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * A new signing secret, drawn from the mock's seeded randomness so that the same seed gives the same secrets.
 * @example generateSecret(ctx.random) // 'whsec_3q2+7w…='
 */
export function generateSecret(random: Random): string {
  const bytes = new Uint8Array(SECRET_BYTES);
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(0, 255);
  return SECRET_PREFIX + toBase64(bytes);
}

// Importing a key is the slow part of WebCrypto HMAC; a subscription signs many deliveries with one secret.
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (!secret.startsWith(SECRET_PREFIX))
      throw new Error(`@kaicalls/mock: a webhook secret must start with ${SECRET_PREFIX}.`);
    const raw = fromBase64(secret.slice(SECRET_PREFIX.length));
    key = crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/**
 * The `webhook-signature` header value: one `v1,<base64>` per secret, space-separated, so a receiver that
 * knows either secret (during a rotation) accepts the delivery.
 * @example await signatureHeader('evt_123', 1771254000, '{"id":"evt_123"}', ['whsec_…'])
 */
export async function signatureHeader(
  id: string,
  timestamp: number,
  body: string,
  secrets: readonly string[],
): Promise<string> {
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  const signatures = await Promise.all(
    secrets.map(async (secret) => {
      const mac = await crypto.subtle.sign('HMAC', await keyFor(secret), content);
      return `v1,${toBase64(new Uint8Array(mac))}`;
    }),
  );
  return signatures.join(' ');
}
