#!/usr/bin/env node
// The server's streams against polling (the baseline), in one run on this machine: N calls at once, each
// followed to the end of its timeline over `GET /v1/calls/{id}/stream`, then N more followed by polling
// `GET /v1/calls/{id}/events?after_sequence=` at the server's `X-Poll-Interval-Ms`, as the SDK's `wait`
// did. For each: requests, the lag from the moment an event happens on the mock's clock to the moment the
// client has it (real ms, for events once every client follows), and the server's memory (RSS of its
// process) idle, once all N clients follow, and at its peak. Run: pnpm --filter @kaicalls/mock bench:streams
// Options: --calls <n> (default 1000), --speed <x> (default 10: a one-minute call plays in about 7 s),
// --only follow|fanout (one of the two parts).
import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rssMb, sleep } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '1000' },
    speed: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const CALLS = Number(values.calls);
const SPEED = Number(values.speed);
// Answered, a conversation, the analysis, a booking and its SMS: the longest timeline of the test numbers.
const TO = '+15005550100';
/** Calls whose completions every event stream of the fan-out phase receives. */
const FANOUT_CALLS = 100;

const SEPARATOR = Buffer.from('\n\n');
const READY = Buffer.from('event: ready');
const CREATED_AT = Buffer.from('"created_at":"');
/** The wall clock, below the millisecond. */
const now = () => performance.timeOrigin + performance.now();
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function startServer() {
  const child = spawn(
    process.execPath,
    [
      join(here, '../dist/bin.js'),
      '--port',
      '0',
      '--speed',
      String(SPEED),
      '--no-rate-limit',
      '--quiet',
      '--json',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  const ready = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, ...ready };
}

/**
 * Maps the mock's clock to the wall clock: the real time at which a mock instant happens. From the
 * quickest of a few reads of the server's clock (the first request of a process is slow, and lopsided).
 */
async function clockMap(server) {
  let best;
  for (let i = 0; i < 10; i++) {
    const before = performance.now();
    const clock = await (await fetch(`${server.url}/_mock/clock`)).json();
    const after = performance.now();
    if (!best || after - before < best.rtt)
      best = { rtt: after - before, wall: now() - (after - before) / 2, mock: clock.now_ms };
  }
  return (instant) => best.wall + (Date.parse(instant) - best.mock) / SPEED;
}

function client(server) {
  let requests = 0;
  const headers = { authorization: `Bearer ${server.api_key}` };
  return {
    get requests() {
      return requests;
    },
    async place() {
      requests++;
      const res = await fetch(`${server.base_url}/v1/calls`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: server.agent_id, to: TO }),
      });
      if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
      return (await res.json()).id;
    },
    /** Follows a call's stream to its end; calls `onEvent(event)` as each arrives. */
    async stream(callId, onEvent, onOpen) {
      requests++;
      const res = await fetch(`${server.base_url}/v1/calls/${callId}/stream`, { headers });
      if (res.status !== 200) throw new Error(`stream: ${res.status} ${await res.text()}`);
      onOpen?.();
      let buffer = '';
      for await (const text of res.body.pipeThrough(new TextDecoderStream())) {
        buffer += text;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data && event !== 'ready' && event !== 'end') onEvent(JSON.parse(data));
        }
      }
    },
    /** Polls a call's timeline at the server's hint until it says the call is over. */
    async poll(callId, onEvent, onFirst) {
      let after = 0;
      for (let i = 0; ; i++) {
        requests++;
        const res = await fetch(
          `${server.base_url}/v1/calls/${callId}/events?after_sequence=${after}&limit=100`,
          {
            headers,
          },
        );
        if (res.status !== 200) throw new Error(`poll: ${res.status} ${await res.text()}`);
        const page = await res.json();
        for (const event of page.data) onEvent(event);
        if (i === 0) onFirst();
        after = page.data.at(-1)?.sequence ?? after;
        const interval = res.headers.get('x-poll-interval-ms');
        if (interval === null) return;
        await sleep(Number(interval));
      }
    },
  };
}

async function phase(server, follow) {
  const api = client(server);
  const wallOf = await clockMap(server);
  const lags = [];
  const before = rssMb(server.child.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.child.pid))), 50);
  const ids = await Promise.all(Array.from({ length: CALLS }, () => api.place()));
  let opened = 0;
  let since = Number.POSITIVE_INFINITY;
  let allOpen;
  const open = new Promise((resolve) => (allOpen = resolve));
  const started = performance.now();
  const done = Promise.all(
    ids.map((id) => {
      // Only what happens once every client follows (all streams open, every first poll answered): what
      // happened before is late by construction (a backlog), and opening 1,000 connections keeps this one
      // client process busy for a while.
      const onEvent = (event) => {
        const at = wallOf(event.occurred_at);
        if (at >= since) lags.push(now() - at);
      };
      const following = () => {
        if (++opened === CALLS) {
          since = now();
          allOpen();
        }
      };
      return follow === 'stream' ? api.stream(id, onEvent, following) : api.poll(id, onEvent, following);
    }),
  );
  const rssOpen = await open.then(() => rssMb(server.child.pid));
  await done;
  clearInterval(sampler);
  const left = (await (await fetch(`${server.url}/_mock/clock`)).json()).open_streams;
  if (left !== 0) throw new Error(`${left} streams still open on the server after every call ended`);
  lags.sort((a, b) => a - b);
  return {
    name: follow === 'stream' ? 'stream (`/stream`)' : 'polling (`/events`)',
    requests: api.requests,
    perCall: api.requests / CALLS,
    events: lags.length,
    p50: quantile(lags, 0.5),
    p99: quantile(lags, 0.99),
    seconds: (performance.now() - started) / 1000,
    before,
    rssOpen,
    peak,
  };
}

