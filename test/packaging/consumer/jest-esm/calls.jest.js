// An app's Jest test as an ES module: the packed @kaicalls/mock in-process (msw's setupServer) and the packed
// SDK, one call placed and followed to its outcome on the mock's clock.
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { createMock, TEST_API_KEY } from '@kaicalls/mock';
import { KaiCalls, NotFoundError } from 'kaicalls';
import { setupServer } from 'msw/node';

const mock = createMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const kai = new KaiCalls({ apiKey: TEST_API_KEY, maxRetries: 0 });

test('a call to the busy test number ends busy', async () => {
  const { data: agents } = await kai.agents.list({ limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0].id, to: '+15005550102' });
  await mock.clock.runUntilIdle();
  expect((await kai.calls.get(call.id)).status).toBe('busy');
});

test('an unknown call is a typed NotFoundError', async () => {
  await expect(kai.calls.get('call_doesnotexist')).rejects.toBeInstanceOf(NotFoundError);
});
