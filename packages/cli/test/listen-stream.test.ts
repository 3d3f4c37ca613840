// listen --forward-to over the event stream, against the real mock server over HTTP and a real receiver that
// verifies each signature: every event exactly once and in order, across stream cuts (the mock's chaos),
// a restart of listen itself (its resume file), a restart of the server (its state file), and against a
// server that does not stream (polling).
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '@kaicalls/mock/server';
import { verify } from 'kaicalls/webhooks';
import { describe, expect, it } from 'vitest';
import { apiProxy, mockEnv, run, runJson, startCli } from './helpers.js';

type MockServer = Awaited<ReturnType<typeof startMockServer>>;

/** A webhook endpoint that verifies each forward with the profile's secret and keeps the ids in order. */
async function receiver(secret: () => string) {
  const ids: string[] = [];
  const rejected: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        ids.push((verify(Buffer.concat(chunks), req.headers, secret()) as { id: string }).id);
        res.writeHead(204).end();
      } catch (error) {
        rejected.push(String((error as { reason?: string }).reason));
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    ids,
    rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every event id of the log, oldest first. */
async function logIds(env: NodeJS.ProcessEnv): Promise<string[]> {
  const page = await runJson(['events', 'list', '--all', '--limit', '100'], { env });
  return (page.data as { id: string }[]).map((e) => e.id).reverse();
}

/** Waits until `check` holds. */
async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}

/** Places a call and waits (through the CLI) until it is done, whatever its outcome. */
async function placeAndWait(env: NodeJS.ProcessEnv, to: string): Promise<void> {
  const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
  const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', to], { env });
  await run(['calls', 'wait', call.id], { env });
}

/**
 * Runs listen, stops it (Ctrl+C) in the middle of a call, places a second call while it is down, starts it
 * again, and checks that the receiver got every event stored since the first start, once each, in order.
 */
async function acrossARestartOfListen(
  env: NodeJS.ProcessEnv,
  extra: string[] = [],
): Promise<{
  first: ReturnType<typeof startCli>;
  second: ReturnType<typeof startCli>;
  hooks: Awaited<ReturnType<typeof receiver>>;
}> {
  const secret = (await run(['listen', '--print-secret'], { env })).stdout.trim();
  const hooks = await receiver(() => secret);
  try {
    const before = new Set(await logIds(env));
    const first = startCli(['listen', '--forward-to', hooks.url, ...extra], { env });
    await first.until(() => first.output.stdout.includes('Ready!'), 'the ready line');
    const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
    const a = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550100'], { env });
    await until(() => hooks.ids.length >= 3, 'three forwards');
    expect(await first.stop()).toBe(0);
    const forwardedBefore = hooks.ids.length;
    // While listen is down: the rest of the first call, and a second one.
    await placeAndWait(env, '+15005550103');
    await run(['calls', 'wait', a.id], { env });

    const second = startCli(['listen', '--forward-to', hooks.url, ...extra], { env });
    await second.until(() => second.output.stdout.includes('Resuming after'), 'the resume line');
    expect(second.output.stdout).toContain(`Resuming after ${hooks.ids[forwardedBefore - 1]}`);
    const expected = (await logIds(env)).filter((id) => !before.has(id));
    await until(() => hooks.ids.length >= expected.length, `${expected.length} forwards`);
    // A moment more: a repeat would arrive now.
    await new Promise((r) => setTimeout(r, 300));
    expect(hooks.ids).toEqual(expected);
    expect(hooks.rejected).toEqual([]);
    expect(await second.stop()).toBe(0);
    return { first, second, hooks };
  } finally {
    await hooks.close();
  }
}