/**
 * `streams` event streams (`types=call.completed`), then FANOUT_CALLS calls placed at once: each stream must
 * get every completion. RSS with the streams open and idle, and the lag of each completion on each stream.
 */
async function fanOut(server, streams) {
  const api = client(server);
  const wallOf = await clockMap(server);
  const before = rssMb(server.child.pid);
  const lags = [];
  let ready = 0;
  let allReady;
  const live = new Promise((resolve) => (allReady = resolve));
  // node:http and Buffer scanning rather than fetch and text: 1,000 streams receive 100,000 events here,
  // and the client must not be what is measured.
  const url = new URL(`${server.base_url}/v1/events/stream?types=call.completed`);
  const done = Promise.all(
    Array.from(
      { length: streams },
      () =>
        new Promise((resolve, reject) => {
          const req = httpGet(url, { headers: { authorization: `Bearer ${server.api_key}` } }, (res) => {
            let carry = Buffer.alloc(0);
            let completions = 0;
            res.on('data', (chunk) => {
              const arrived = now();
              let buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk;
              let end = buffer.indexOf(SEPARATOR);
              while (end >= 0) {
                const block = buffer.subarray(0, end);
                buffer = buffer.subarray(end + 2);
                end = buffer.indexOf(SEPARATOR);
                if (block.includes(READY)) {
                  if (++ready === streams) allReady();
                  continue;
                }
                // The event's own created_at comes first (id, type, created_at, data).
                const at = block.indexOf(CREATED_AT);
                if (at < 0) continue;
                const instant = block.toString('latin1', at + CREATED_AT.length, at + CREATED_AT.length + 24);
                lags.push(arrived - wallOf(instant));
                if (++completions === FANOUT_CALLS) {
                  req.destroy();
                  return resolve();
                }
              }
              carry = Buffer.from(buffer);
            });
            res.on('error', reject);
          });
          req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
        }),
    ),
  );
  await live;
  await sleep(200);
  const open = rssMb(server.child.pid);
  let peak = open;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.child.pid))), 50);
  await Promise.all(Array.from({ length: FANOUT_CALLS }, () => api.place()));
  await done;
  clearInterval(sampler);
  lags.sort((a, b) => a - b);
  await sleep(300);
  return {
    streams,
    before,
    open,
    peak,
    messages: lags.length,
    p50: quantile(lags, 0.5),
    p99: quantile(lags, 0.99),
  };
}

const server = await startServer();
try {
  await sleep(200);
  const idle = rssMb(server.child.pid);
  console.log(
    `${CALLS} clients, speed ×${SPEED}, server RSS idle ${idle.toFixed(0)} MB (Node ${process.version}, ${process.platform})\n`,
  );
  if (values.only !== 'fanout') {
    const streams = await phase(server, 'stream');
    const polling = await phase(server, 'poll');
    const row = (r) =>
      `| ${r.name} | ${r.requests} (${r.perCall.toFixed(1)} a call) | ${r.events} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.seconds.toFixed(1)} s | ${r.rssOpen.toFixed(0)} MB | ${r.peak.toFixed(0)} MB |`;
    console.log(`${CALLS} calls to ${TO} placed at once, each followed to the end of its timeline:\n`);
    console.log(
      '| follow by | requests | events timed | lag p50 | lag p99 | wall time | RSS, all following | RSS peak |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(row(streams));
    console.log(row(polling));
    console.log(
      `stream / polling: requests ×${(streams.requests / polling.requests).toFixed(3)}, lag p50 ×${(streams.p50 / polling.p50).toFixed(3)}, p99 ×${(streams.p99 / polling.p99).toFixed(3)}, RSS peak ×${(streams.peak / polling.peak).toFixed(2)}\n`,
    );
  }
  if (values.only !== 'follow') {
    const single = await fanOut(server, 1);
    const fanned = await fanOut(server, CALLS);
    console.log(
      `Event streams (types=call.completed), ${FANOUT_CALLS} calls placed at once, every completion on every stream:\n`,
    );
    console.log(
      '| event streams | RSS before | RSS, all open and idle | RSS peak | messages | lag p50 | lag p99 |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const f of [single, fanned])
      console.log(
        `| ${f.streams} | ${f.before.toFixed(0)} MB | ${f.open.toFixed(0)} MB | ${f.peak.toFixed(0)} MB | ${f.messages} | ${f.p50.toFixed(1)} ms | ${f.p99.toFixed(1)} ms |`,
      );
    console.log(
      `${CALLS} / 1 event streams: lag p99 ×${(fanned.p99 / single.p99).toFixed(1)}; ${CALLS} idle streams take ${(fanned.open - fanned.before).toFixed(0)} MB (${(((fanned.open - fanned.before) * 1024) / CALLS).toFixed(1)} kB a stream)`,
    );
  }
} finally {
  server.child.kill('SIGTERM');
}
