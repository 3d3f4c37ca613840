// mock.reset() ends the old runtime: after it, no timer, webhook delivery attempt or communication-run step
// of the old runtime runs, in-process (msw) or over HTTP, even with calls, a run and failing retries pending.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../src/http/handlers.js';
import type { State } from '../src/index.js';
import { buildMock } from '../src/mock.js';
import { startMockServer } from '../src/server.js';
import { request } from './setup.js';
import { emit, endpoint, unavailable } from './webhooks-support.js';

const HOUR = 3_600_000;

/** Everything a state holds, as text: equal snapshots mean nothing changed it. */
const snapshot = (state: State) =>
  JSON.stringify(
    Object.entries(state).map(([name, value]) => [name, value instanceof Map ? [...value] : value]),
  );

describe('reset() in-process', async () => {
  const hook = endpoint(unavailable);
  // buildMock: createMock, with a handle on the current runtime, to end one without the reset around it.
  const { mock, runtime } = buildMock({ rateLimit: false, webhooks: { fetch: hook.fetch } }, createHandlers);
  await mock.ready;
  const msw = setupServer(...mock.handlers);
  msw.listen({ onUnhandledRequest: 'error' });
  afterAll(() => msw.close());
  const api = (method: string, path: string, init: Parameters<typeof request>[3] = {}) =>
    request(mock.context.options.baseUrl, method, path, { key: mock.testKey, ...init });
  const agentId = () => [...mock.state.agents.values()].find((a) => a.name === 'Kai')!.id;

  /** Two live calls, a running run, a run that starts in an hour and a subscription that answers 503. */
  async function busy() {
    expect((await api('POST', '/v1/webhooks', { body: { url: 'https://down.example/h' } })).status).toBe(201);
    for (const to of ['+15005550100', '+15005550105']) {
      const body = { agent_id: agentId(), to, webhook_url: 'https://down.example/call' };
      expect((await api('POST', '/v1/calls', { body })).status).toBe(201);
    }
    for (const [i, schedule] of [
      {},
      { start_at: new Date(mock.clock.now() + HOUR).toISOString() },
    ].entries()) {
      const body = {
        name: `Run ${i}`,
        agent_id: agentId(),
        contacts: [{ to: '+15125557001' }, { to: '+15125557002' }],
        schedule,
      };
      const headers = { 'idempotency-key': `reset-run-${i}-${mock.clock.now()}` };
      expect((await api('POST', '/v1/communication-runs', { body, headers })).status).toBe(201);
    }
    await mock.clock.advance(10_000);
  }

  it('ends a runtime by its own dispose(): its timers are canceled, though the clock keeps its queue', async () => {
    // reset() also empties the clock's queue (rewind), which would hide a dispose() that canceled nothing;
    // here the runtime is disposed alone, and the clock runs on three hours with the queue it had.
    await busy();
    const old = runtime();
    const received = hook.received.length;
    expect(mock.clock.pending()).toBeGreaterThan(0);
    const before = snapshot(old.state);

    old.dispose();
    expect(mock.clock.pending()).toBe(0);
    await mock.clock.advance(3 * HOUR);
    await mock.clock.runUntilIdle();

    expect(hook.received).toHaveLength(received);
    expect(snapshot(old.state)).toBe(before);
    await mock.reset();
  });

  it('cancels every timer of the old runtime, and nothing of it runs afterwards', async () => {
    await busy();
    const old = mock.state;
    expect(hook.received.length).toBeGreaterThan(0);
    expect(old.webhookAttempts.some((a) => a.status === 503)).toBe(true);
    expect([...old.runs.values()].map((r) => r.status)).toEqual(['running', 'scheduled']);
    expect(mock.clock.pending()).toBeGreaterThan(0);
    const before = snapshot(old);
    const received = hook.received.length;

    await mock.reset();
    // The fresh runtime's fixtures are in the past: a timer left now could only be the old runtime's.
    expect(mock.clock.pending()).toBe(0);
    await mock.clock.advance(3 * HOUR);
    await mock.clock.runUntilIdle();

    expect(hook.received).toHaveLength(received);
    expect(snapshot(old)).toBe(before);
    expect(mock.state).not.toBe(old);
    expect(mock.state.runs.size).toBe(0);
    expect(mock.webhookAttempts).toEqual([]);
  });

  it('discards an attempt in flight at reset, and retries it never', async () => {
    let release = () => {};
    hook.respond = () => new Promise<Response>((resolve) => (release = () => resolve(unavailable())));
    await mock.reset();
    await api('POST', '/v1/webhooks', { body: { url: 'https://slow.example/h' } });
    const received = hook.received.length;
    emit(mock.context, 'call.completed');
    await vi.waitFor(() => expect(hook.received).toHaveLength(received + 1));
    const old = mock.state;
    const before = snapshot(old);

    await mock.reset();
    release();
    await mock.clock.runUntilIdle();

    expect(hook.received).toHaveLength(received + 1);
    expect(snapshot(old)).toBe(before);
    expect(old.webhookAttempts).toEqual([]);
    expect(mock.clock.pending()).toBe(0);
    hook.respond = unavailable;
  });

  it('keeps mock.context, its onEvent listeners and the test key working across resets', async () => {
    const seen: string[] = [];
    mock.context.onEvent((event) => seen.push(event.type));
    await mock.reset();
    emit(mock.context, 'sms.sent');
    expect(seen).toEqual(['sms.sent']);
    expect(mock.context.state).toBe(mock.state);
    expect((await api('GET', '/v1/agents')).status).toBe(200);
  });
});

describe('reset over HTTP (POST /_mock/reset)', async () => {
  // A local receiver that is down: every delivery attempt fails, so retries stay pending.
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    req.resume();
    received.push(String(req.headers['webhook-id']));
    res.writeHead(500).end('down');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const server = await startMockServer({ speed: 1, rateLimit: false });
  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => receiver.close(resolve));
  });
  const api = (method: string, path: string, init: Parameters<typeof request>[3] = {}) =>
    request(server.baseUrl, method, path, { key: server.testKey, ...init });
  const pendingTimers = async () => (await api('GET', '/_mock/clock')).body.pending_timers as number;

  it('leaves no timer pending, and sends nothing more once the clock jumps hours ahead', async () => {
    expect((await api('POST', '/v1/webhooks', { body: { url } })).status).toBe(201);
    const agent = (await api('GET', '/v1/agents')).body.data.find((a: { name: string }) => a.name === 'Kai');
    await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550105', webhook_url: url } });
    const run = await api('POST', '/v1/communication-runs', {
      body: {
        name: 'Later',
        agent_id: agent.id,
        contacts: [{ to: '+15125557003' }],
        schedule: { start_at: new Date(Date.now() + HOUR).toISOString() },
      },
      headers: { 'idempotency-key': 'reset-over-http' },
    });
    expect(run.status).toBe(201);
    await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(2));
    expect(await pendingTimers()).toBeGreaterThan(0);

    expect((await api('POST', '/_mock/reset')).status).toBe(200);
    expect(await pendingTimers()).toBe(0);
    const sent = received.length;
    await api('POST', '/_mock/clock/advance', { body: { ms: 3 * HOUR } });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(received).toHaveLength(sent);
    expect((await api('GET', '/_mock/deliveries')).body.data).toEqual([]);
    expect((await api('GET', '/v1/communication-runs')).body.data).toEqual([]);
    expect((await api('GET', '/v1/calls?run_id=' + run.body.id)).body.data).toEqual([]);
  });
});
