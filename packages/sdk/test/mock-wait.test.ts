// calls.wait and createAndWait on the mock's voice loop, run in real time × 500 so a minute-long call takes
// a fraction of a second; every magic number of the spec's "Test numbers" table.
import { TEST_API_KEY } from '@kaicalls/mock';
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  type Call,
  type CallTimelineEvent,
  KaiCalls,
  WaitTimeoutError,
} from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { kai } = useMock({ speed: 500, rateLimit: false });

async function placeAndWait(to: string) {
  const agentId = await activeAgent(kai);
  const seen: CallTimelineEvent[] = [];
  const call = await kai.calls.createAndWait({ agentId, to }, { onEvent: (event) => void seen.push(event) });
  return { call, seen };
}

/** onEvent saw each event once, in order, and exactly the timeline the API has up to the end of the wait. */
async function expectTimelineSeen(call: Call, seen: CallTimelineEvent[]) {
  expect(seen.map((e) => e.sequence)).toEqual(seen.map((_, i) => i + 1));
  const timeline = [];
  for await (const event of kai.calls.listEvents(call.id)) timeline.push(event);
  expect(seen).toEqual(timeline.slice(0, seen.length));
  expect(seen.filter((e) => e.type === 'call.ended')).toHaveLength(1);
}

const types = (seen: CallTimelineEvent[]) => seen.map((e) => e.type);

/** A client on the same mock that counts the HTTP requests it makes. */
function countingClient() {
  let count = 0;
  const client = new KaiCalls({
    apiKey: TEST_API_KEY,
    fetch: (input, init) => {
      count++;
      return fetch(input, init);
    },
  });
  return { client, requests: () => count };
}

describe('calls.wait on every test number', () => {
  it('+15005550100: completed, analysed, with an appointment booked', async () => {
    const { call, seen } = await placeAndWait('+15005550100');
    expect(call).toMatchObject({ status: 'completed', outcome: 'appointment_booked' });
    expect(call.summary).toBeTruthy();
    expect(call.transcript?.length).toBeGreaterThan(0);
    expect(types(seen)).toEqual(
      expect.arrayContaining([
        'call.ringing',
        'call.answered',
        'transcript.turn',
        'call.ended',
        'analysis.complete',
      ]),
    );
    await expectTimelineSeen(call, seen);
  });

  it('+15005550101: no-answer after the ring timeout, no analysis', async () => {
    const { call, seen } = await placeAndWait('+15005550101');
    expect(call).toMatchObject({ status: 'no-answer', answeredAt: null, summary: null });
    expect(types(seen)).not.toContain('call.answered');
    await expectTimelineSeen(call, seen);
  });

  it('+15005550102: busy, never rings', async () => {
    const { call, seen } = await placeAndWait('+15005550102');
    expect(call.status).toBe('busy');
    expect(types(seen)).not.toContain('call.ringing');
    await expectTimelineSeen(call, seen);
  });

  it('+15005550103: fails to connect', async () => {
    const { call, seen } = await placeAndWait('+15005550103');
    expect(call.status).toBe('failed');
    await expectTimelineSeen(call, seen);
  });

  it('+15005550104: voicemail, analysed', async () => {
    const { call, seen } = await placeAndWait('+15005550104');
    expect(call.status).toBe('voicemail');
    expect(call.summary).toBeTruthy();
    expect(types(seen)).toContain('voicemail.left');
    await expectTimelineSeen(call, seen);
  });

  it('+15005550105: canceled while ringing', async () => {
    const agentId = await activeAgent(kai);
    const created = await kai.calls.create({ agentId, to: '+15005550105' });
    const seen: CallTimelineEvent[] = [];
    const call = await kai.calls.wait(created.id, {
      onEvent: async (event) => {
        seen.push(event);
        if (event.type === 'call.ringing')
          expect((await kai.calls.cancel(created.id)).status).toBe('canceled');
      },
    });
    expect(call.status).toBe('canceled');
    expect(types(seen).at(-1)).toBe('call.ended');
    await expectTimelineSeen(call, seen);
  });

  it('+15005550106: completed with an emergency detected', async () => {
    const { call, seen } = await placeAndWait('+15005550106');
    expect(call).toMatchObject({ status: 'completed', outcome: 'emergency' });
    expect(call.summary).toBeTruthy();
    await expectTimelineSeen(call, seen);
  });

  it('+15005550107: completed, the follow-up SMS fails later', async () => {
    const { call, seen } = await placeAndWait('+15005550107');
    expect(call.status).toBe('completed');
    expect(call.summary).toBeTruthy();
    await expectTimelineSeen(call, seen);
  });

  it('+15005550001: createAndWait rejects at once with BadRequestError naming `to`', async () => {
    const error = await placeAndWait('+15005550001').catch((e: any) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.param).toBe('to');
  });

  it('a call that has already finished resolves in two requests', async () => {
    const { call } = await placeAndWait('+15005550102');
    const { client, requests } = countingClient();
    expect((await client.calls.wait(call.id)).id).toBe(call.id);
    expect(requests()).toBe(2);
  });
});

