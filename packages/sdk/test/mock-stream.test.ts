// kai.calls.stream and kai.events.stream on the real mock in-process (msw's streaming responses): the live
// timeline is the one `listEvents` pages, the end carries the final call, and a connection cut after any
// number of frames resumes with every event exactly once.
import { describe, expect, it } from 'vitest';
import { type CallTimelineEvent, KaiCalls } from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { kai, mock } = useMock({ speed: 200, rateLimit: false });

async function timeline(client: KaiCalls, callId: string) {
  const events: CallTimelineEvent[] = [];
  for await (const event of client.calls.listEvents(callId)) events.push(event);
  return events;
}

/**
 * A fetch that cuts each event stream's body after `frames` frames (a frame ends at a blank line) the
 * first time, as a proxy that drops the connection would; the reconnection goes through whole.
 */
function cuttingFetch(frames: number) {
  let cuts = 0;
  return async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (!response.headers.get('content-type')?.startsWith('text/event-stream') || cuts++ > 0) return response;
    let seen = 0;
    let carry = '';
    const decoder = new TextDecoder();
    const cut = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const text = carry + decoder.decode(chunk, { stream: true });
        let at = 0;
        for (;;) {
          const end = text.indexOf('\n\n', at);
          if (end === -1) break;
          at = end + 2;
          if (++seen === frames) {
            // The frame's first half only: the cut lands mid-frame of the next one.
            controller.enqueue(new TextEncoder().encode(text.slice(0, at) + text.slice(at, at + 12)));
            controller.error(new TypeError('connection reset by the test proxy'));
            return;
          }
        }
        controller.enqueue(new TextEncoder().encode(text.slice(0, at)));
        carry = text.slice(at);
      },
    });
    return new Response(response.body!.pipeThrough(cut), {
      status: response.status,
      headers: response.headers,
    });
  };
}

describe('calls.stream on the mock', () => {
  it('yields the timeline listEvents pages, live, and ends with the final call', async () => {
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    const stream = kai.calls.stream(created.id);
    const seen: CallTimelineEvent[] = [];
    for await (const event of stream) seen.push(event);
    const { call, lastSequence } = await stream.result();
    expect(seen).toEqual(await timeline(kai, created.id));
    expect(lastSequence).toBe(seen.at(-1)!.sequence);
    expect(call).toEqual(await kai.calls.get(created.id));
    expect(call.summary).toBeTruthy();
  });

  it('a connection cut after any number of frames resumes with every event exactly once', async () => {
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    await kai.calls.stream(created.id).result(); // the timeline's last event, SMS included
    const want = await timeline(kai, created.id);
    mock.clearRequests();
    // Frame 1 is `ready`; then one frame per event, then `end`: a cut after every one but the end.
    const results = await Promise.all(
      Array.from({ length: want.length + 1 }, async (_, k) => {
        const client = new KaiCalls({ apiKey: mock.testKey, fetch: cuttingFetch(k + 1) });
        const seen: CallTimelineEvent[] = [];
        for await (const event of client.calls.stream(created.id)) seen.push(event);
        return seen;
      }),
    );
    for (const seen of results) expect(seen).toEqual(want);
    // Each stream was cut once and reopened once.
    expect(mock.requests({ operationId: 'streamCallEvents' })).toHaveLength(2 * (want.length + 1));
  });

  it('events.stream follows the account’s events of the given types as they are stored', async () => {
    const agentId = await activeAgent(kai);
    const controller = new AbortController();
    const stream = kai.events.stream(
      { types: ['call.completed', 'call.failed'] },
      { signal: controller.signal },
    );
    const placed: string[] = [];
    const seen: string[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        expect(['call.completed', 'call.failed']).toContain(event.type);
        if (event.type === 'call.completed' || event.type === 'call.failed') seen.push(event.data.id);
        if (seen.length === 2) stream.close();
      }
    })();
    // Placed once the stream is live: before it, events stored are not sent (no `after`).
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const to of ['+15005550102', '+15005550103'])
      placed.push((await kai.calls.create({ agentId, to })).id);
    await reading;
    expect(seen.sort()).toEqual(placed.sort());
    expect(stream.lastEventId).toMatch(/^evt_/);
  });
});
