// The WebCrypto path, run as an edge runtime would run it: kaicalls/webhooks bundled for the browser
// platform (a static import of node:crypto would fail this build, as it fails edge bundlers), then
// evaluated in a V8 context that has WebCrypto, TextEncoder and atob but no `process` and no `require`,
// so node:crypto is out of reach.
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Webhooks from '../src/webhooks/index.js';
import { sign } from '../src/webhooks/index.js';
import { NOW, NOW_SECONDS, VECTOR, wireEvent } from './webhooks-fixtures.js';

const SECRET = VECTOR.secret;
const OTHER_SECRET = 'whsec_Ze1r8Ej6FLk5B7tjHT2nXcE4CXtZk3LZ';
const at = { now: NOW };
const completed = wireEvent('call.completed');

let edge: typeof Webhooks;
const subtleCalls = { importKey: 0, sign: 0 };

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../src/webhooks/index.ts', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'kaicallsWebhooks',
    write: false,
    logLevel: 'silent',
  });
  // Counting calls proves which path ran; the real subtle does the work.
  const subtle = {
    importKey: (...args: Parameters<SubtleCrypto['importKey']>) => {
      subtleCalls.importKey++;
      return crypto.subtle.importKey(...args);
    },
    sign: (...args: Parameters<SubtleCrypto['sign']>) => {
      subtleCalls.sign++;
      return crypto.subtle.sign(...args);
    },
  };
  const context = createContext({
    crypto: {
      subtle,
      getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array),
      randomUUID: () => crypto.randomUUID(),
    },
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
  });
  runInContext(bundle.outputFiles[0]!.text, context);
  expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
    'undefinedundefinedundefined',
  );
  edge = runInContext('kaicallsWebhooks', context);
});

/** A plain copy: objects made in the context have the context's prototypes. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('kaicalls/webhooks without node:crypto', () => {
  it('verifyAsync verifies on WebCrypto, importing each key once', async () => {
    const { body, headers } = sign(completed, SECRET, { timestamp: NOW_SECONDS });
    const before = { ...subtleCalls };
    for (let i = 0; i < 3; i++) {
      expect(plain(await edge.verifyAsync(body, headers, SECRET, at))).toMatchObject({
        id: completed.id,
        createdAt: completed.created_at,
      });
    }
    expect(subtleCalls.sign - before.sign).toBe(3);
    expect(subtleCalls.importKey - before.importKey).toBeLessThanOrEqual(1);
  });

  it('verifies the published test vector', async () => {
    const headers = {
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': VECTOR.signature,
    };
    expect(
      plain(await edge.verifyAsync(VECTOR.payload, headers, SECRET, { now: VECTOR.timestamp * 1000 })),
    ).toEqual({
      test: 2432232314,
    });
  });

  it('hashes raw bytes: ArrayBuffer, Uint8Array, and a body that is not valid UTF-8', async () => {
    const raw = new Uint8Array([
      ...new TextEncoder().encode('{"message":"caf'),
      0xe9,
      ...new TextEncoder().encode('"}'),
    ]);
    const { headers } = sign(raw, SECRET, { id: 'evt_latin1', timestamp: NOW_SECONDS });
    expect(plain(await edge.verifyAsync(raw, headers, SECRET, at))).toEqual({ message: 'caf\uFFFD' });
    expect(plain(await edge.verifyAsync(raw.slice().buffer, headers, SECRET, at))).toEqual({
      message: 'caf\uFFFD',
    });
  });

  it('accepts rotation: two signatures, two secrets', async () => {
    const { body, headers } = sign(completed, [OTHER_SECRET, SECRET], { timestamp: NOW_SECONDS });
    expect(plain(await edge.verifyAsync(body, new Headers(headers), SECRET, at)).id).toBe(completed.id);
    const old = sign(completed, OTHER_SECRET, { timestamp: NOW_SECONDS });
    expect(plain(await edge.verifyAsync(old.body, old.headers, [SECRET, OTHER_SECRET], at)).id).toBe(
      completed.id,
    );
  });

  it('rejects for every reason, as on Node', async () => {
    const { body, headers } = sign(completed, SECRET, { timestamp: NOW_SECONDS });
    const reasonOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'verified',
        (error: Webhooks.WebhookVerificationError) => `${error.name}:${error.reason}`,
      );
    const cases: [() => Promise<unknown>, string][] = [
      [() => edge.verifyAsync(body, headers, OTHER_SECRET, at), 'invalid_signature'],
      [() => edge.verifyAsync(`${body} `, headers, SECRET, at), 'invalid_signature'],
      [
        () => edge.verifyAsync(body, { ...headers, 'webhook-signature': 'v1,%%%' }, SECRET, at),
        'invalid_signature',
      ],
      [() => edge.verifyAsync(body, { ...headers, 'webhook-id': '' }, SECRET, at), 'missing_header'],
      [
        () => edge.verifyAsync(body, { ...headers, 'webhook-timestamp': 'soon' }, SECRET, at),
        'invalid_header',
      ],
      [() => edge.verifyAsync(body, headers, SECRET, { now: NOW + 301_000 }), 'timestamp_too_old'],
      [() => edge.verifyAsync(body, headers, SECRET, { now: NOW - 301_000 }), 'timestamp_too_new'],
      [() => edge.verifyAsync(body, headers, 'whsec_!!', at), 'invalid_secret'],
      [() => edge.verifyAsync(JSON.parse(body), headers, SECRET, at), 'invalid_body'],
    ];
    const notJson = sign('not json', SECRET, { timestamp: NOW_SECONDS });
    cases.push([() => edge.verifyAsync(notJson.body, notJson.headers, SECRET, at), 'invalid_payload']);
    for (const [run, reason] of cases)
      expect(await reasonOf(run())).toBe(`WebhookVerificationError:${reason}`);
  });

  it('signAsync signs on WebCrypto what node:crypto verifies', async () => {
    const signed = await edge.signAsync(completed, [SECRET, OTHER_SECRET], {
      id: 'evt_edge01',
      timestamp: NOW_SECONDS,
    });
    expect(plain(signed)).toEqual(
      plain(sign(completed, [SECRET, OTHER_SECRET], { id: 'evt_edge01', timestamp: NOW_SECONDS })),
    );
    expect(edge.generateSecret()).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });

  it('the synchronous verify and sign say to use their async twins', () => {
    const { body, headers } = sign(completed, SECRET, { timestamp: NOW_SECONDS });
    expect(() => edge.verify(body, headers, SECRET, at)).toThrow('use `await verifyAsync()`');
    expect(() => edge.sign(body, SECRET)).toThrow('use `await signAsync()`');
  });
});
