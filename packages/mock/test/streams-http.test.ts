// The streams over real HTTP, on a real-time clock sped up: events as they happen, a connection dropped
// after every event (the timeline resumes exactly once), HEAD, and every stream ending cleanly when the
// mock resets, when the server closes, and when the binary gets SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { startMockServer } from '../src/server.js';
import { startBinary } from './binary.js';
import { ids, type Message, readEvents } from './sse.js';

const SPEED = 100;
const server = await startMockServer({ rateLimit: false, speed: SPEED });
afterAll(() => server.close());
const agentId = [...server.mock.state.agents.values()].find((a) => a.is_active)!.id;

function get(base: string, key: string, path: string, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
}
const api = (path: string, headers?: Record<string, string>) =>
  get(server.baseUrl, server.testKey, path, headers);

async function place(base: string, key: string, agent: string, to = '+15005550100') {
  const res = await fetch(`${base}/v1/calls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ agent_id: agent, to }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('streams over HTTP', () => {
  it('send each timeline event as it happens on the clock, within milliseconds', async () => {
    const callId = await place(server.baseUrl, server.testKey, agentId);
    const lags: number[] = [];
    const read = await readEvents(await api(`/v1/calls/${callId}/stream`), undefined, (message: Message) => {
      // Real milliseconds from the moment the event happened (mock time) to its arrival here.
      if (message.id !== undefined && message.data.sequence > 1)
        lags.push((server.mock.clock.now() - Date.parse(message.data.occurred_at)) / SPEED);
    });
    expect(read.ended).toBe('end');
    const page = (await (await api(`/v1/calls/${callId}/events?limit=100`)).json()) as { data: unknown[] };
    expect(read.messages.slice(1, -1).map((m) => m.data)).toEqual(page.data);
    expect(lags.length).toBeGreaterThan(10);
    // Loose for a loaded CI machine; the benchmark reports the real figures.
    expect(Math.max(...lags)).toBeLessThan(250);
  });

  it('dropped after every event (`stream-cut`), resume with every event exactly once', async () => {
    const callId = await place(server.baseUrl, server.testKey, agentId);
    let last: string | undefined;
    let connections = 0;
    const received: string[] = [];
    for (;;) {
      connections++;
      const read = await readEvents(
        await api(`/v1/calls/${callId}/stream`, {
          'x-mock-scenario': 'stream-cut',
          ...(last ? { 'last-event-id': last } : {}),
        }),
      );
      received.push(...ids(read));
      last = ids(read).at(-1) ?? last;
      if (read.ended === 'end') break;
      expect(read.ended).toBe('cut');
      expect(ids(read)).toHaveLength(1);
    }
    const timeline = server.mock.state.timelines.get(callId)!;
    expect(received).toEqual(timeline.map((e) => String(e.sequence)));
    expect(connections).toBe(timeline.length + 1);
  });

  it('answer HEAD with the stream’s headers and no body', async () => {
    const res = await fetch(`${server.baseUrl}/v1/events/stream`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${server.testKey}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await res.text()).toBe('');
  });

  it('end cleanly when the mock is reset through the control API', async () => {
    const callId = await place(server.baseUrl, server.testKey, agentId, '+15005550105');
    const reads = [
      readEvents(await api(`/v1/calls/${callId}/stream`)),
      readEvents(await api('/v1/events/stream')),
    ];
    const reset = await fetch(`${server.url}/_mock/reset`, { method: 'POST' });
    expect(reset.status).toBeLessThan(300);
    for (const read of await Promise.all(reads)) expect(read.ended).toBe('end');
  });

  it('end cleanly when the server closes, and the close does not wait on them', async () => {
    const own = await startMockServer({ rateLimit: false, speed: SPEED });
    const agent = [...own.mock.state.agents.values()].find((a) => a.is_active)!.id;
    const callId = await place(own.baseUrl, own.testKey, agent, '+15005550105');
    const reads = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        get(own.baseUrl, own.testKey, i % 2 ? '/v1/events/stream' : `/v1/calls/${callId}/stream`),
      ),
    );
    const reading = reads.map((res) => readEvents(res));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    for (const read of await Promise.all(reading)) expect(read.ended).toBe('end');
  });

  it('end cleanly when the binary gets SIGTERM', { timeout: 120_000 }, async () => {
    ensureBuilt('packages/mock');
    const bin = await startBinary(['--port', '0', '--quiet', '--speed', '10']);
    const key = /Test key\s+(\S+)/.exec(bin.stdout())![1]!;
    const reading = readEvents(await get(bin.url, key, '/v1/events/stream'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { code, ms } = await bin.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1_000);
    const read = await reading;
    expect(read.ended).toBe('end');
    expect(read.messages.map((m) => m.event)).toEqual(['ready']);
  });
});
