// calls.wait over streams on the real mock in-process: a thousand concurrent waits share one account event
// stream (counted in the mock's request journal), and against a server without the stream routes every
// wait falls back to polling, saying so once at `info` level.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type Call, type CallTimelineEvent, KaiCalls, type Logger } from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { kai, mock, server } = useMock({ speed: 500, rateLimit: false });

function spyLogger() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

describe('1,000 concurrent waits', () => {
  it('share one event stream and cost about a dozen requests besides the creates; each gets its own call', async () => {
    const agentId = await activeAgent(kai);
    mock.clearRequests();
    const client = new KaiCalls({ apiKey: mock.testKey });
    const numbers = ['+15005550100', '+15005550101', '+15005550102', '+15005550103', '+15005550104'];
    const waits: Promise<[string, Call]>[] = [];
    // Each wait starts as soon as its call is placed, so some calls end before the stream is live and
    // some after: the checks and the stream between them must miss none.
    for (let i = 0; i < 1_000; i++) {
      const created = await client.calls.create({ agentId, to: numbers[i % numbers.length]! });
      waits.push(client.calls.wait(created.id).then((call) => [created.id, call]));
    }
    const done = await Promise.all(waits);
    for (const [id, call] of done) {
      expect(call.id).toBe(id);
      expect(call.endedAt).not.toBeNull();
    }
    const others = mock.requests().filter((r) => r.operationId !== 'createCall');
    const count = (operationId: string) => others.filter((r) => r.operationId === operationId).length;
    expect(count('streamEvents')).toBe(1);
    expect(count('listCallEvents')).toBe(0);
    // One stream, then pages of the call list (100 a page) to check the calls placed before it was live.
    expect(others.length).toBeLessThanOrEqual(20);
    expect(others.every((r) => r.status < 400)).toBe(true);
  }, 60_000);
});

describe('a server without the stream routes', () => {
  const answers = {
    '404 (no such route)': () =>
      HttpResponse.json({ error: { code: 'not_found', message: 'No such route.' } }, { status: 404 }),
    '406 (not acceptable)': () =>
      HttpResponse.json({ error: { code: 'invalid_request', message: 'Not acceptable.' } }, { status: 406 }),
    '200 JSON (a proxy that rewrites)': () => HttpResponse.json({ data: [] }),
  };

  for (const [name, answer] of Object.entries(answers)) {
    it(`${name}: waits poll instead, and say so once at info level`, async () => {
      server.use(http.get('*/v1/events/stream', answer), http.get('*/v1/calls/:id/stream', answer));
      const { logger, lines } = spyLogger();
      const client = new KaiCalls({ apiKey: mock.testKey, logger, logLevel: 'info' });
      const agentId = await activeAgent(client);
      const placed = await Promise.all(
        ['+15005550100', '+15005550102'].map((to) => client.calls.create({ agentId, to })),
      );
      const calls = await Promise.all(placed.map((c) => client.calls.wait(c.id)));
      expect(calls.map((c) => c.status)).toEqual(['completed', 'busy']);
      const seen: CallTimelineEvent[] = [];
      const followed = await client.calls.createAndWait(
        { agentId, to: '+15005550103' },
        { onEvent: (event) => void seen.push(event) },
      );
      expect(followed.status).toBe('failed');
      expect(seen.map((e) => e.sequence)).toEqual(seen.map((_, i) => i + 1));
      await client.calls.wait(placed[0]!.id, { onEvent: () => {} });
      const fallbacks = lines.filter((line) => line.includes('not available'));
      expect(fallbacks).toEqual([
        expect.stringMatching(
          /^info kaicalls: calls\.wait: the account's event stream \(GET \/v1\/events\/stream\) is not available \(.+\); waits poll the call's timeline instead, from now on for this client\.$/,
        ),
        expect.stringMatching(
          /^info kaicalls: calls\.wait: the call's timeline stream \(GET \/v1\/calls\/\{call_id\}\/stream\) is not available/,
        ),
      ]);
      server.resetHandlers();
    });
  }
});
