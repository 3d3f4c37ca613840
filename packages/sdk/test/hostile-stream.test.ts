// Stream against real node:http servers that misbehave as networks and proxies do: connections cut mid-frame
// and between frames, a stream that never goes live or falls silent, garbage, a huge event, a 5xx or a 401
// on reconnection. What a user checks: every item once and in order, the typed error with its code and
// request id, and no connection left open.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  APITimeoutError,
  AuthenticationError,
  type CallTimelineEvent,
  type KaiCalls,
  NotFoundError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from '../src/index.js';
import { TEST_KEY, wireCall } from './fetch-recorder.js';
import { hostile } from './hostile-server.js';

const SSE = { 'content-type': 'text/event-stream', 'x-request-id': 'req_stream1' };
const ready = (heartbeat = 15) =>
  `retry: 10\nevent: ready\ndata: ${JSON.stringify({ object: 'stream.ready', heartbeat_seconds: heartbeat })}\n\n`;
const wireEvent = (sequence: number) => ({
  id: `tle_${sequence}`,
  object: 'call_event',
  call_id: 'call_8fK2pQ7vN3',
  sequence,
  type: sequence === 1 ? 'call.queued' : 'transcript.turn',
  status: 'in-progress',
  occurred_at: '2026-02-15T14:30:06.500Z',
  offset_ms: sequence * 500,
  data: { role: 'agent', text: `turn ${sequence}` },
});
const frame = (sequence: number) =>
  `id: ${sequence}\nevent: ${wireEvent(sequence).type}\ndata: ${JSON.stringify(wireEvent(sequence))}\n\n`;
const end = (last: number) =>
  `event: end\ndata: ${JSON.stringify({ object: 'stream.end', last_sequence: last, call: wireCall({ status: 'completed', ended_at: '2026-02-15T14:31:00Z' }) })}\n\n`;
const LAST = 6;

/** A server whose first connection sends `ready` and one item then closes; every reconnection gets `reopen`. */
async function afterFirstFrame(reopen: (res: ServerResponse) => void) {
  const server = await hostile((_, res) => {
    if (server.requests.length > 1) return reopen(res);
    res.writeHead(200, SSE);
    res.end(ready() + frame(1));
  });
  return server;
}

/** The frames after `lastEventId`, then the end. */
function rest(lastEventId: string | string[] | undefined): string {
  const after = Number(lastEventId ?? 0);
  let out = '';
  for (let s = after + 1; s <= LAST; s++) out += frame(s);
  return out + end(LAST);
}

async function collect(stream: AsyncIterable<CallTimelineEvent>) {
  const seen: CallTimelineEvent[] = [];
  for await (const event of stream) seen.push(event);
  return seen;
}

const sequences = (seen: CallTimelineEvent[]) => seen.map((e) => e.sequence);
const all = Array.from({ length: LAST }, (_, i) => i + 1);

describe('Stream: one connection', () => {
  it('sends the key, User-Agent and Accept, yields camelCase items in order, and result() has the final call', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.end(ready() + rest(undefined));
    });
    const stream = server.client().calls.stream('call_8fK2pQ7vN3');
    const seen = await collect(stream);
    expect(sequences(seen)).toEqual(all);
    expect(seen[0]).toMatchObject({
      callId: 'call_8fK2pQ7vN3',
      offsetMs: 500,
      occurredAt: expect.any(String),
    });
    const { call, lastSequence } = await stream.result();
    expect(lastSequence).toBe(LAST);
    expect(call).toMatchObject({ id: 'call_8fK2pQ7vN3', status: 'completed', endedAt: expect.any(String) });
    const [request] = server.requests;
    expect(request!.url).toBe('/v1/calls/call_8fK2pQ7vN3/stream');
    expect(request!.headers).toMatchObject({
      accept: 'text/event-stream',
      authorization: `Bearer ${TEST_KEY}`,
      'user-agent': expect.stringMatching(/^kaicalls-node\//),
    });
    expect(request!.headers['last-event-id']).toBeUndefined();
  });

  it('result() alone reads the stream to its end', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.end(ready() + rest(undefined));
    });
    const { call } = await server.client().calls.stream('call_8fK2pQ7vN3').result();
    expect(call.status).toBe('completed');
  });

  it('events.stream sends types comma-separated and after as the query', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(ready());
    });
    const stream = server
      .client()
      .events.stream(
        { types: ['call.completed', 'call.failed'], after: 'evt_2Dq8wN4vJc' },
        { onReady: () => stream.close() },
      );
    expect(await collect(stream as AsyncIterable<never>)).toEqual([]);
    expect(server.requests[0]!.url).toBe(
      '/v1/events/stream?types=call.completed%2Ccall.failed&after=evt_2Dq8wN4vJc',
    );
    await server.allClosed();
  });

  it('break closes the connection', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(ready() + frame(1) + frame(2)); // and stays open
    });
    for await (const event of server.client().calls.stream('call_8fK2pQ7vN3')) {
      expect(event.sequence).toBe(1);
      break;
    }
    await server.allClosed();
    expect(server.requests).toHaveLength(1);
  });

  it('an aborted signal ends the loop with its reason and closes the connection', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(ready() + frame(1));
    });
    const controller = new AbortController();
    const reason = new Error('user stop');
    const stream = server.client().calls.stream('call_8fK2pQ7vN3', {}, { signal: controller.signal });
    const error = await (async () => {
      for await (const _ of stream) controller.abort(reason);
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    await expect(stream.result()).rejects.toBe(reason);
    await server.allClosed();
  });
});

