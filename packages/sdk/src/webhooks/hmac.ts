/** HMAC-SHA256 as one runtime provides it: node:crypto (node.ts) or WebCrypto (web.ts). */
export interface Hmac {
  /** HMAC-SHA256 of `{prefix}{body}`, keyed with the decoded `whsec_…` secret. */
  digest(secret: string, prefix: string, body: string | Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** Whether a base64 signature is `digest`, in time that depends only on the (public) length. */
  equal(signature: string, digest: Uint8Array): boolean;
}

/** Caches a value per secret. Secrets are few (one per subscription, two while rotating); the bound only guards against misuse. */
export function perSecret<T>(make: (secret: string) => T): (secret: string) => T {
  const cache = new Map<string, T>();
  return (secret) => {
    let value = cache.get(secret);
    if (value === undefined) {
      value = make(secret);
      if (cache.size > 32) cache.clear();
      cache.set(secret, value);
    }
    return value;
  };
}
