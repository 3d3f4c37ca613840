// `kaicalls calls wait` on a one-minute call (+15005550100, 57 s of the mock's clock, the server at ×10),
// over the call's stream against today's polling (the same server behind a proxy that answers the stream
// routes 404), in one run, interleaved: the requests each wait sends, and the lag of each printed event line
// behind the moment the mock wrote the event (the call's created_at plus the line's offset, against the
// mock's own clock when the line arrives, in real ms; the offset is printed to 0.1 s of mock time, so
// ±5 ms). Run: pnpm --filter @kaicalls/cli bench:wait   (builds first)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@kaicalls/mock/server';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const runs = Number(process.env.RUNS ?? 3);
const speed = 10;

/** A proxy that counts requests; without streams it answers the stream routes 404. */
async function proxy(target, streams) {
  const upstream = new URL(target);
  const counter = { requests: 0 };
  const server = createServer((req, res) => {
    counter.requests++;
    if (!streams && /\/stream(\?|$)/.test(req.url)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"not_found","message":"No such route."}}');
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, counter, server };
}

/** Runs the CLI; `lines` gets each line of stdout with the moment it arrived. */
function cli(args, env, lines = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let partial = '';
    child.stdout.on('data', (chunk) => {
      const at = mock.mock.clock.now();
      stdout += chunk;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ text, at });
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

const mock = await startMockServer({ port: 0, speed, rateLimit: false });
const ways = { stream: await proxy(mock.baseUrl, true), poll: await proxy(mock.baseUrl, false) };
const results = { stream: [], poll: [] };
const home = mkdtempSync(join(tmpdir(), 'kaicalls-bench-'));
const envFor = (url) => ({
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: home,
  KAICALLS_BASE_URL: url,
  KAICALLS_API_KEY: mock.testKey,
});
const agent = JSON.parse((await cli(['agents', 'list', '--json'], envFor(mock.baseUrl))).stdout).data[0].id;
for (let i = 0; i < runs; i++) {
  for (const [name, way] of Object.entries(ways)) {
    const create = ['calls', 'create', '--agent-id', agent, '--to', '+15005550100', '--json'];
    const { id, created_at } = JSON.parse((await cli(create, envFor(mock.baseUrl))).stdout);
    const created = Date.parse(created_at);
    const before = way.counter.requests;
    const lines = [];
    const { code } = await cli(['calls', 'wait', id], envFor(way.url), lines);
    if (code !== 0) throw new Error(`calls wait exited ${code}`);
    // Each event line starts with the event's offset on the mock's clock, which runs `speed` times faster.
    // Events written before the wait printed anything (the backlog while the process started) are not lag.
    const live = lines[0]?.at ?? 0;
    const lags = lines.flatMap(({ text, at }) => {
      const offset = /^ *\+(\d+\.\d)s {2}/.exec(text)?.[1];
      const written = created + Number(offset) * 1000;
      return offset === undefined || written < live ? [] : [(at - written) / speed];
    });
    results[name].push({ requests: way.counter.requests - before, lags });
  }
}
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const row = (name) => {
  const r = results[name];
  const lags = r.flatMap((x) => x.lags);
  return {
    requests: quantile(
      r.map((x) => x.requests),
      0.5,
    ),
    lines: lags.length,
    p50: quantile(lags, 0.5),
    p99: quantile(lags, 0.99),
  };
};
const poll = row('poll');
const stream = row('stream');
console.log(`calls wait on a one-minute call (mock ×${speed}), ${runs} runs each, interleaved`);
console.log(
  '| how | requests per wait (median) | ratio | live event lines | line lag p50 (ms) | p99 (ms) | p50 ratio |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, r] of [
  ['polling (baseline)', poll],
  ['stream', stream],
]) {
  console.log(
    `| ${label} | ${r.requests} | ${(r.requests / poll.requests).toFixed(2)}× | ${r.lines} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${(r.p50 / poll.p50).toFixed(3)}× |`,
  );
}
for (const way of Object.values(ways)) way.server.close();
await mock.close();