describe('Stream: reconnection', () => {
  const cuts: [string, (res: ServerResponse) => void][] = [
    [
      'mid-frame',
      (res) => {
        const text = ready() + frame(1) + frame(2) + frame(3);
        res.write(text.slice(0, text.length - 40), () => setTimeout(() => res.socket?.destroy(), 20));
      },
    ],
    [
      'between frames',
      (res) => {
        res.write(ready() + frame(1) + frame(2), () => setTimeout(() => res.socket?.destroy(), 20));
      },
    ],
    [
      'by a clean close before the end',
      (res) => {
        res.end(ready() + frame(1) + frame(2));
      },
    ],
  ];

  for (const [name, cut] of cuts) {
    it(`a connection cut ${name} resumes with Last-Event-ID: every item once, in order`, async () => {
      const server = await hostile((req, res) => {
        res.writeHead(200, SSE);
        if (server.requests.length === 1) cut(res);
        else res.end(ready() + rest(req.headers['last-event-id']));
      });
      const stream = server.client().calls.stream('call_8fK2pQ7vN3');
      expect(sequences(await collect(stream))).toEqual(all);
      expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '2']);
      expect((await stream.result()).call.status).toBe('completed');
    });
  }

  it('a server that ignores Last-Event-ID and sends it all again: still each item once', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      if (server.requests.length === 1) res.end(ready() + frame(1) + frame(2) + frame(3));
      else res.end(ready() + rest(undefined));
    });
    expect(sequences(await collect(server.client().calls.stream('call_8fK2pQ7vN3')))).toEqual(all);
  });

  it('a stream silent for twice its heartbeat is reopened', async () => {
    const server = await hostile((req, res) => {
      res.writeHead(200, SSE);
      if (server.requests.length === 1)
        res.write(ready(1) + frame(1)); // then nothing, not even a heartbeat
      else res.end(ready() + rest(req.headers['last-event-id']));
    });
    const started = Date.now();
    expect(sequences(await collect(server.client().calls.stream('call_8fK2pQ7vN3')))).toEqual(all);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '1']);
    // The silent connection was closed (the last one completed, and may stay in the pool).
    expect(server.open.size).toBeLessThanOrEqual(1);
  });

  it('heartbeats keep a quiet stream open', async () => {
    let beats = 0;
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(ready(1) + frame(1));
      const timer = setInterval(() => {
        if (++beats === 5) {
          clearInterval(timer);
          res.end(rest('1'));
        } else res.write(': heartbeat\n\n');
      }, 600);
    });
    expect(sequences(await collect(server.client().calls.stream('call_8fK2pQ7vN3')))).toEqual(all);
    expect(server.requests).toHaveLength(1);
  });

  it('a 503 on reconnection is retried; the stream goes on', async () => {
    const server = await hostile((req, res) => {
      const n = server.requests.length;
      if (n === 2) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Try again.' } }));
        return;
      }
      res.writeHead(200, SSE);
      if (n === 1) res.end(ready() + frame(1) + frame(2));
      else res.end(ready() + rest(req.headers['last-event-id']));
    });
    expect(sequences(await collect(server.client().calls.stream('call_8fK2pQ7vN3')))).toEqual(all);
    expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '2', '2']);
  });

  it('a gateway’s 5xx on every reconnection ends the loop after maxRetries, saying what came back', async () => {
    const server = await afterFirstFrame((res) => {
      res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'req_gw502' });
      res.end('<html>Bad gateway</html>');
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const event of server.client({ maxRetries: 2 }).calls.stream('call_8fK2pQ7vN3'))
        seen.push(event.sequence);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1]);
    expect(error).toMatchObject({
      name: 'UnexpectedResponseError',
      status: 502,
      contentType: 'text/html',
      bodyExcerpt: '<html>Bad gateway</html>',
      requestId: 'req_gw502',
    });
    expect(server.requests).toHaveLength(4); // the stream, then 1 + maxRetries attempts to reopen it
  });

  it('a 401 on reconnection ends the loop at once with AuthenticationError, its code and request id', async () => {
    const server = await afterFirstFrame((res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': 'req_revoked' });
      res.end(JSON.stringify({ error: { code: 'unauthorized', message: 'The API key was revoked.' } }));
    });
    const error = await collect(server.client().calls.stream('call_8fK2pQ7vN3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'unauthorized', requestId: 'req_revoked' });
    expect((error as Error).message).toBe(
      '401 unauthorized: The API key was revoked. (request id req_revoked)',
    );
    expect((error as Error).message).not.toContain(TEST_KEY);
    expect(server.requests).toHaveLength(2);
  });
});

