// The streams in-process (msw), on the virtual clock: a call's timeline as it is played, the same records
// as its page; resuming from every point of it, also when the connection drops after every event; the
// event log with its filter, its resume point and its business; heartbeats; and every stream ending
// cleanly on reset and stopping when its client goes away.
import { setupServer } from 'msw/node';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/http/handlers.js';
import { buildMock } from '../src/mock.js';
import { ids, type Message, type Read, readEvents } from './sse.js';

const built = buildMock({ rateLimit: false, streams: { heartbeatMs: 50 } }, createHandlers);
const { mock } = built;
await mock.ready;
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());
const base = mock.context.options.baseUrl;
const agentId = () => [...mock.state.agents.values()].find((a) => a.is_active)!.id;
beforeEach(() => mock.reset());

function get(path: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${mock.testKey}`, ...headers },
    ...(signal ? { signal } : {}),
  });
}

async function json(path: string) {
  return (await get(path)).json() as Promise<any>;
}

async function place(to = '+15005550100') {
  const res = await fetch(`${base}/v1/calls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mock.testKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ agent_id: agentId(), to }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

/** Plays the clock in steps of `stepMs` until the call's timeline is complete, letting readers run between. */
async function playOut(callId: string, stepMs = 250) {
  for (let i = 0; i < 10_000 && built.runtime().engine.isLive(callId); i++) {
    await mock.clock.advance(stepMs);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The call's whole timeline as its page gives it. */
async function timelineOf(callId: string) {
  return (await json(`/v1/calls/${callId}/events?limit=100`)).data as Array<{ sequence: number }>;
}

describe('a call’s stream', () => {
  it('sends each timeline event as the clock plays it, the same records as its page, then the final call', async () => {
    const call = await place();
    const res = await get(`/v1/calls/${call.id}/stream`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const seen: Message[] = [];
    const reading = readEvents(res, undefined, (m) => seen.push(m));
    await new Promise((resolve) => setImmediate(resolve));
    // Live: what has been played so far is there, and nothing more.
    await mock.clock.advance(6_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.map((m) => m.event)).toEqual([
      'ready',
      'call.queued',
      'call.dialing',
      'call.ringing',
      'call.answered',
    ]);
    await playOut(call.id);
    const read = await reading;
    expect(read.ended).toBe('end');
    const timeline = await timelineOf(call.id);
    const events = read.messages.slice(1, -1);
    expect(events.map((m) => m.data)).toEqual(timeline);
    expect(events.map((m) => m.id)).toEqual(timeline.map((e) => String(e.sequence)));
    expect(events.every((m) => m.event === m.data.type)).toBe(true);
    expect(read.messages[0]).toEqual({
      event: 'ready',
      id: undefined,
      retry: 1000,
      data: { object: 'stream.ready', heartbeat_seconds: 1 },
    });
    const end = read.messages.at(-1)!;
    expect(end.event).toBe('end');
    expect(end.data).toEqual({
      object: 'stream.end',
      last_sequence: timeline.length,
      call: await json(`/v1/calls/${call.id}`),
    });
    // The stream ends after the call's last event: the follow-up SMS, after the analysis.
    expect(events.at(-1)!.data.type).toBe('sms.delivered');
    expect(end.data.call.summary).toEqual(expect.any(String));
  });

  it('with until=done, ends once the call is done: after the analysis, before what follows from the outcome', async () => {
    const call = await place();
    const reading = readEvents(await get(`/v1/calls/${call.id}/stream?until=done`));
    await playOut(call.id);
    const read = await reading;
    expect(read.ended).toBe('end');
    const events = read.messages.slice(1, -1).map((m) => m.data);
    expect(events.at(-1)!.type).toBe('analysis.complete');
    const timeline = await timelineOf(call.id);
    expect(events).toEqual(timeline.slice(0, events.length));
    expect(timeline.length).toBeGreaterThan(events.length);
    const end = read.messages.at(-1)!.data;
    expect(end.last_sequence).toBe(events.length);
    expect(end.call).toMatchObject({ id: call.id, status: 'completed', summary: expect.any(String) });
    // Opened once the call is done, while its follow-ups are still to come: what is there, then `end`.
    const busy = await place('+15005550102');
    const unanswered = readEvents(await get(`/v1/calls/${busy.id}/stream?until=done`));
    await playOut(busy.id);
    const readBusy = await unanswered;
    expect(readBusy.messages.at(-2)!.data.type).toBe('call.ended');
    expect(readBusy.messages.at(-1)!.data.call.status).toBe('busy');
    const booked = await place();
    for (let i = 0; i < 1000 && (await json(`/v1/calls/${booked.id}`)).summary === null; i++)
      await mock.clock.advance(250);
    expect(built.runtime().engine.isLive(booked.id)).toBe(true);
    const late = await readEvents(await get(`/v1/calls/${booked.id}/stream?until=done`));
    expect(late.ended).toBe('end');
    expect(late.messages.at(-1)!.data.call.summary).toEqual(expect.any(String));
  });

  it('of a finished call sends its whole timeline, then `end`, at once', async () => {
    const call = await place('+15005550102');
    await mock.clock.runUntilIdle();
    const read = await readEvents(await get(`/v1/calls/${call.id}/stream`));
    expect(read.ended).toBe('end');
    expect(read.messages.slice(1, -1).map((m) => m.data)).toEqual(await timelineOf(call.id));
    expect(read.messages.at(-1)!.data.call.status).toBe('busy');
  });

  it('resumes after every point of a finished timeline, by Last-Event-ID or after_sequence, with nothing skipped or repeated', async () => {
    const call = await place();
    await mock.clock.runUntilIdle();
    const all = (await timelineOf(call.id)).map((e) => String(e.sequence));
    for (let k = 0; k <= all.length; k++) {
      const byHeader = await readEvents(
        await get(`/v1/calls/${call.id}/stream`, { 'last-event-id': String(k) }),
      );
      expect(ids(byHeader)).toEqual(all.slice(k));
      const byQuery = await readEvents(await get(`/v1/calls/${call.id}/stream?after_sequence=${k}`));
      expect(ids(byQuery)).toEqual(all.slice(k));
    }
    // A reconnecting EventSource keeps the URL it started with: its Last-Event-ID wins.
    const both = await readEvents(
      await get(`/v1/calls/${call.id}/stream?after_sequence=1`, { 'last-event-id': '5' }),
    );
    expect(ids(both)).toEqual(all.slice(5));
  });

  it('dropped after every event of a live call (chaos `stream-cut`), resumes with every event exactly once, in order', async () => {
    const call = await place();
    let connections = 0;
    const received: Message[] = [];
    const follow = (async () => {
      let last: string | undefined;
      for (;;) {
        connections++;
        const read: Read = await readEvents(
          await get(`/v1/calls/${call.id}/stream`, {
            'x-mock-scenario': 'stream-cut',
            ...(last ? { 'last-event-id': last } : {}),
          }),
        );
        const events = read.messages.filter((m) => m.id !== undefined);
        received.push(...events);
        last = events.at(-1)?.id ?? last;
        if (read.ended === 'end') return read.messages.at(-1)!;
        expect(read.ended).toBe('cut');
        expect(events).toHaveLength(1);
      }
    })();
    await playOut(call.id, 100);
    const end = await follow;
    const timeline = await timelineOf(call.id);
    expect(received.map((m) => m.data)).toEqual(timeline);
    expect(end.event).toBe('end');
    // One connection per event, and a last one that ends it.
    expect(connections).toBe(timeline.length + 1);
  });

  it('with `stream-cut-3`, each connection carries three events before it drops', async () => {
    const call = await place();
    await mock.clock.runUntilIdle();
    const all = (await timelineOf(call.id)).map((e) => String(e.sequence));
    const reads: Read[] = [];
    let last = '0';
    for (;;) {
      const read = await readEvents(
        await get(`/v1/calls/${call.id}/stream`, {
          'x-mock-scenario': 'stream-cut-3',
          'last-event-id': last,
        }),
      );
      reads.push(read);
      last = ids(read).at(-1) ?? last;
      if (read.ended === 'end') break;
    }
    expect(reads.flatMap(ids)).toEqual(all);
    expect(reads.slice(0, -1).map((r) => [r.ended, ids(r).length])).toEqual(
      reads.slice(0, -1).map(() => ['cut', 3]),
    );
    expect(reads.length).toBe(Math.floor(all.length / 3) + 1);
  });

  it('with `chaos.streamCutRate`, a client that resumes loses nothing', async () => {
    const chaosBase = 'https://chaos.example/api';
    const chaotic = buildMock(
      { rateLimit: false, seed: 3, baseUrl: chaosBase, chaos: { streamCutRate: 0.3 } },
      createHandlers,
    );
    await chaotic.mock.ready;
    server.use(...chaotic.mock.handlers);
    try {
      const api = (path: string, headers: Record<string, string> = {}) =>
        fetch(`${chaosBase}${path}`, {
          headers: { authorization: `Bearer ${chaotic.mock.testKey}`, ...headers },
        });
      const agent = [...chaotic.mock.state.agents.values()].find((a) => a.is_active)!.id;
      const created = await fetch(`${chaosBase}/v1/calls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chaotic.mock.testKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: agent, to: '+15005550100' }),
      });
      const call = (await created.json()) as { id: string };
      await chaotic.mock.clock.runUntilIdle();
      let last = '0';
      let cuts = 0;
      const received: string[] = [];
      for (;;) {
        const read = await readEvents(await api(`/v1/calls/${call.id}/stream`, { 'last-event-id': last }));
        received.push(...ids(read));
        last = ids(read).at(-1) ?? last;
        if (read.ended === 'end') break;
        cuts++;
      }
      const timeline = chaotic.mock.state.timelines.get(call.id)!;
      expect(received).toEqual(timeline.map((e) => String(e.sequence)));
      expect(cuts).toBeGreaterThan(0);
    } finally {
      server.resetHandlers();
    }
  });

  it('answers errors as JSON before it opens: an unknown call, a malformed Last-Event-ID, a missing scope', async () => {
    const missing = await get('/v1/calls/call_Missing0000/stream');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');
    expect((await missing.json()).error).toMatchObject({ code: 'not_found', param: 'call_id' });
    const call = await place();
    const bad = await get(`/v1/calls/${call.id}/stream`, { 'last-event-id': 'tle_5' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_request', param: 'Last-Event-ID' });
    const { key } = await mock.createKey({ scopes: ['agents:read'] });
    const denied = await fetch(`${base}/v1/calls/${call.id}/stream`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(denied.status).toBe(403);
    expect(built.runtime().streams.size).toBe(0);
  });

  it('counts as one request against the rate limit, however long it stays open', async () => {
    const call = await place();
    const res = await get(`/v1/calls/${call.id}/stream`);
    const remaining = Number(res.headers.get('x-ratelimit-remaining'));
    const reading = readEvents(res);
    await playOut(call.id);
    await reading;
    const after = await get('/v1/agents');
    expect(Number(after.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);
    expect(mock.requests({ operationId: 'streamCallEvents' })).toHaveLength(1);
  });
});

describe('the event stream', () => {
  it('sends each event as it is stored, filtered by type, in the order of the log', async () => {
    const res = await get('/v1/events/stream?types=call.completed,appointment.booked');
    expect(res.status).toBe(200);
    const seen: Message[] = [];
    const reading = readEvents(
      res,
      (messages) => messages.some((m) => m.event === 'call.completed'),
      (m) => seen.push(m),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const call = await place();
    await mock.clock.runUntilIdle();
    const read = await reading;
    expect(read.messages.map((m) => m.event)).toEqual(['ready', 'call.completed']);
    const completed = read.messages[1]!;
    expect(completed.id).toBe(completed.data.id);
    expect(completed.data).toEqual(await json(`/v1/events/${completed.data.id}`));
    expect(completed.data.data.id).toBe(call.id);
  });

  it('resumes after an event id with every later event of the log, and without one sends only what comes next', async () => {
    const call = await place();
    await mock.clock.runUntilIdle();
    const log = [...mock.state.events.values()];
    const mine = log.filter(
      (e) =>
        (e.data as { id?: string; call_id?: string }).id === call.id ||
        (e.data as { call_id?: string }).call_id === call.id,
    );
    const first = mine[0]!;
    const after = log.slice(log.indexOf(first) + 1).map((e) => e.id);
    const byQuery = await readEvents(
      await get(`/v1/events/stream?after=${first.id}`),
      (m) => m.length === after.length + 1,
    );
    expect(ids(byQuery)).toEqual(after);
    const byHeader = await readEvents(
      await get('/v1/events/stream', { 'last-event-id': first.id }),
      (m) => m.length === after.length + 1,
    );
    expect(ids(byHeader)).toEqual(after);
    // Without a resume point: `ready`, and nothing of the past.
    const controller = new AbortController();
    const fresh = readEvents(await get('/v1/events/stream', {}, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect((await fresh).messages.map((m) => m.event)).toEqual(['ready']);
  });

  it('answers 404 for a resume point it does not know, saying how to recover', async () => {
    const res = await get('/v1/events/stream', { 'last-event-id': 'evt_Missing0000' });
    expect(res.status).toBe(404);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'not_found', param: 'Last-Event-ID' });
    expect(error.message).toMatch(/reconnect without Last-Event-ID/);
    const bad = await get('/v1/events/stream?types=call.nonsense');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.param).toMatch(/^types/);
  });

  it('shows a key bound to a business only that business’s events', async () => {
    const [law, plumbing] = [...mock.state.businesses.keys()];
    const created = await fetch(`${base}/v1/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.testKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'plumbing', scopes: ['*'], business_id: plumbing }),
    });
    const bound = ((await created.json()) as { key: string }).key;
    const controller = new AbortController();
    const res = await fetch(`${base}/v1/events/stream`, {
      headers: { authorization: `Bearer ${bound}` },
      signal: controller.signal,
    });
    const reading = readEvents(res);
    await new Promise((resolve) => setImmediate(resolve));
    const lawAgent = [...mock.state.agents.values()].find((a) => a.is_active && a.business_id === law)!;
    const plumbingAgent = [...mock.state.agents.values()].find(
      (a) => a.is_active && a.business_id === plumbing,
    )!;
    for (const agent of [lawAgent, plumbingAgent]) {
      await fetch(`${base}/v1/calls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${mock.testKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ agent_id: agent.id, to: '+15005550102' }),
      });
    }
    await mock.clock.runUntilIdle();
    controller.abort();
    const events = (await reading).messages.slice(1);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((m) => m.data.data.business_id === plumbing)).toBe(true);
  });
});

describe('every stream', () => {
  it('sends a heartbeat comment after each `streams.heartbeatMs` of silence (real time)', async () => {
    const controller = new AbortController();
    const reading = readEvents(await get('/v1/events/stream', {}, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 230));
    controller.abort();
    const read = await reading;
    // About four in 230 ms of silence, however loaded the machine: at least two, never one per write.
    expect(read.comments.length).toBeGreaterThanOrEqual(2);
    expect(read.comments.length).toBeLessThanOrEqual(5);
    expect(new Set(read.comments)).toEqual(new Set(['heartbeat']));
    expect(read.messages.map((m) => m.event)).toEqual(['ready']);
  });

  it('ends cleanly on reset, and is released when its client goes away', async () => {
    const call = await place('+15005550105');
    const streams = [
      readEvents(await get(`/v1/calls/${call.id}/stream`)),
      readEvents(await get('/v1/events/stream')),
    ];
    const controller = new AbortController();
    const abandoned = readEvents(await get('/v1/events/stream', {}, controller.signal));
    const runtime = built.runtime();
    expect(runtime.streams.size).toBe(3);
    controller.abort();
    await abandoned;
    expect(runtime.streams.size).toBe(2);
    await mock.reset();
    for (const read of await Promise.all(streams)) expect(read.ended).toBe('end');
    expect(runtime.streams.size).toBe(0);
    // The new state has no such call.
    expect((await get(`/v1/calls/${call.id}/stream`)).status).toBe(404);
  });
});
