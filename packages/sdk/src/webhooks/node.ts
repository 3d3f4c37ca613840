// The node:crypto path: synchronous, and the fastest where it exists (Node ≥ 20.16, Bun, Deno, workerd with
// nodejs_compat). Reached through process.getBuiltinModule, never an import, so that edge bundlers never
// see node:crypto and the same code serves the ESM and the CJS build.
import type * as NodeCrypto from 'node:crypto';
import { KaiCallsError } from '../core/errors.js';
import { type Hmac, perSecret } from './hmac.js';
import { secretBytes } from './protocol.js';

let node: Hmac | null | undefined;

/** HMAC on node:crypto, or null where the runtime has no process.getBuiltinModule. */
export function nodeHmac(): Hmac | null {
  if (node === undefined) {
    const runtime = globalThis.process;
    node = null;
    if (runtime?.getBuiltinModule) {
      const { createHmac, timingSafeEqual } = runtime.getBuiltinModule('node:crypto') as typeof NodeCrypto;
      const { Buffer } = runtime.getBuiltinModule('node:buffer');
      const key = perSecret(secretBytes);
      node = {
        digest: (secret, prefix, body) =>
          createHmac('sha256', key(secret)).update(prefix).update(body).digest(),
        equal(signature, digest) {
          const received = Buffer.from(signature, 'base64');
          return received.length === digest.length && timingSafeEqual(received, digest);
        },
      };
    }
  }
  return node;
}

/** node:crypto for a synchronous API, or an error that names its asynchronous twin. */
export function syncHmac(api: 'verify' | 'sign'): Hmac {
  const hmac = nodeHmac();
  if (!hmac)
    throw new KaiCallsError(
      `kaicalls: ${api}() needs process.getBuiltinModule (Node ≥ 20.16, Bun, Deno): use \`await ${api}Async()\``,
    );
  return hmac;
}
