// Test helpers: a mock served in-process through msw, and a fetch bound to its test key.
import { setupServer } from 'msw/node';
import { afterAll } from 'vitest';
import { createMock, type Mock, type MockOptions } from '../src/index.js';

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

/**
 * Removes the voice loop's past calls (fixtures) and every record they left behind, for tests that write
 * their own calls and count exactly what they wrote.
 */
export function withoutPastCalls(mock: Mock) {
  const { state } = mock;
  const ids = new Set(state.calls.keys());
  state.calls.clear();
  state.timelines.clear();
  for (const records of [
    state.appointments,
    state.smsMessages,
    state.jobs,
    state.attempts,
    state.recordings,
  ] as Array<Map<string, { call_id: string | null }>>) {
    for (const [id, record] of records) if (record.call_id && ids.has(record.call_id)) records.delete(id);
  }
  for (const [id, conversation] of state.conversations)
    if (conversation.call_ids.some((call) => ids.has(call))) state.conversations.delete(id);
  for (const [id, event] of state.events) {
    const data = event.data as { id?: string; call_id?: string };
    if ((data.id && ids.has(data.id)) || (data.call_id && ids.has(data.call_id))) state.events.delete(id);
  }
}
