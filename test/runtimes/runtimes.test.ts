// The compatibility matrix's runtimes beyond Node: Bun, Deno and workerd (Cloudflare Workers' runtime),
// each a real binary from the npm registry (runtimes.ts), running the built SDK bundled with esbuild as an
// app would bundle it: calls against the mock server over HTTP, and webhook verification on the
// runtime's own crypto. The rows run side by side.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type MockServer, startMockServer } from '@kaicalls/mock/server';
import { build } from 'esbuild';
import { generateSecret, sign } from 'kaicalls/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';
import { runtime } from './runtimes.js';
import type { ScenarioInput } from './scenario.js';

const exec = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

let work: string;
let server: MockServer;
let input: ScenarioInput;

beforeAll(async () => {
  ensureBuilt('packages/sdk');
  work = mkdtempSync(join(tmpdir(), 'kaicalls-runtimes-'));
  server = await startMockServer({ port: 0, speed: 1000 });
  const secret = generateSecret();
  const delivery = sign(
    {
      id: 'evt_matrix000001',
      type: 'webhook.test',
      createdAt: new Date().toISOString(),
      data: { webhookId: 'whk_1', message: 'hi' },
    },
    secret,
  );
  input = { baseUrl: server.baseUrl, apiKey: server.testKey, secret, delivery };
  // One bundle per entry, platform-neutral ESM: what a Bun, Deno or Workers app ships.
  await build({
    entryPoints: { cli: join(here, 'cli.ts'), worker: join(here, 'worker.ts') },
    outdir: work,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'error',
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const expected = {
  agents: 1,
  status: 'busy',
  notFound: 404,
  event: 'webhook.test',
  fromRequest: 'evt_matrix000001',
  tampered: 'invalid_signature',
};

/** The mock server's JSON answer to a GET (or a POST of `body`) with its test key. */
async function api(path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${server.testKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe.concurrent('the SDK in other runtimes', () => {
  it('Bun', async () => {
    const bun = runtime('bun');
    const { stdout } = await exec(bun, [join(work, 'cli.mjs'), JSON.stringify(input)], { timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual(expected);
    const { stdout: version } = await exec(bun, ['--version']);
    expect(version.trim()).toMatch(/^1\./);
  }, 40_000);

  it('Deno', async () => {
    const { stdout } = await exec(
      runtime('deno'),
      [
        'run',
        '--quiet',
        '--no-config',
        '--allow-net=127.0.0.1',
        join(work, 'cli.mjs'),
        JSON.stringify(input),
      ],
      { timeout: 30_000, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } },
    );
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 40_000);

  it("Deno's EventSource follows a call's stream through cuts, resuming by Last-Event-ID itself", async () => {
    const agent = (await api('/v1/agents?is_active=true')).data[0].id;
    const call = await api('/v1/calls', { agent_id: agent, to: '+15005550100' });
    await expect
      .poll(async () => (await api(`/v1/calls/${call.id}`)).summary, { timeout: 20_000 })
      .toBeTruthy();
    const timeline = (await api(`/v1/calls/${call.id}/events?limit=100`)).data as Array<{
      sequence: number;
      type: string;
    }>;
    // EventSource cannot send headers: a pass-through proxy adds the key, and cuts every connection after
    // three events (the mock's chaos scenario), so the browser-standard client must resume on its own.
    const proxy = createHttpServer((req, res) => {
      const upstream = httpRequest(
        `${server.baseUrl}${req.url}`,
        {
          method: req.method,
          headers: {
            ...req.headers,
            host: new URL(server.baseUrl).host,
            authorization: `Bearer ${server.testKey}`,
            'x-mock-scenario': 'stream-cut-3',
          },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          // A cut upstream is a cut here: the client sees the connection drop, not a stall.
          answer.on('close', () => answer.complete || res.destroy());
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as { port: number };
      const types = [...new Set(timeline.map((e) => e.type))];
      const { stdout } = await exec(
        runtime('deno'),
        [
          'run',
          '--quiet',
          '--no-config',
          '--allow-net=127.0.0.1',
          join(here, 'eventsource.mjs'),
          `http://127.0.0.1:${port}/v1/calls/${call.id}/stream`,
          JSON.stringify(types),
        ],
        { timeout: 60_000, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } },
      );
      const read = JSON.parse(stdout);
      expect(read.received.map((e: { data: unknown }) => e.data)).toEqual(timeline);
      expect(read.received.map((e: { id: string }) => e.id)).toEqual(timeline.map((e) => String(e.sequence)));
      expect(read.opens).toBe(Math.ceil(timeline.length / 3) + (timeline.length % 3 === 0 ? 1 : 0));
      expect(read.end).toMatchObject({
        object: 'stream.end',
        last_sequence: timeline.length,
        call: { id: call.id },
      });
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 90_000);

  it('workerd (Cloudflare Workers), fetching the mock server from inside a Worker', async () => {
    const port = await freePort();
    // "internet" is the service a Worker's fetch() goes through; this one may reach loopback.
    writeFileSync(
      join(work, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
);
`,
    );
    const child = spawn(runtime('workerd'), ['serve', join(work, 'config.capnp')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    try {
      let response: Response | undefined;
      for (let tries = 0; !response && tries < 100; tries++) {
        response = await fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          body: JSON.stringify(input),
        }).catch(() => new Promise<undefined>((resolve) => setTimeout(resolve, 100)));
      }
      if (!response) throw new Error(`workerd did not answer:\n${log}`);
      expect(await response.json()).toEqual(expected);
    } finally {
      child.kill('SIGTERM');
    }
  }, 40_000);
});
