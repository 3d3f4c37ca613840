// The built `kaicalls-mock` binary over real HTTP, as a CI job in any language meets it: receivers that
// verify with the `standardwebhooks` library and no options (speed 1 and 20), a clock that starts now,
// ids that never repeat, CORS, HEAD, the spec, a control API no web page can drive, the request journal,
// fixtures, and a process that stops within a second however it was started.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { listening, type Running, startBinary } from './binary.js';
import { BOOKED_CALL_EVENTS } from './expected-events.js';
import { request } from './setup.js';

beforeAll(() => ensureBuilt('packages/mock'), 120_000);

const running: Running[] = [];
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) await server.stop();
});
async function start(args: string[] = [], options?: Parameters<typeof startBinary>[1]) {
  const server = await startBinary(['--port', '0', '--quiet', ...args], options);
  running.push(server);
  return server;
}
const tmp = () => mkdtempSync(join(tmpdir(), 'kaicalls-mock-bin-'));
const control = (server: Running, method: string, path: string, body?: unknown) =>
  request(server.url, method, `/_mock/${path}`, body === undefined ? {} : { body });

/** A request with any `Host` header (fetch sets its own): what a DNS-rebinding page's browser sends. */
async function raw(server: Running, method: string, path: string, headers: Record<string, string>) {
  const { request: send } = await import('node:http');
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    send(`${server.url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    })
      .on('error', reject)
      .end();
  });
}

interface Received {
  path: string;
  type: string;
  id: string;
  /** What `standardwebhooks` said when the request arrived: null when it verified. */
  error: string | null;
}

/** A webhook endpoint that verifies every delivery on arrival, as a receiver would: no options. */
async function receiver(secrets: Record<string, () => string>, respond: 'ok' | 'hang' = 'ok') {
  const received: Received[] = [];
  const http = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      let error: string | null = null;
      try {
        new Webhook(secrets[req.url!]!()).verify(body, req.headers as Record<string, string>);
      } catch (e) {
        error = (e as Error).message;
      }
      received.push({
        path: req.url!,
        type: JSON.parse(body).type,
        id: String(req.headers['webhook-id']),
        error,
      });
      if (respond === 'ok') res.end('ok');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  afterAll(() => {
    http.closeAllConnections();
    http.close();
  });
  return { url, received };
}

async function until(check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
}

describe.each([1, 20])('webhooks of the built server at speed %i', (speed) => {
  it('delivers every event of a full call, each verified at real time with no options', async () => {
    const server = await start(['--speed', String(speed)]);
    const { body: health } = await control(server, 'GET', 'health');
    let subscriptionSecret = '';
    const hook = await receiver({
      '/call': () => health.webhook_secret,
      '/subscription': () => subscriptionSecret,
    });
    const api = (method: string, path: string, body?: unknown) =>
      request(server.url, method, path, { key: health.test_key, ...(body === undefined ? {} : { body }) });
    const subscription = await api('POST', '/v1/webhooks', {
      url: `${hook.url}/subscription`,
      events: ['*'],
    });
    subscriptionSecret = subscription.body.secret;
    // A mock clock far ahead of the wall clock: the timestamps must not follow it.
    await control(server, 'POST', 'clock/advance', { ms: 3_600_000 });
    const call = await api('POST', '/v1/calls', {
      agent_id: health.agent_id,
      to: '+15005550100',
      webhook_url: `${hook.url}/call`,
    });
    expect(call.status).toBe(201);
    // Speed 1 moves the clock past the call as a CI job does; speed 20 plays it in real time.
    if (speed === 1) await control(server, 'POST', 'clock/advance', { ms: 600_000 });
    const done = () =>
      ['/call', '/subscription'].every((path) =>
        hook.received.some((r) => r.path === path && r.type === 'sms.delivered'),
      );
    expect(await until(done, 30_000)).toBe(true);

    for (const path of ['/call', '/subscription']) {
      const got = hook.received.filter((r) => r.path === path);
      expect(got.map((r) => r.error)).toEqual(got.map(() => null));
      expect(new Set(got.map((r) => r.id)).size).toBe(got.length);
      // Attempts run concurrently, so arrival order is not event order (receivers order by created_at).
      expect(got.map((r) => r.type).sort()).toEqual([...BOOKED_CALL_EVENTS].sort());
    }
    const attempts = (await control(server, 'GET', 'deliveries')).body.data;
    expect(attempts[0]).toMatchObject({
      delivery_id: expect.stringMatching(/^dlv_/),
      event_type: 'call.queued',
    });
    const { code, ms } = await server.stop();
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1_000);
  }, 60_000);
});

describe('the built server as a process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints a readiness line, keeps a pid file, and on %s stops and frees the port within a second',
    async (signal) => {
      const pidFile = join(tmp(), 'mock.pid');
      const server = await start(['--pid-file', pidFile]);
      expect(server.stdout()).toMatch(
        new RegExp(`^Ready at ${server.url} \\(pid ${server.child.pid}\\)`, 'm'),
      );
      expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(server.child.pid));
      const { code, ms } = await server.stop(signal);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(1_000);
      expect(await listening(server.url)).toBe(false);
      expect(existsSync(pidFile)).toBe(false);
    },
  );

  it('stops within a second when the npx that started it gets SIGTERM (no orphan keeps the port)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(
      fileURLToPath(new URL('../bin/kaicalls-mock.js', import.meta.url)),
      join(dir, 'node_modules/.bin/kaicalls-mock'),
    );
    writeFileSync(join(dir, 'package.json'), '{"name":"npx-probe","private":true}');
    const { spawn } = await import('node:child_process');
    const npx = spawn('npx', ['--no-install', 'kaicalls-mock', '--port', '0', '--quiet'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npx.stdout.on('data', (chunk) => (out += chunk));
    expect(await until(() => /^Ready at /m.test(out), 20_000)).toBe(true);
    const url = /^Ready at (\S+)/m.exec(out)![1]!;
    npx.kill('SIGTERM');
    const started = Date.now();
    expect(await until(() => false, 1_000)).toBe(false);
    expect(await listening(url)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
  }, 30_000);

  it('shows a real agent id, the test key and the webhook secret, and warns when it listens beyond loopback', async () => {
    const server = await start(['--host', '0.0.0.0']);
    const out = server.stdout();
    const agent = /Agent +(agt_\w+)/.exec(out)![1]!;
    const key = /KAICALLS_API_KEY=(\S+)/.exec(out)![1]!;
    expect(out).toMatch(/Webhook secret +whsec_/);
    expect(out).toContain('on 0.0.0.0:');
    expect(server.stderr()).toMatch(/warning: listening on 0\.0\.0\.0:\d+, which is not a loopback address/);
    expect((await request(server.url, 'GET', `/v1/agents/${agent}`, { key })).status).toBe(200);
  });
});

describe('startMockServer used from code', () => {
  it('warns when it listens beyond loopback: on stderr by default, or through the warn option', async () => {
    const { spawn } = await import('node:child_process');
    const dist = new URL('../dist/server.js', import.meta.url).href;
    const script = `import { startMockServer } from ${JSON.stringify(dist)};
      for (const host of ['127.0.0.1', '0.0.0.0']) await (await startMockServer({ host })).close();`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[@kaicalls\/mock\] warning: listening on 0\.0\.0\.0:\d+, which is not a loopback address\. Anyone who can reach port \d+ can call the API and drive the control API/,
    );

    const { startMockServer } = await import('../src/server.js');
    const warnings: string[] = [];
    for (const host of ['127.0.0.1', '0.0.0.0'])
      await (await startMockServer({ host, warn: (message) => warnings.push(message) })).close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^listening on 0\.0\.0\.0:\d+, which is not a loopback address/);
  });
});

describe('the built server: time and ids', () => {
  it('starts its clock now (or at --start-time); reset returns to it; advance refuses what is not a sane number', async () => {
    const server = await start();
    const { body: health } = await control(server, 'GET', 'health');
    expect(Math.abs(Date.parse(health.start) - Date.now())).toBeLessThan(5_000);
    const res = await request(server.url, 'GET', '/v1/agents', { key: health.test_key });
    expect(Math.abs(Number(res.headers.get('x-ratelimit-reset')) * 1000 - Date.now())).toBeLessThan(65_000);
    // The Date header and a new record's created_at are the wall clock's time, not a fixed start.
    const created = await request(server.url, 'POST', '/v1/calls', {
      key: health.test_key,
      body: { agent_id: health.agent_id, to: '+15005550102' },
    });
    expect(created.status).toBe(201);
    expect(Math.abs(Date.parse(created.headers.get('date')!) - Date.now())).toBeLessThan(3_000);
    expect(Math.abs(Date.parse(created.body.created_at) - Date.now())).toBeLessThan(3_000);

    for (const ms of [1e16, 1.5, -1, '60000', null]) {
      const refused = await control(server, 'POST', 'clock/advance', { ms });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'invalid_request', param: 'ms' });
    }
    expect((await request(server.url, 'GET', '/v1/agents', { key: health.test_key })).status).toBe(200);
    await control(server, 'POST', 'clock/advance', { ms: 86_400_000 });
    const reset = await control(server, 'POST', 'reset');
    expect(Math.abs(reset.body.now_ms - Date.parse(health.start))).toBeLessThan(5_000);

    const pinned = await start(['--start-time', '2026-03-02T14:00:00Z']);
    expect((await control(pinned, 'GET', 'clock')).body.start).toBe('2026-03-02T14:00:00.000Z');
  });

  it('refuses an advance that would take the clock past 9999-12-31, saying how far it may go', async () => {
    const server = await start(['--start-time', '9999-06-01T00:00:00Z']);
    const year = 365 * 86_400_000;
    const refused = await control(server, 'POST', 'clock/advance', { ms: year });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_request', param: 'ms' });
    expect(refused.body.error.message).toContain('no later than 9999-12-31T23:59:59.999Z');
    expect(refused.body.error.message).toMatch(/is at 9999-06-01T00:00:\d\d\.\d{3}Z/);
    expect(refused.body.error.request_id).toMatch(/^req_/);
    const moved = await control(server, 'POST', 'clock/advance', { ms: 86_400_000 });
    expect(moved.status).toBe(200);
    expect(moved.body.now).toMatch(/^9999-06-02T/);
    const late = await startBinary(['--port', '0', '--start-time', '+010000-01-01T00:00:00Z']).catch(
      (error: Error) => error.message,
    );
    expect(late).toMatch(/startTime must be from 1970-01-01 to 9999-12-31T23:59:59.999Z/);
  });

  /** A receiver for the ids tests: it answers 200 and verifies nothing. */
  let sink: Promise<{ url: string; received: Received[] }> | undefined;
  async function firstCall(server: Running) {
    sink ??= receiver({ '/ids': () => 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    const hook = await sink;
    const { body: health } = await control(server, 'GET', 'health');
    const call = await request(server.url, 'POST', '/v1/calls', {
      key: health.test_key,
      body: { agent_id: health.agent_id, to: '+15005550102', webhook_url: `${hook.url}/ids` },
    });
    const events = await request(server.url, 'GET', '/v1/events?limit=1', { key: health.test_key });
    let attempts: Array<Record<string, any>> = [];
    for (let i = 0; i < 100 && attempts.length === 0; i++) {
      attempts = (await control(server, 'GET', 'deliveries')).body.data;
      if (attempts.length === 0) await new Promise((r) => setTimeout(r, 20));
    }
    return {
      call: call.body.id as string,
      event: events.body.data[0].id as string,
      agent: health.agent_id,
      delivery: attempts[0]!.delivery_id as string,
      webhookId: attempts[0]!.headers['webhook-id'] as string,
    };
  }

  it('never repeats call, event and delivery ids across a restart or a reset, unless the seed and start time are pinned', async () => {
    const [a, b] = [await start(), await start()];
    const [first, second] = [await firstCall(a), await firstCall(b)];
    expect(second.agent).toBe(first.agent);
    expect(second.call).not.toBe(first.call);
    expect(second.event).not.toBe(first.event);
    expect(first.delivery).toMatch(/^dlv_/);
    expect(second.delivery).not.toBe(first.delivery);
    expect(first.webhookId).toMatch(/^evt_/);
    expect(second.webhookId).not.toBe(first.webhookId);
    await control(a, 'POST', 'reset');
    const afterReset = await firstCall(a);
    expect([first.call, second.call]).not.toContain(afterReset.call);
    expect([first.delivery, second.delivery]).not.toContain(afterReset.delivery);
    expect([first.webhookId, second.webhookId]).not.toContain(afterReset.webhookId);

    const pin = ['--seed', '3', '--start-time', '2026-03-02T14:00:00Z'];
    const [c, d] = [await start(pin), await start(pin)];
    const pinned = await firstCall(c);
    expect(await firstCall(d)).toEqual(pinned);
    // A reset of a pinned server replays the same run: the same ids again.
    await control(c, 'POST', 'reset');
    expect(await firstCall(c)).toEqual(pinned);
  });

  it('signs byte for byte the same deliveries on two runs with --webhook-timestamps mock-clock and a pinned seed and start', async () => {
    const hook = await receiver({ '/same': () => '' });
    // The bodies carry the mock time each step ran at: a clock that stands (almost) still between the
    // advances makes the whole timeline the advances' alone, whenever the requests arrive.
    const pin = [
      '--seed',
      '5',
      '--start-time',
      '2026-03-02T14:00:00Z',
      '--webhook-timestamps',
      'mock-clock',
      '--speed',
      '0.000001',
    ];
    async function run() {
      const server = await start(pin);
      const { body: health } = await control(server, 'GET', 'health');
      const call = await request(server.url, 'POST', '/v1/calls', {
        key: health.test_key,
        body: { agent_id: health.agent_id, to: '+15005550100', webhook_url: `${hook.url}/same` },
      });
      expect(call.status).toBe(201);
      await control(server, 'POST', 'clock/advance', { ms: 600_000 });
      let attempts: Array<Record<string, any>> = [];
      for (let i = 0; i < 200; i++) {
        attempts = (await control(server, 'GET', 'deliveries')).body.data;
        if (attempts.some((a) => a.event_type === 'sms.delivered')) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await server.stop();
      return attempts
        .map((a) => [
          a.headers['webhook-id'],
          a.headers['webhook-timestamp'],
          a.headers['webhook-signature'],
          a.body,
        ])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    }
    const first = await run();
    expect(first.length).toBe(BOOKED_CALL_EVENTS.length);
    // Signed at the mock's time (2026-03-02), not the wall clock's.
    for (const [, timestamp, , body] of first)
      expect(Number(timestamp)).toBe(Math.floor(Date.parse(JSON.parse(body).created_at) / 1000));
    expect(await run()).toEqual(first);
  });

  it('returns from an advance at once while five calls deliver to an endpoint that never answers', async () => {
    const server = await start();
    const hook = await receiver({ '/hang': () => '' }, 'hang');
    const { body: health } = await control(server, 'GET', 'health');
    for (let i = 0; i < 5; i++)
      await request(server.url, 'POST', '/v1/calls', {
        key: health.test_key,
        body: { agent_id: health.agent_id, to: '+15005550102', webhook_url: `${hook.url}/hang` },
      });
    const started = performance.now();
    expect((await control(server, 'POST', 'clock/advance', { ms: 600_000 })).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(2_000);
    const clock = await control(server, 'GET', 'clock');
    expect(clock.body.webhooks_in_flight).toBeGreaterThan(0);
  });
});

describe('the built server: what browsers and tools expect', () => {
  it('answers CORS preflights and exposes the API headers, with a configurable origin', async () => {
    const server = await start();
    const origin = 'http://localhost:5173';
    const preflight = await fetch(`${server.url}/v1/calls`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, idempotency-key',
    );
    const listed = await fetch(`${server.url}/v1/agents`, { headers: { origin } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = listed.headers.get('access-control-expose-headers')!.split(', ');
    for (const name of [
      'x-request-id',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'retry-after',
    ])
      expect(exposed).toContain(name);

    const pinned = await start(['--cors-origin', 'http://app.test']);
    const answer = await fetch(`${pinned.url}/v1/agents`, { headers: { origin: 'http://app.test' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(answer.headers.get('vary')).toBe('Origin');
  });

  it('answers HEAD wherever GET works, and serves the spec it ships', async () => {
    const server = await start();
    const { body: health } = await control(server, 'GET', 'health');
    const head = await fetch(`${server.url}/v1/agents`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${health.test_key}` },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(head.headers.get('x-request-id')).toMatch(/^req_/);

    // The control API's GETs too (readiness probes such as wait-on send HEAD).
    for (const path of ['health', 'clock', 'deliveries', 'requests']) {
      const got = await fetch(`${server.url}/_mock/${path}`, { method: 'HEAD' });
      expect(got.status, path).toBe(200);
      expect(await got.text()).toBe('');
      expect(got.headers.get('content-type')).toBe('application/json');
      expect(Number(got.headers.get('content-length')), path).toBeGreaterThan(1);
    }
    const [listed, headed] = [
      await fetch(`${server.url}/_mock/deliveries`),
      await fetch(`${server.url}/_mock/deliveries`, { method: 'HEAD' }),
    ];
    expect(headed.headers.get('content-length')).toBe(String((await listed.arrayBuffer()).byteLength));
    expect((await fetch(`${server.url}/_mock/nowhere`, { method: 'HEAD' })).status).toBe(404);

    const json = await fetch(`${server.url}/openapi.json`);
    expect(json.headers.get('content-type')).toBe('application/json');
    const spec = await json.json();
    expect(spec.openapi).toBe('3.1.0');
    const shipped = fileURLToPath(new URL('../generated/openapi.json', import.meta.url));
    expect(spec).toEqual(JSON.parse(readFileSync(shipped, 'utf8')));
    const yaml = await (await fetch(`${server.url}/openapi.yaml`)).text();
    expect(yaml).toContain('openapi: 3.1.0');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.files).toContain('generated');
    expect(manifest.exports['./openapi.json']).toBe('./generated/openapi.json');
  });

  it('refuses the control API to a web page (foreign Origin) and to DNS rebinding (foreign Host)', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    const asked = async (headers: Record<string, string>) =>
      (await fetch(`${server.url}/_mock/reset`, { method: 'POST', headers })).status;
    expect(await asked({ origin: 'http://evil.example' })).toBe(403);
    expect(await asked({ origin: `http://localhost:${port}`, host: `localhost:${port}` })).toBe(200);
    const { request: raw } = await import('node:http');
    const rebound = await new Promise<number>((resolve) =>
      raw(`${server.url}/_mock/health`, { headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).end(),
    );
    expect(rebound).toBe(403);
    expect(await asked({})).toBe(200);
  });
});

