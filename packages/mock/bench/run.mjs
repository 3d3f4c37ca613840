#!/usr/bin/env node
// The mock server against a bare node:http JSON server (the ceiling) and Prism (what people use today),
// all in one run on this machine: startup to first 200, GET list and POST create at 32 connections
// (autocannon), and memory after load. Run: pnpm --filter @kaicalls/mock bench
// Options: --duration <s> (default 10), --runs <n> startup samples (default 3), --only <name,...>.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { load as autocannonLoad, CONNECTIONS, median, rssMb, startServer, stop } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const RUNS = Number(values.runs);
const SPEC = join(here, '../../../spec/openapi.yaml');
const PRISM = join(here, 'node_modules/.bin/prism');
const APPOINTMENT = JSON.stringify({
  title: 'Product demo',
  start_time: '2026-02-20T10:00:00Z',
  end_time: '2026-02-20T10:30:00Z',
  notes: 'Interested in the CRM integration',
});

/** A JSON server that does the least possible: what node:http itself costs. */
const BARE = `
const body = JSON.stringify({ object: 'list', data: [${JSON.stringify({ id: 'agt_1', name: 'Kai' })}], has_more: false, next_cursor: null });
require('node:http').createServer((req, res) => {
  let text = '';
  req.on('data', (c) => (text += c));
  req.on('end', () => {
    if (req.method === 'POST') { const parsed = JSON.parse(text); res.writeHead(201, { 'content-type': 'application/json' }); return res.end(JSON.stringify({ id: 'apt_1', ...parsed })); }
    res.writeHead(200, { 'content-type': 'application/json' }); res.end(body);
  });
}).listen(Number(process.argv[1]), '127.0.0.1');`;

const targets = [
  { name: 'bare node:http', command: (port) => [process.execPath, ['-e', BARE, String(port)]] },
  { name: 'Prism 5.16 (default logging)', command: (port) => [PRISM, ['mock', '-p', String(port), SPEC]] },
  {
    name: 'Prism 5.16 (-v error)',
    command: (port) => [PRISM, ['mock', '-p', String(port), '-v', 'error', SPEC]],
  },
  {
    name: '@kaicalls/mock server',
    command: (port) => [
      process.execPath,
      [join(here, '../dist/bin.js'), '--port', String(port), '--no-rate-limit', '--quiet'],
    ],
  },
].filter(
  (t) => !values.only || values.only.split(',').some((o) => t.name.toLowerCase().includes(o.toLowerCase())),
);

async function start(target, port) {
  const [cmd, args] = target.command(port);
  return startServer(target.name, cmd, args, port, '/v1/agents');
}

function load(port, method) {
  const post = method === 'POST';
  return autocannonLoad({
    port,
    method,
    path: post ? '/v1/appointments' : '/v1/agents',
    duration: DURATION,
    ...(post ? { body: APPOINTMENT } : {}),
  });
}

const results = [];
let port = 4700;
for (const target of targets) {
  const startups = [];
  for (let i = 0; i < RUNS; i++) {
    const { child, ms } = await start(target, ++port);
    startups.push(ms);
    await stop(child);
  }
  const { child } = await start(target, ++port);
  await load(port, 'GET').catch(() => undefined); // warm-up, not measured
  const getResult = await load(port, 'GET');
  const postResult = await load(port, 'POST');
  const row = {
    name: target.name,
    startup: median(startups),
    get: getResult.requests.average,
    getP99: getResult.latency.p99,
    getErrors: getResult.non2xx + getResult.errors,
    post: postResult.requests.average,
    postP99: postResult.latency.p99,
    postErrors: postResult.non2xx + postResult.errors,
    rss: rssMb(child.pid),
  };
  results.push(row);
  await stop(child);
  console.error(
    `${row.name}: startup ${row.startup.toFixed(0)} ms, GET ${row.get.toFixed(0)} req/s, POST ${row.post.toFixed(0)} req/s`,
  );
}

const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0));
console.log(
  `\n${CONNECTIONS} connections, ${DURATION} s per load, startup = median of ${RUNS} (process start to first 200), Node ${process.version}\n`,
);
console.log(
  '| server | startup ms | GET req/s | GET p99 ms | POST req/s | POST p99 ms | RSS after load MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const errors = r.getErrors || r.postErrors ? ` (non-2xx: GET ${r.getErrors}, POST ${r.postErrors})` : '';
  console.log(
    `| ${r.name}${errors} | ${r.startup.toFixed(0)} | ${fmt(r.get)} | ${r.getP99} | ${fmt(r.post)} | ${r.postP99} | ${r.rss.toFixed(0)} |`,
  );
}
const mock = results.find((r) => r.name.includes('kaicalls'));
const prisms = results.filter((r) => r.name.startsWith('Prism'));
if (mock && prisms.length > 0) {
  console.log(
    '\n| ratio: mock ÷ Prism | startup (target ≤ 0.35) | GET req/s (≥ 3) | GET p99 (≤ 0.5) | POST req/s (≥ 2.5) |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const p of prisms) {
    const mark = (ok) => (ok ? '✓' : '✗');
    const s = mock.startup / p.startup;
    const g = mock.get / p.get;
    const l = mock.getP99 / p.getP99;
    const w = mock.post / p.post;
    console.log(
      `| vs ${p.name} | ${s.toFixed(2)} ${mark(s <= 0.35)} | ${g.toFixed(2)} ${mark(g >= 3)} | ${l.toFixed(2)} ${mark(l <= 0.5)} | ${w.toFixed(2)} ${mark(w >= 2.5)} |`,
    );
  }
}
