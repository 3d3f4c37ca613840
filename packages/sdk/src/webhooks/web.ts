// The WebCrypto path, for runtimes without node:crypto (edge workers, browsers). crypto.subtle is
// asynchronous only; the imported CryptoKey is cached per secret, as importing costs as much as signing.
import { type Hmac, perSecret } from './hmac.js';
import { fromBase64, secretBytes } from './protocol.js';

// Pure: a bundle that only verifies synchronously drops this module's state.
const encoder = /* @__PURE__ */ new TextEncoder();
const key = /* @__PURE__ */ perSecret((secret) =>
  crypto.subtle.importKey('raw', secretBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
);

export const webHmac: Hmac = {
  async digest(secret, prefix, body) {
    let data = encoder.encode(typeof body === 'string' ? prefix + body : prefix);
    if (typeof body !== 'string') {
      const head = data;
      data = new Uint8Array(head.length + body.length);
      data.set(head);
      data.set(body, head.length);
    }
    return new Uint8Array(await crypto.subtle.sign('HMAC', await key(secret), data));
  },
  equal(signature, digest) {
    let received: Uint8Array;
    try {
      received = fromBase64(signature);
    } catch {
      return false;
    }
    let diff = received.length ^ digest.length;
    for (let i = 0; i < digest.length; i++) diff |= received[i]! ^ digest[i]!;
    return diff === 0;
  },
};
