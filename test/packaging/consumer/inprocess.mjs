// An ESM consumer with the mock in-process: msw's setupServer from the app's own msw (2 or 3), one SDK call,
// and one call's timeline read as Server-Sent Events through msw's streaming response. Prints one JSON line.
import { createMock, TEST_API_KEY } from '@kaicalls/mock';
import { KaiCalls } from 'kaicalls';
import { setupServer } from 'msw/node';

const mock = createMock();
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  const kai = new KaiCalls({ apiKey: TEST_API_KEY, maxRetries: 0 });
  const { data: agents } = await kai.agents.list({ limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0].id, to: '+15005550100' });
  // A finished call's stream sends its whole timeline, then ends.
  await mock.clock.runUntilIdle();
  const types = [];
  for await (const event of kai.calls.stream(call.id)) types.push(event.type);
  console.log(
    JSON.stringify({
      status: (await kai.calls.get(call.id)).status,
      first: types[0],
      ended: types.includes('call.ended'),
      events: types.length,
    }),
  );
} finally {
  server.close();
}
