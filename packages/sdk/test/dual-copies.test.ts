// The package's two builds loaded side by side, as a test runner or a bundler can do (Jest's CommonJS next
// to an ESM import, one dependency requiring what another imports): each has its own classes, so
// `instanceof` fails across them, and isKaiCallsError must still know the other copy's errors. Loads the
// built dist/index.cjs and dist/index.js (rebuilt first when older than the sources).
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { TEST_KEY } from './fetch-recorder.js';
import { hostile } from './hostile-server.js';

type Sdk = typeof import('../src/index.js');
type Hooks = typeof import('../src/webhooks/index.js');
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
let cjs: Sdk;
let esm: Sdk;
let cjsHooks: Hooks;
let esmHooks: Hooks;

beforeAll(async () => {
  ensureBuilt('packages/sdk');
  const require = createRequire(import.meta.url);
  cjs = require(dist('index.cjs'));
  cjsHooks = require(dist('webhooks.cjs'));
  esm = await import(pathToFileURL(dist('index.js')).href);
  esmHooks = await import(pathToFileURL(dist('webhooks.js')).href);
}, 180_000);

describe('isKaiCallsError across the CommonJS and ESM copies', () => {
  it('an error thrown by the CJS client is known to the ESM guard, by class, and the other way round', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req_dual1' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: 'No call call_missing.' } }));
    });
    const fromCjs = await new cjs.KaiCalls({ apiKey: TEST_KEY, baseUrl: server.origin }).calls
      .get('call_missing')
      .catch((e) => e);
    const fromEsm = await new esm.KaiCalls({ apiKey: TEST_KEY, baseUrl: server.origin }).calls
      .get('call_missing')
      .catch((e) => e);

    expect(fromCjs).not.toBeInstanceOf(esm.NotFoundError); // two copies indeed
    expect(fromEsm).not.toBeInstanceOf(cjs.KaiCallsError);
    for (const [guard, error] of [
      [esm, fromCjs],
      [cjs, fromEsm],
    ] as const) {
      expect(guard.isKaiCallsError(error)).toBe(true);
      expect(guard.isKaiCallsError(error, guard.NotFoundError)).toBe(true);
      expect(guard.isKaiCallsError(error, guard.APIError)).toBe(true);
      expect(guard.isKaiCallsError(error, guard.KaiCallsError)).toBe(true);
      expect(guard.isKaiCallsError(error, guard.BadRequestError)).toBe(false);
      expect(guard.isKaiCallsError(error, guard.UnexpectedResponseError)).toBe(false);
      expect(guard.isKaiCallsError(new Error('not ours'))).toBe(false);
    }
    expect(fromCjs).toMatchObject({ status: 404, code: 'not_found', requestId: 'req_dual1' });
  });

  it('the webhooks entry’s errors carry the brand too', () => {
    const secret = `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}`;
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1', 'webhook-signature': 'v1,bad' };
    let error: unknown;
    try {
      cjsHooks.verify('{}', headers, secret);
    } catch (e) {
      error = e;
    }
    expect(error).not.toBeInstanceOf(esmHooks.WebhookVerificationError);
    expect(esm.isKaiCallsError(error)).toBe(true);
    expect(esm.isKaiCallsError(error, esmHooks.WebhookVerificationError)).toBe(true);
    expect(esm.isKaiCallsError(error, esm.APIError)).toBe(false);
  });
});