describe.concurrent('listen --forward-to over the event stream', () => {
  it('every event once and in order, across stream cuts and a restart of listen; the resume file is kept', async () => {
    // The mock drops a stream after a quarter of the events it sends: listen reconnects with Last-Event-ID.
    const server = await startMockServer({ port: 0, speed: 50, chaos: { streamCutRate: 0.25 } });
    try {
      const env = mockEnv(server);
      const { first, second, hooks } = await acrossARestartOfListen(env, ['--verbose']);
      const reconnections = (first.output.stderr + second.output.stderr).match(/reconnecting/g) ?? [];
      expect(reconnections.length).toBeGreaterThan(0);
      // The resume file: per profile, API and URL, under the config directory, mode 0600.
      const dir = join(env.XDG_CONFIG_HOME!, 'kaicalls', 'listen');
      const files = readdirSync(dir);
      expect(files).toEqual([expect.stringMatching(/^default-[0-9a-f]{16}\.json$/)]);
      const file = join(dir, files[0]!);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        last_event_id: hooks.ids.at(-1),
        profile: 'default',
        base_url: server.baseUrl,
        forward_to: hooks.url,
      });
    } finally {
      await server.close();
    }
  });

  it('against a server that does not stream: polls, and resumes after a restart the same way', async () => {
    const server = await startMockServer({ port: 0, speed: 50 });
    const proxy = await apiProxy(server.baseUrl, { streams: false });
    try {
      const env = { ...mockEnv(server), KAICALLS_BASE_URL: proxy.baseUrl };
      const { first, second } = await acrossARestartOfListen(env, ['--interval', '100']);
      expect(proxy.requests).toContain('GET /v1/events/stream');
      expect(proxy.requests.filter((r) => r === 'GET /v1/events').length).toBeGreaterThan(5);
      // Said only with --verbose.
      expect(first.output.stderr + second.output.stderr).toBe('');
      const verbose = startCli(['listen', '--verbose'], { env });
      await verbose.until(() => verbose.output.stdout.includes('Ready!'), 'the ready line');
      expect(await verbose.stop()).toBe(0);
      expect(verbose.output.stderr).toMatch(
        /\[info\] The server does not stream events \(.*\); polling GET \/v1\/events/,
      );
    } finally {
      await proxy.close();
      await server.close();
    }
  });

  it('across a restart of the server (its state file): every event once and in order; --from-now skips the rest', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'kaicalls-cli-state-')), 'state.json');
    let server: MockServer = await startMockServer({ port: 0, speed: 50, stateFile });
    const port = Number(new URL(server.baseUrl).port);
    try {
      const env = mockEnv(server);
      const secret = (await run(['listen', '--print-secret'], { env })).stdout.trim();
      const hooks = await receiver(() => secret);
      try {
        const before = new Set(await logIds(env));
        const listen = startCli(['listen', '--forward-to', hooks.url, '--verbose'], { env });
        await listen.until(() => listen.output.stdout.includes('Ready!'), 'the ready line');
        await placeAndWait(env, '+15005550102');
        await until(() => hooks.ids.length >= 3, 'three forwards');
        await server.close();
        // Down long enough that the SDK's own reconnections (Last-Event-ID) give up: listen waits on, and
        // opens the stream again after the last event it forwarded.
        await new Promise((r) => setTimeout(r, 4_000));
        server = await startMockServer({ port, speed: 50, stateFile });
        await placeAndWait(env, '+15005550103');
        const expected = (await logIds(env)).filter((id) => !before.has(id));
        await until(() => hooks.ids.length >= expected.length, `${expected.length} forwards`);
        await new Promise((r) => setTimeout(r, 300));
        expect(hooks.ids).toEqual(expected);
        expect(listen.output.stderr).toMatch(/reconnecting in \d+ ms with Last-Event-ID evt_\w+/);
        expect(listen.output.stderr).toMatch(
          /! the event stream failed .*; reconnecting in \d+ s after evt_\w+/,
        );
        expect(listen.output.stderr).toMatch(/\[info\] The event stream is live again, after evt_\w+\./);
        expect(await listen.stop()).toBe(0);

        // Events while it is stopped: --from-now does not forward them.
        await placeAndWait(env, '+15005550101');
        const count = hooks.ids.length;
        const fresh = startCli(['listen', '--forward-to', hooks.url, '--from-now'], { env });
        await fresh.until(() => fresh.output.stdout.includes('Ready!'), 'the ready line');
        await new Promise((r) => setTimeout(r, 300));
        expect(fresh.output.stdout).not.toContain('Resuming');
        expect(hooks.ids).toHaveLength(count);
        expect(await fresh.stop()).toBe(0);
      } finally {
        await hooks.close();
      }
    } finally {
      await server.close();
    }
  });
});