describe('Stream: answers that are not a live stream', () => {
  it('an error before the stream opens is the typed JSON error, not retried', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req_nf' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: 'No call with id call_x.' } }));
    });
    const error = await collect(server.client().calls.stream('call_x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'not_found', requestId: 'req_nf' });
    expect(server.requests).toHaveLength(1);
  });

  it('a server that never sends ready: APITimeoutError after `timeout`, connection closed', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(': buffering proxy\n\n');
    });
    const started = Date.now();
    const error = await collect(server.client({ timeout: 300 }).calls.stream('call_8fK2pQ7vN3')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/did not open \(no ready event\) within 300 ms/);
    expect(Date.now() - started).toBeLessThan(1_000);
    await server.allClosed();
  });

  it('an error status whose body never ends: the timeout is APITimeoutError, not an "empty body", and the connection closes', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.write('<html>'); // and nothing more
    });
    const started = Date.now();
    const error = await collect(
      server.client({ timeout: 300, maxRetries: 0 }).calls.stream('call_8fK2pQ7vN3'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
    await server.allClosed();
  });

  it('an error status whose body never ends: the caller’s abort ends the loop with its reason', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.write('<html>');
    });
    const controller = new AbortController();
    const reason = new Error('user stop');
    setTimeout(() => controller.abort(reason), 100);
    const error = await collect(
      server
        .client({ timeout: 5_000, maxRetries: 0 })
        .calls.stream('call_8fK2pQ7vN3', {}, { signal: controller.signal }),
    ).catch((e: unknown) => e);
    expect(error).toBe(reason);
    await server.allClosed();
  });

  it('a 200 that is JSON, not an event stream: UnexpectedResponseError naming the content type', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_json' });
      res.end(JSON.stringify({ data: [] }));
    });
    const error = await collect(server.client().calls.stream('call_8fK2pQ7vN3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ contentType: 'application/json', requestId: 'req_json' });
    expect((error as Error).message).toMatch(/where an event stream \(text\/event-stream\) was expected/);
  });

  it('garbage data: UnexpectedResponseError quoting it, escaped', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(`${ready()}id: 1\nevent: call.queued\ndata: <html>\u001b[31mnope\n\n`);
    });
    const error = await collect(server.client().calls.stream('call_8fK2pQ7vN3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain('whose data is not a JSON object: <html>\\x1b[31mnope');
    await server.allClosed();
  });

  it('an event over maxResponseBytes: ResponseTooLargeError, connection closed; the stream as a whole is not limited', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.write(ready() + frame(1) + frame(2)); // ~300 bytes each, over 1 KB in all
      res.write(`id: 3\nevent: transcript.turn\ndata: "${'x'.repeat(100_000)}"\n\n`);
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const event of server.client({ maxResponseBytes: 1_000 }).calls.stream('call_8fK2pQ7vN3')) {
        seen.push(event.sequence);
      }
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limit: 1_000, requestId: 'req_stream1' });
    await server.allClosed();
  });
});

describe('Stream: a redirect is an error, never followed', () => {
  const opens = {
    'calls.stream': (kai: KaiCalls) => kai.calls.stream('call_8fK2pQ7vN3'),
    'events.stream': (kai: KaiCalls) => kai.events.stream({ types: ['call.completed'] }),
  };
  const cases = Object.keys(opens).flatMap((name) =>
    [307, 302].map((status) => [name as keyof typeof opens, status] as const),
  );

  it.each(cases)(
    '%s answered %i to another origin: UnexpectedRedirectError naming Location; the other origin gets nothing',
    async (name, status) => {
      const elsewhere = await hostile((_, res) => {
        res.writeHead(200, SSE);
        res.end(ready());
      });
      const location = `${elsewhere.origin}/steal?from=kaicalls`;
      const server = await hostile((_, res) => {
        res.writeHead(status, { location, 'x-request-id': 'req_redir1' });
        res.end();
      });
      const error = await (async () => {
        for await (const _ of opens[name](server.client({ maxRetries: 2 }))) {
          // nothing should arrive
        }
      })().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(UnexpectedRedirectError);
      expect(error).toMatchObject({ status, location, requestId: 'req_redir1' });
      expect((error as Error).message).toContain(location);
      expect(server.requests).toHaveLength(1); // not retried
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
      expect(elsewhere.requests).toHaveLength(0); // neither the key nor anything else went there
    },
  );

  it('a redirect on reconnection ends the loop the same way, after the items already read', async () => {
    const elsewhere = await hostile((_, res) => {
      res.writeHead(200, SSE);
      res.end(ready() + frame(2));
    });
    const server = await afterFirstFrame((res) => {
      res.writeHead(307, { location: `${elsewhere.origin}/v1/calls/call_8fK2pQ7vN3/stream` });
      res.end();
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const event of server.client({ maxRetries: 2 }).calls.stream('call_8fK2pQ7vN3'))
        seen.push(event.sequence);
    })().catch((e: unknown) => e);

    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(UnexpectedRedirectError);
    expect(error).toMatchObject({
      status: 307,
      location: `${elsewhere.origin}/v1/calls/call_8fK2pQ7vN3/stream`,
    });
    expect(server.requests).toHaveLength(2);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
