// calls.wait over streams against polling, on the mock's HTTP server (the `kaicalls-mock` binary, its own
// process, so its RSS is its own), each figure a ratio against polling measured in the same run:
//   1. requests per wait on a one-minute call (+15005550100): the shared event stream, the timeline stream
//      (onEvent), and polling (follow: 'poll');
//   2. lag from the moment the mock's clock says an event happened to onEvent: stream against polling;
//   3. 1,000 concurrent waits on one client and key, rate limit ON: requests besides the creates, 429s, how
//      long after its call's end each wait resolved, and the server's RSS; then the same with onEvent.
// Run: pnpm --filter kaicalls build && pnpm --filter @kaicalls/mock build && node bench/stream.mjs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KaiCalls } from '../dist/index.js';

/** The crowd's clock speed: a one-minute call takes 3 s. */
const SPEED = Number(process.env.BENCH_SPEED ?? 20);
/** The one-call measures' speed: polling's lag scales with the clock, so closer to real time. */
const SOLO_SPEED = Number(process.env.BENCH_SOLO_SPEED ?? 5);
const MANY = Number(process.env.BENCH_WAITS ?? 1000);
/** Which parts to run: `solo` (1 and 2), `crowd` (3), `crowd-events` (3 with onEvent only). */
const PARTS = (process.env.BENCH_PARTS ?? 'solo,crowd').split(',');
const bin = fileURLToPath(new URL('../../mock/bin/kaicalls-mock.js', import.meta.url));

/** Starts the mock server binary; resolves with its readiness line and a way to stop it. */
async function startServer(speed, rateLimit) {
  const child = spawn(
    process.execPath,
    [bin, '--port', '0', '--speed', String(speed), '--json', ...(rateLimit ? [] : ['--no-rate-limit'])],
    { stdio: ['ignore', 'pipe', 'ignore'] }, // its request log goes to stderr
  );
  const line = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`kaicalls-mock exited with ${code}`)));
  });
  const ready = JSON.parse(line);
  const control = async (path, init) => (await fetch(`${ready.url}/_mock/${path}`, init)).json();
  // The mock's clock, read here: its `now` at a real moment known to within half the quickest of a few
  // round trips, then real time × speed.
  let best = { spread: Number.POSITIVE_INFINITY, offset: 0 };
  for (let i = 0; i < 10; i++) {
    const before = Date.now();
    const { now_ms } = await control('clock');
    const after = Date.now();
    if (after - before < best.spread)
      best = { spread: after - before, offset: now_ms - ((before + after) / 2) * speed };
  }
  const clock = () => best.offset + Date.now() * speed;
  return {
    ...ready,
    clock,
    requests: async () => (await control('requests')).data,
    clear: () => control('requests', { method: 'DELETE' }),
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (n, digits = 1) => (n === undefined ? '—' : n.toFixed(digits));
const others = (journal) =>
  journal.filter((r) => r.operation_id !== 'createCall' && r.operation_id !== 'createKey');

// ─── 1 and 2: one call at a time, rate limit off ───
const rows = [];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (PARTS.includes('solo')) {
  const solo = await startServer(SOLO_SPEED, false);
  const kai = new KaiCalls({ apiKey: solo.api_key, baseUrl: solo.base_url });
  const ways = {
    'stream (shared event stream)': {},
    'stream with onEvent (timeline stream)': { onEvent: true },
    "polling (follow: 'poll')": { follow: 'poll' },
    "polling with onEvent (follow: 'poll')": { follow: 'poll', onEvent: true },
  };
  for (const [name, way] of Object.entries(ways)) {
    const requests = [];
    const lags = [];
    const late = [];
    for (let round = 0; round < ROUNDS; round++) {
      const created = await kai.calls.create({ agentId: solo.agent_id, to: '+15005550100' });
      await solo.clear();
      const call = await kai.calls.wait(created.id, {
        follow: way.follow,
        onEvent: way.onEvent
          ? (event) => {
              lags.push((solo.clock() - Date.parse(event.occurredAt)) / SOLO_SPEED);
            }
          : undefined,
      });
      const resolvedAt = solo.clock();
      requests.push(others(await solo.requests()).length);
      // The end a wait waits for: the analysis of an answered call.
      const events = [];
      for await (const event of kai.calls.listEvents(call.id)) events.push(event);
      const end = events.find((e) => e.type === 'analysis.complete');
      late.push((resolvedAt - Date.parse(end.occurredAt)) / SOLO_SPEED);
    }
    rows.push({ name, requests, lags, late });
  }
  await solo.stop();
}

// ─── 3: MANY concurrent waits on one client and key, rate limit ON ───
async function crowd(withEvents) {
  const server = await startServer(SPEED, true);
  const admin = new KaiCalls({ apiKey: server.api_key, baseUrl: server.base_url, maxRetries: 10 });
  // The calls are placed with keys of their own (60 creates a minute each): the waits' key is measured.
  const creators = [];
  for (let i = 0; i < Math.ceil(MANY / 50); i++) {
    const { key } = await admin.keys.create({ name: `bench creator ${i}`, scopes: ['*'] });
    creators.push(new KaiCalls({ apiKey: key, baseUrl: server.base_url, maxRetries: 10 }));
  }
  const { key: waitKey } = await admin.keys.create({ name: 'bench waits', scopes: ['*'] });
  const client = new KaiCalls({ apiKey: waitKey, baseUrl: server.base_url });
  const rssBefore = server.rssMb();
  await server.clear();
  const numbers = ['+15005550100', '+15005550101', '+15005550102', '+15005550104', '+15005550106'];
  const started = Date.now();
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, server.rssMb());
  }, 100);
  const waits = await Promise.all(
    Array.from({ length: MANY }, async (_, i) => {
      const created = await creators[i % creators.length].calls.create({
        agentId: server.agent_id,
        to: numbers[i % numbers.length],
      });
      const call = await client.calls.wait(created.id, {
        onEvent: withEvents ? () => {} : undefined,
        timeout: 30 * 60_000,
      });
      return { call, resolvedAt: server.clock() };
    }),
  );
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const journal = (await server.requests()).filter((r) => r.key_id !== undefined);
  const waitKeyId = journal.find(
    (r) => r.operation_id === 'streamEvents' || r.operation_id === 'streamCallEvents',
  )?.key_id;
  const mine = journal.filter((r) => r.key_id === waitKeyId);
  // How long after its end each wait resolved: the end is when the call's terminal event was stored.
  const endOf = new Map();
  for (const type of ['call.completed', 'call.failed', 'call.missed'])
    for await (const event of admin.events.list({ type, limit: 100 }))
      endOf.set(event.data.id, Date.parse(event.createdAt));
  const lateness = waits.map(({ call, resolvedAt }) => (resolvedAt - endOf.get(call.id)) / SPEED);
  const result = {
    withEvents,
    requests: mine.length,
    byOperation: Object.entries(
      mine.reduce((m, r) => {
        m[r.operation_id] = (m[r.operation_id] ?? 0) + 1;
        return m;
      }, {}),
    )
      .map(([op, n]) => `${op} ${n}`)
      .join(', '),
    rateLimited: mine.filter((r) => r.status === 429).length,
    resolved: waits.filter((w) => w.call.endedAt).length,
    lateP50: percentile(lateness, 50),
    lateMax: Math.max(...lateness),
    seconds,
    rssBefore,
    peakRss,
  };
  await server.stop();
  return result;
}
const crowds = [];
if (PARTS.includes('crowd')) crowds.push(await crowd(false));
if (PARTS.includes('crowd') || PARTS.includes('crowd-events')) crowds.push(await crowd(true));

