// Benchmarks kaicalls/webhooks against the standardwebhooks package and a bare node:crypto HMAC +
// timingSafeEqual, on 1 KB and 64 KB event bodies, all in one run; prints ops/s and ratios (Markdown).
//   pnpm --filter kaicalls bench:webhooks        (env: ROUNDS=7, ROUND_MS=300)
// The SDK is bundled from src/ with esbuild (what tsup uses), so the figures are those of the current
// source; a second bundle, with `globalThis.process` defined away, takes the WebCrypto (edge) path.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { Webhook } = require('standardwebhooks');

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const ROUND_MS = Number(process.env.ROUND_MS ?? 300);

async function load(define = {}) {
  const bundle = await build({
    stdin: {
      contents: `export * from './src/webhooks/index.ts'; export { verifyBody } from './src/webhooks/verify.ts';`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    define,
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
const sdk = await load();
const edge = await load({ 'globalThis.process': 'undefined' });

// Real events of the spec, a text field grown to the exact size: a missed call (1 KB), a completed call
// with its transcript (64 KB), a test event (1 KB in one field).
const spec = parse(readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8'), {
  maxAliasCount: -1,
});
function eventOfSize(schema, field, bytes) {
  const event = structuredClone(spec.components.schemas[schema].examples[0]);
  event.data[field] = '';
  const room = bytes - Buffer.byteLength(JSON.stringify(event));
  event.data[field] = 'Agent: Hello, this is Kai. Caller: Hi, about my case. '
    .repeat(room / 40 + 1)
    .slice(0, room);
  const body = Buffer.from(JSON.stringify(event));
  if (body.length !== bytes) throw new Error(`body is ${body.length} bytes, not ${bytes}`);
  return body;
}

const secret = sdk.generateSecret();
const reference = new Webhook(secret);
const key = Buffer.from(secret.slice('whsec_'.length), 'base64');

const BARE = 'bare node:crypto HMAC + timingSafeEqual';
const BARE_PARSE = 'bare node:crypto HMAC + timingSafeEqual + JSON.parse';
const REFERENCE = 'standardwebhooks verify (parses)';
const VERIFY = 'kaicalls verify (parses, camelCase)';
const SIGNATURE = 'kaicalls verify, signature only (no parsing)';
const EDGE = 'kaicalls verifyAsync on WebCrypto, one at a time';

function candidates(body) {
  // A Buffer, as express.raw gives it; headers as Node gives them; the real clock.
  const { headers } = sdk.sign(body, secret);
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signature = headers['webhook-signature'].slice('v1,'.length);
  const bare = () => {
    const digest = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
    const received = Buffer.from(signature, 'base64');
    return received.length === digest.length && timingSafeEqual(received, digest);
  };
  return {
    [BARE]: bare,
    [BARE_PARSE]: () => bare() && JSON.parse(body),
    [REFERENCE]: () => reference.verify(body, headers),
    [VERIFY]: () => sdk.verify(body, headers, secret),
    [SIGNATURE]: () => sdk.verifyBody(body, headers, secret),
    [EDGE]: () => edge.verifyAsync(body, headers, secret),
  };
}

async function opsPerSecond(fn) {
  let ops = 0;
  let elapsed = 0;
  const start = performance.now();
  const async = fn() instanceof Promise;
  while (elapsed < ROUND_MS) {
    if (async) for (let i = 0; i < 50; i++) await fn();
    else for (let i = 0; i < 50; i++) fn();
    ops += 50;
    elapsed = performance.now() - start;
  }
  return (ops / elapsed) * 1000;
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

const results = {};
const SIZES = {
  '1 KB': eventOfSize('CallMissedEvent', 'summary', 1024),
  '64 KB': eventOfSize('CallCompletedEvent', 'transcript', 65536),
  // Little to parse: isolates what verification itself costs, as payload-agnostic benchmarks measure it.
  '1 KB, one field': eventOfSize('WebhookTestEvent', 'message', 1024),
};
for (const [size, body] of Object.entries(SIZES)) {
  const entries = Object.entries(candidates(body));
  for (const [name, fn] of entries) {
    if (!(await fn())) throw new Error(`${name} did not verify`);
    for (let i = 0; i < 1000; i++) await fn(); // warm up
  }
  const samples = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order, so that no candidate always runs first or last.
    for (let i = 0; i < entries.length; i++) {
      const [name, fn] = entries[(i + round) % entries.length];
      samples[name].push(await opsPerSecond(fn));
    }
  }
  for (const [name, values] of Object.entries(samples)) {
    results[name] ??= {};
    results[name][size] = median(values);
  }
}

const ops = (n) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : `${(n / 1000).toFixed(1)}k`);
const sizes = Object.keys(SIZES);
console.log(`Node ${process.version}, ${ROUNDS} rounds of ${ROUND_MS} ms per candidate and body, medians\n`);
console.log(`| ops/s | ${sizes.join(' | ')} |\n| --- |${' --- |'.repeat(sizes.length)}`);
for (const [name, bySize] of Object.entries(results)) {
  console.log(`| ${name} | ${sizes.map((size) => ops(bySize[size])).join(' | ')} |`);
}
console.log(`\n| ratio | ${sizes.join(' | ')} |\n| --- |${' --- |'.repeat(sizes.length)}`);
for (const [a, b, target] of [
  [VERIFY, REFERENCE, '≥ 3× on 1 KB'],
  [VERIFY, BARE, '≥ 0.8×'],
  [VERIFY, BARE_PARSE, ''],
  [SIGNATURE, BARE, '≥ 0.8×'],
]) {
  const ratios = sizes.map((size) => `${(results[a][size] / results[b][size]).toFixed(2)}×`);
  console.log(`| ${a} ÷ ${b}${target ? ` (target ${target})` : ''} | ${ratios.join(' | ')} |`);
}
