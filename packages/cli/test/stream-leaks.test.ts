// The long-running commands that follow a stream (`calls watch`, `events stream`, `listen`) reconnect
// after every cut: each reconnection must leave no listener behind (Node warns past ten on one signal,
// MaxListenersExceededWarning), and nothing may be lost or repeated. Real processes with --trace-warnings,
// against the real mock server behind a proxy that asks it to cut every stream after one event
// (X-Mock-Scenario: stream-cut), so a call's timeline takes a dozen reconnections or more.
import { createServer } from 'node:http';
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiProxy, mockEnv, run, runJson, startCli } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;
let proxy: Awaited<ReturnType<typeof apiProxy>>;
let direct: NodeJS.ProcessEnv;
let cut: NodeJS.ProcessEnv;
let agent: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  proxy = await apiProxy(server.baseUrl, { streams: true, cut: 'stream-cut', retryMs: 20 });
  direct = mockEnv(server);
  cut = { ...direct, KAICALLS_BASE_URL: proxy.baseUrl, NODE_OPTIONS: '--trace-warnings' };
  agent = (await runJson(['agents', 'list', '--is-active'], { env: direct })).data[0].id;
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

const opens = (path: string) => proxy.requests.filter((r) => r === `GET ${path}`).length;

function expectNoLeak(stderr: string): void {
  expect(stderr).not.toContain('MaxListenersExceededWarning');
  expect(stderr).not.toContain('memory leak');
}

/** Every event id of the log, oldest first. */
async function logIds(): Promise<string[]> {
  const page = await runJson(['events', 'list', '--all', '--limit', '100'], { env: direct });
  return (page.data as { id: string }[]).map((e) => e.id).reverse();
}

/** Places a booked call and one whose SMS fails (directly, not through the cut proxy), waits for both, and
 * returns the ids of the events stored since `before`: what a stream or a forwarder must have delivered. */
async function placeCalls(before: Set<string>): Promise<string[]> {
  for (const to of ['+15005550100', '+15005550107']) {
    const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', to], { env: direct });
    await run(['calls', 'wait', call.id], { env: direct });
  }
  const expected = (await logIds()).filter((id) => !before.has(id));
  expect(expected.length).toBeGreaterThan(11);
  return expected;
}

async function until(check: () => boolean, what: string, ms = 40_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}

describe('long-running stream commands across more than ten reconnections leak no listeners', () => {
  it('calls watch --json: the whole timeline once, in order, then the final call', async () => {
    const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550100'], {
      env: direct,
    });
    const path = `/v1/calls/${call.id}/stream`;
    const watched = await run(['calls', 'watch', call.id, '--json'], { env: cut, timeoutMs: 60_000 });
    expect(watched.code, watched.stderr).toBe(0);
    const lines = watched.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const final = lines.pop();
    const timeline = (
      await runJson(['calls', 'list-events', call.id, '--all', '--limit', '100'], { env: direct })
    ).data;
    expect(lines).toEqual(timeline);
    expect(final).toMatchObject({ id: call.id, status: 'completed' });
    expect(opens(path)).toBeGreaterThan(11);
    expectNoLeak(watched.stderr);
  });

  it('events stream --json: every event of two calls once, in order', async () => {
    const before = new Set(await logIds());
    const stream = startCli(['events', 'stream', '--json'], { env: cut });
    const seen = () =>
      stream.output.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id);
    try {
      await until(() => opens('/v1/events/stream') >= 1, 'the first stream open');
      await new Promise((r) => setTimeout(r, 300));
      const openedBefore = opens('/v1/events/stream');
      const expected = await placeCalls(before);
      await until(() => seen().length >= expected.length, `${expected.length} events`);
      await new Promise((r) => setTimeout(r, 300));
      expect(seen()).toEqual(expected);
      expect(opens('/v1/events/stream') - openedBefore).toBeGreaterThan(10);
    } finally {
      expect(await stream.stop()).toBe(0);
    }
    expectNoLeak(stream.output.stderr);
  });

  it('listen --forward-to (stream mode): every event forwarded once, in order', async () => {
    const ids: string[] = [];
    const hooks = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        ids.push((JSON.parse(Buffer.concat(chunks).toString()) as { id: string }).id);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hooks.address() as { port: number }).port}/hooks`;
    const before = new Set(await logIds());
    const listen = startCli(['listen', '--forward-to', url, '--from-now'], { env: cut });
    try {
      await listen.until(() => listen.output.stdout.includes('Ready!'), 'the ready line');
      const openedBefore = opens('/v1/events/stream');
      const expected = await placeCalls(before);
      await until(() => ids.length >= expected.length, `${expected.length} forwards`);
      await new Promise((r) => setTimeout(r, 300));
      expect(ids).toEqual(expected);
      expect(opens('/v1/events/stream') - openedBefore).toBeGreaterThan(10);
    } finally {
      expect(await listen.stop()).toBe(0);
      await new Promise<void>((resolve) => hooks.close(() => resolve()));
    }
    expectNoLeak(listen.output.stderr);
  });
});
