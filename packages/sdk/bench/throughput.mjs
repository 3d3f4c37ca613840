// Request throughput of the built client against a local node:http JSON server, 16 requests in flight,
// as a ratio of raw `fetch` measured in the same run (and, for reference, raw fetch with an AbortSignal on
// every request, which is what bounding each attempt costs, and openapi-fetch alone).
// Run: pnpm --filter kaicalls build && node bench/throughput.mjs
// KAICALLS_BEFORE=/path/to/an/older/dist/index.js adds that build as a contender, to compare a transport
// change with what it replaces in one run.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import { KaiCalls } from '../dist/index.js';

const IN_FLIGHT = 16;
// Many short rounds, each contender in turn (rotating who goes first), and the ratio taken within each
// round: on a shared machine the load drifts, and this cancels most of it.
const DURATION_MS = Number(process.env.BENCH_MS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

// A realistic answer: the spec's example call, snake_case as on the wire.
const body = JSON.stringify({
  id: 'call_8fK2pQ7vN3',
  conversation_id: 'conv_7hm3qr9twz',
  status: 'completed',
  direction: 'outbound',
  agent_id: 'agt_4Vd9kQ2mXp',
  agent_name: 'Kai',
  business_id: 'biz_7Tn3wR8cLs',
  lead_id: 'lead_5Rb7nM2xKw',
  run_id: null,
  to: '+15125559876',
  from: '+15125551234',
  name: 'John Smith',
  context: 'Following up on car accident case',
  first_message: null,
  webhook_url: null,
  max_duration: 600,
  metadata: { crm_ticket: 'T-4821' },
  variables: { name: 'John', lead_score: 82 },
  duration: 127,
  transcript: [
    { role: 'agent', text: 'Hey John, this is Kai from Smith Law. Do you have a minute?', offset_ms: 500 },
    { role: 'customer', text: 'Sure, go ahead.', offset_ms: 4200 },
  ],
  summary: 'Confirmed a consultation with John for tomorrow at 2pm.',
  recording_url: null,
  sentiment: 'positive',
  quality_dimensions: { professionalism: 92, empathy: 88, information_gathering: 95, resolution: 90 },
  outcome: 'appointment_booked',
  ended_reason: 'customer_hangup',
  created_at: '2026-02-15T14:30:00Z',
  started_at: '2026-02-15T14:30:00.500Z',
  answered_at: '2026-02-15T14:30:06Z',
  ended_at: '2026-02-15T14:32:13Z',
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': 'req_bench',
    });
    res.end(body);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const key = 'kc_test_benchbenchbenchbench';

const kai = new KaiCalls({ apiKey: key, baseUrl: base, maxRetries: 0 });
const plain = createClient({ baseUrl: base });
const headers = { authorization: `Bearer ${key}`, accept: 'application/json' };

const contenders = {
  'raw fetch': async () => {
    const response = await fetch(`${base}/v1/calls/call_8fK2pQ7vN3`, { headers });
    await response.json();
  },
  'openapi-fetch alone': async () => {
    await plain.GET('/v1/calls/{call_id}', { params: { path: { call_id: 'call_8fK2pQ7vN3' } }, headers });
  },
  'raw fetch + AbortSignal': async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/v1/calls/call_8fK2pQ7vN3`, { headers, signal: controller.signal });
    await response.json();
  },
  kaicalls: async () => {
    await kai.calls.get('call_8fK2pQ7vN3');
  },
};
if (process.env.KAICALLS_BEFORE) {
  const { KaiCalls: Before } = await import(pathToFileURL(process.env.KAICALLS_BEFORE).href);
  const before = new Before({ apiKey: key, baseUrl: base, maxRetries: 0 });
  contenders['kaicalls (KAICALLS_BEFORE)'] = async () => {
    await before.calls.get('call_8fK2pQ7vN3');
  };
}

async function measure(run) {
  let done = 0;
  const end = performance.now() + DURATION_MS;
  const worker = async () => {
    while (performance.now() < end) {
      await run();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return (done / (performance.now() - started)) * 1000;
}

const names = Object.keys(contenders);
const results = Object.fromEntries(names.map((name) => [name, []]));
for (const run of Object.values(contenders)) await measure(run); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length];
    results[name][round] = await measure(contenders[name]);
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `\nthroughput, ${IN_FLIGHT} in flight, ${ROUNDS} rounds × ${DURATION_MS} ms each (node ${process.version})`,
);
console.log('| client | req/s (median) | ÷ raw fetch (median of per-round ratios) |\n| --- | --- | --- |');
for (const name of names) {
  const ratios = results[name].map((rps, round) => rps / results['raw fetch'][round]);
  console.log(`| ${name} | ${Math.round(median(results[name]))} | ${median(ratios).toFixed(2)}× |`);
}
