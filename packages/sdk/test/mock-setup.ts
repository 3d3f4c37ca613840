// The SDK against @kaicalls/mock in-process: msw intercepts fetch, so requests take the real code path.
import { createMock, type MockOptions } from '@kaicalls/mock';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { type ClientOptions, KaiCalls } from '../src/index.js';

/** A mock with its msw server for the file, and a client on its test key. */
export function useMock(options: MockOptions = {}, clientOptions: ClientOptions = {}) {
  const mock = createMock(options);
  const server = setupServer(...mock.handlers);
  const kai = new KaiCalls({ apiKey: mock.testKey, ...clientOptions });
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await mock.ready;
  });
  afterAll(() => server.close());
  return { mock, kai, server };
}

/** The agent calls are placed with: the first active agent of the fixtures. */
export async function activeAgent(kai: KaiCalls): Promise<string> {
  for await (const agent of kai.agents.list({ isActive: true })) return agent.id;
  throw new Error('the mock has no active agent');
}
