// Test helpers: a mock served in-process through msw, and a fetch bound to its test key.
import { setupServer } from 'msw/node';
import { afterAll } from 'vitest';
import { createMock, type MockOptions } from '../src/index.js';

export async function serve(options: MockOptions = {}) {
  const mock = createMock(options);
  await mock.ready;
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  afterAll(() => server.close());
  const base = mock.context.options.baseUrl;
  async function api(
    method: string,
    path: string,
    init: { body?: unknown; key?: string; headers?: Record<string, string> } = {},
  ) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${init.key ?? mock.testKey}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
  return { mock, server, api };
}
