// kai.calls.stream against the mock's HTTP server, with its chaos: a stream dropped after every event
// (`X-Mock-Scenario: stream-cut`) is reopened each time and yields the timeline once.
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, describe, expect, it } from 'vitest';
import { type CallTimelineEvent, KaiCalls } from '../src/index.js';
import { activeAgent } from './mock-setup.js';

const server = await startMockServer({ rateLimit: false, speed: 100 });
afterAll(() => server.close());

describe('calls.stream over HTTP, with the mock’s stream-cut chaos', () => {
  const client = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });

  it('a connection dropped after every event (X-Mock-Scenario: stream-cut) still yields each event once', async () => {
    const created = await client.calls.create({ agentId: await activeAgent(client), to: '+15005550102' });
    const stream = client.calls.stream(created.id, undefined, {
      headers: { 'X-Mock-Scenario': 'stream-cut' },
    });
    const seen: CallTimelineEvent[] = [];
    for await (const event of stream) seen.push(event);
    const timeline: CallTimelineEvent[] = [];
    for await (const event of client.calls.listEvents(created.id)) timeline.push(event);
    expect(seen).toEqual(timeline);
    expect((await stream.result()).call.status).toBe('busy');
    const opens = server.mock.requests({ operationId: 'streamCallEvents' });
    expect(opens.length).toBeGreaterThanOrEqual(seen.length);
  });
});