// ─── report ───
if (rows.length > 0) {
  console.log(
    `\ncalls.wait over streams against polling, on the mock's HTTP server (speed ${SOLO_SPEED}; ${ROUNDS} calls each; real ms)`,
  );
  console.log(
    '| way | requests per wait (one-minute call) | onEvent lag p50 / p99, ms | resolved after the end, ms (median) |',
  );
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) {
    const lag = r.lags.length ? `${fmt(percentile(r.lags, 50))} / ${fmt(percentile(r.lags, 99))}` : '—';
    console.log(
      `| ${r.name} | ${fmt(percentile(r.requests, 50), 0)} | ${lag} | ${fmt(percentile(r.late, 50), 0)} |`,
    );
  }
  const poll = rows.find((r) => r.name.startsWith('polling with'));
  const pollPlain = rows.find((r) => r.name.startsWith('polling (follow'));
  const shared = rows[0];
  const timeline = rows[1];
  console.log('\n| ratio (same run) | value |');
  console.log('| --- | --- |');
  console.log(
    `| requests, shared stream ÷ polling | ${fmt(percentile(shared.requests, 50) / percentile(pollPlain.requests, 50), 2)}× |`,
  );
  console.log(
    `| requests, timeline stream ÷ polling with onEvent | ${fmt(percentile(timeline.requests, 50) / percentile(poll.requests, 50), 2)}× |`,
  );
  console.log(
    `| onEvent lag p99, stream ÷ polling | ${fmt(percentile(timeline.lags, 99) / percentile(poll.lags, 99), 3)}× |`,
  );
}
console.log(`\n${MANY} concurrent waits on one client and key, rate limit on (speed ${SPEED})`);
console.log(
  "| waits | requests of the waits' key | of which | 429s | resolved | after the end, ms: median / max | wall time s | server RSS MB: before / peak |",
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const c of crowds)
  console.log(
    `| ${c.withEvents ? 'with onEvent' : 'without onEvent'} | ${c.requests} | ${c.byOperation} | ${c.rateLimited} | ${c.resolved} of ${MANY} | ${fmt(c.lateP50, 0)} / ${fmt(c.lateMax, 0)} | ${fmt(c.seconds)} | ${fmt(c.rssBefore, 0)} / ${fmt(c.peakRss, 0)} |`,
  );