describe('calls.wait request budget', () => {
  it('over the stream: a ~55 s call costs 2 requests (the account event stream, one check of the call)', async () => {
    const { client, requests } = countingClient();
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    const call = await client.calls.wait(created.id);
    expect(call.summary).toBeTruthy();
    expect(requests()).toBe(2);
  });

  it('with onEvent: 1 request, the call’s timeline stream, whose end carries the final call', async () => {
    const { client, requests } = countingClient();
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    const seen: CallTimelineEvent[] = [];
    const call = await client.calls.wait(created.id, { onEvent: (event) => void seen.push(event) });
    expect(call.summary).toBeTruthy();
    expect(types(seen)).toContain('analysis.complete');
    expect(requests()).toBe(1);
  });

  it('createAndWait opens the stream first, so no check is needed: the stream and the create', async () => {
    const { client, requests } = countingClient();
    const call = await client.calls.createAndWait({ agentId: await activeAgent(kai), to: '+15005550102' });
    expect(call.status).toBe('busy');
    expect(requests()).toBe(2);
  });

  it("follow: 'poll' backs off: a ~55 s call takes at most 12 requests where polling at the hint would take ~50", async () => {
    const { client, requests } = countingClient();
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    const call = await client.calls.wait(created.id, { follow: 'poll' });
    expect(call.summary).toBeTruthy();
    expect(requests()).toBeGreaterThanOrEqual(3);
    expect(requests()).toBeLessThanOrEqual(12);
  });
});

describe('calls.wait: every way gives the same final call', () => {
  it('the shared stream, the timeline stream and polling agree with calls.get', async () => {
    for (const to of ['+15005550100', '+15005550101', '+15005550104', '+15005550106']) {
      const created = await kai.calls.create({ agentId: await activeAgent(kai), to });
      const [shared, timeline, polled] = await Promise.all([
        kai.calls.wait(created.id),
        kai.calls.wait(created.id, { onEvent: () => {} }),
        kai.calls.wait(created.id, { follow: 'poll' }),
      ]);
      expect(shared).toEqual(polled);
      expect(timeline).toEqual(polled);
      expect(polled).toEqual(await kai.calls.get(created.id));
    }
  });
});

describe('calls.wait limits', () => {
  it('throws WaitTimeoutError with the last known call', async () => {
    const agentId = await activeAgent(kai);
    const created = await kai.calls.create({ agentId, to: '+15005550105' }); // rings for 120 s (0.24 s here)
    const error = await kai.calls.wait(created.id, { timeout: 40 }).catch((e: any) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.callId).toBe(created.id);
    expect(error.lastCall).toMatchObject({ id: created.id });
    expect(['queued', 'ringing']).toContain(error.lastCall.status);
    expect(error.message).toMatch(/after 40 ms/);
    await kai.calls.cancel(created.id);
  });

  it('rejects when onEvent throws, with that error', async () => {
    const agentId = await activeAgent(kai);
    const created = await kai.calls.create({ agentId, to: '+15005550102' });
    const boom = new Error('handler failed');
    await expect(
      kai.calls.wait(created.id, {
        onEvent: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });
});
