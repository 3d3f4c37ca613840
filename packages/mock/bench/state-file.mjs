#!/usr/bin/env node
// The built server's creates with the state file on against the same server without it, in one run on this
// machine: POST /v1/appointments and POST /v1/calls (whose timelines go on writing in the background) at
// 32 connections (autocannon), off and on alternately `--rounds` times: each round's on ÷ off ratio, and
// the median of those ratios (a shared machine's load drifts between rounds; within a round less), and
// the server's CPU time per create (which the machine's other load does not change much). Then the time a
// restart takes to load what one load left in the file.
// Run: pnpm --filter @kaicalls/mock bench:state-file   Options: --duration <s> (default 5), --rounds <n> (5).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { load as autocannonLoad, CONNECTIONS, cpuMs, median, startServer, stop } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { duration: { type: 'string', default: '5' }, rounds: { type: 'string', default: '5' } },
});
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const BIN = join(here, '../dist/bin.js');
let port = 4900;
async function start(stateFile) {
  const args = [BIN, '--port', String(++port), '--no-rate-limit', '--quiet'];
  if (stateFile) args.push('--state-file', stateFile);
  const server = await startServer('the server', process.execPath, args, port, '/_mock/health', {
    pollMs: 5,
  });
  return { ...server, health: JSON.parse(server.body) };
}

const load = (port, path, body) => autocannonLoad({ port, path, method: 'POST', body, duration: DURATION });
const loads = [
  {
    name: 'POST /v1/appointments',
    path: '/v1/appointments',
    body: () =>
      JSON.stringify({
        title: 'Product demo',
        start_time: '2026-02-20T10:00:00Z',
        end_time: '2026-02-20T10:30:00Z',
      }),
  },
  {
    name: 'POST /v1/calls',
    path: '/v1/calls',
    body: (agent) => JSON.stringify({ agent_id: agent, to: '+15005550100' }),
  },
];

const rows = [];
const folder = mkdtempSync(join(tmpdir(), 'kaicalls-bench-state-'));
for (const kind of loads) {
  const runs = { off: [], on: [] };
  let fileMb = 0;
  let restartMs = 0;
  let calls = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['off', 'on']) {
      const file = mode === 'on' ? join(folder, `${kind.path.split('/').pop()}-${round}.jsonl`) : undefined;
      const server = await start(file);
      const cpu = cpuMs(server.child.pid);
      const result = await load(server.port, kind.path, kind.body(server.health.agent_id));
      runs[mode].push({
        rps: result.requests.average,
        p99: result.latency.p99,
        // Over the load only: the calls' timelines go on after it, and are not counted.
        cpu: ((cpuMs(server.child.pid) - cpu) * 1000) / result.requests.total,
        errors: result.non2xx + result.errors,
      });
      await stop(server.child);
      if (file) {
        fileMb = statSync(file).size / 1e6;
        const again = await start(file);
        restartMs = again.ms;
        calls = result.requests.total;
        await stop(again.child);
      }
      console.error(
        `${kind.name} state file ${mode}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms`,
      );
    }
  }
  const off = { rps: median(runs.off.map((r) => r.rps)), p99: median(runs.off.map((r) => r.p99)) };
  const on = { rps: median(runs.on.map((r) => r.rps)), p99: median(runs.on.map((r) => r.p99)) };
  const throughput = runs.on.map((r, i) => r.rps / runs.off[i].rps);
  const p99 = runs.on.map((r, i) => r.p99 / runs.off[i].p99);
  const cpu = { off: median(runs.off.map((r) => r.cpu)), on: median(runs.on.map((r) => r.cpu)) };
  const errors = [...runs.off, ...runs.on].reduce((n, r) => n + r.errors, 0);
  rows.push({ kind, off, on, throughput, p99, cpu, fileMb, restartMs, calls, errors });
}
rmSync(folder, { recursive: true, force: true });

const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0));
const mark = (ok) => (ok ? '✓' : '✗');
console.log(
  `\n${CONNECTIONS} connections, ${DURATION} s per load, ${ROUNDS} rounds (off then on), medians; Node ${process.version}\n`,
);
console.log(
  '| load | req/s off | req/s on | on ÷ off (≥ 0.7) | p99 ms off | p99 ms on | on ÷ off (≤ 2) | file after one load | restart from it |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const throughput = median(r.throughput);
  const p99 = median(r.p99);
  const errors = r.errors ? ` (non-2xx: ${r.errors})` : '';
  console.log(
    `| ${r.kind.name}${errors} | ${fmt(r.off.rps)} | ${fmt(r.on.rps)} | ${throughput.toFixed(2)} ${mark(throughput >= 0.7)} | ${r.off.p99} | ${r.on.p99} | ${p99.toFixed(2)} ${mark(p99 <= 2)} | ${r.fileMb.toFixed(0)} MB (${fmt(r.calls)} creates) | ${r.restartMs.toFixed(0)} ms |`,
  );
}
console.log('\n| load | server CPU µs per create, off | on | on ÷ off |');
console.log('| --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.kind.name} | ${r.cpu.off.toFixed(0)} | ${r.cpu.on.toFixed(0)} | ${(r.cpu.on / r.cpu.off).toFixed(2)} |`,
  );
console.log("\nEach round's on ÷ off:");
for (const r of rows)
  console.log(
    `- ${r.kind.name}: req/s ${r.throughput.map((x) => x.toFixed(2)).join(', ')}; p99 ${r.p99.map((x) => x.toFixed(2)).join(', ')}`,
  );