describe('the built server on every interface (--host 0.0.0.0): DNS rebinding', () => {
  it('refuses /_mock/ to a Host that is a name it was not given, even with a matching Origin; the API is unaffected', async () => {
    const server = await start([
      '--host',
      '0.0.0.0',
      '--allowed-host',
      'mock',
      '--allowed-host',
      'kaicalls_mock',
    ]);
    const { port } = new URL(server.url);
    const reset = (headers: Record<string, string>) => raw(server, 'POST', '/_mock/reset', headers);
    for (const headers of <Array<Record<string, string>>>[
      { host: `evil.example:${port}`, origin: `http://evil.example:${port}` },
      { host: `evil.example:${port}` },
      { host: `127.0.0.1:${port}`, origin: `http://evil.example:${port}` },
    ]) {
      const refused = await reset(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.body.error).toMatchObject({
        code: 'forbidden',
        request_id: expect.stringMatching(/^req_/),
      });
    }
    const rebound = await reset({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
    expect(rebound.body.error.message).toContain('DNS rebinding');
    expect(rebound.body.error.message).toContain('--allowed-host <name>');
    // Its addresses (at any port, as a Docker port mapping publishes it), localhost and the allowed name.
    // A Docker Compose service name may have an underscore.
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      '[::1]:8080',
      `mock:${port}`,
      `kaicalls_mock:${port}`,
      '10.1.2.3',
    ])
      expect((await reset({ host })).status, host).toBe(200);
    expect((await reset({ host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await reset({ host: 'localhost:8080', origin: `http://localhost:5173` })).status).toBe(403);
    // The API answers whatever the Host: it needs a key, and its CORS is unchanged (off beyond loopback).
    const { body: health } = await control(server, 'GET', 'health');
    const api = await request(server.url, 'GET', '/v1/agents', {
      key: health.test_key,
      headers: { origin: 'http://evil.example' },
    });
    expect(api.status).toBe(200);
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    const apiRebound = await raw(server, 'GET', '/v1/agents', {
      host: `evil.example:${port}`,
      authorization: `Bearer ${health.test_key}`,
    });
    expect(apiRebound.status).toBe(200);

    const bad = await startBinary(['--port', '0', '--allowed-host', 'mock:4010']).catch(
      (e: Error) => e.message,
    );
    expect(bad).toContain('--allowed-host takes a host name without a port');
  });
});

describe('the built server: journal and fixtures', () => {
  it('journals every request, rejected ones included, with the key id and never the key', async () => {
    const server = await start();
    const { body: health } = await control(server, 'GET', 'health');
    const key = health.test_key;
    await request(server.url, 'GET', '/v1/calls');
    await request(server.url, 'POST', '/v1/calls', { key, body: { agent_id: health.agent_id, to: '555' } });
    await request(server.url, 'GET', '/v1/leads', { key, headers: { 'x-mock-scenario': '429' } });
    await request(server.url, 'POST', '/v1/calls', {
      key,
      body: { agent_id: health.agent_id, to: '+15005550102' },
    });
    const huge = await request(server.url, 'POST', '/v1/agents', {
      key,
      body: { name: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(400);
    expect(huge.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    expect(huge.headers.get('x-request-id')).toMatch(/^req_/);

    const all = (await control(server, 'GET', 'requests')).body.data;
    expect(all.map((r: any) => [r.method, r.path, r.operation_id, r.status])).toEqual([
      ['GET', '/v1/calls', 'listCalls', 401],
      ['POST', '/v1/calls', 'createCall', 400],
      ['GET', '/v1/leads', 'listLeads', 429],
      ['POST', '/v1/calls', 'createCall', 201],
      ['POST', '/v1/agents', 'createAgent', 400],
    ]);
    expect(all[0].key_id).toBeNull();
    expect(all[3]).toMatchObject({
      key_id: expect.stringMatching(/^key_/),
      request_id: expect.stringMatching(/^req_/),
      body: { agent_id: health.agent_id, to: '+15005550102' },
      at: expect.any(String),
    });
    expect(JSON.stringify(all)).not.toContain(key);
    const created = await control(server, 'GET', 'requests?operation_id=createCall&status=201');
    expect(created.body.data).toHaveLength(1);
    expect((await control(server, 'GET', 'requests?color=red')).status).toBe(400);
    expect((await control(server, 'DELETE', 'requests')).body).toEqual({ cleared: 5 });
    expect((await control(server, 'GET', 'requests')).body.data).toEqual([]);
  });

  it('loads fixtures from --fixtures and POST /_mock/fixtures, and names the bad record', async () => {
    const probe = await start();
    const { body: health } = await control(probe, 'GET', 'health');
    const agent = (await request(probe.url, 'GET', `/v1/agents/${health.agent_id}`, { key: health.test_key }))
      .body;
    const fixture = { ...agent, id: 'agt_Fixture001', name: 'Fixture agent' };
    const file = join(tmp(), 'fixtures.json');
    writeFileSync(file, JSON.stringify({ agents: [fixture] }));

    const server = await start(['--fixtures', file]);
    const get = (id: string) => request(server.url, 'GET', `/v1/agents/${id}`, { key: health.test_key });
    expect((await get('agt_Fixture001')).body.name).toBe('Fixture agent');
    await control(server, 'POST', 'reset');
    expect((await get('agt_Fixture001')).status).toBe(200);

    const bad = await control(server, 'POST', 'fixtures', {
      agents: [{ ...fixture, id: 'agt_Bad0001', voice: 7 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Fixture agents[0] (agt_Bad0001): voice must be of type string.');
    expect(bad.body.error.param).toBe('agents[0].voice');
    const good = await control(server, 'POST', 'fixtures', { agents: [{ ...fixture, id: 'agt_Posted001' }] });
    expect(good.body).toEqual({ loaded: { agents: 1 } });
    expect((await get('agt_Posted001')).status).toBe(200);

    writeFileSync(file, JSON.stringify({ agents: [{ ...fixture, business_id: undefined }] }));
    const failed = startBinary(['--port', '0', '--fixtures', file]);
    await expect(failed).rejects.toThrow(/Fixture agents\[0\] \(agt_Fixture001\): business_id is required/);
  });
});
