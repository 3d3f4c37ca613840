// Test helpers: a mock served in-process through msw, and a fetch bound to its test key (or any base URL).
import { setupServer } from 'msw/node';
import { afterAll } from 'vitest';
import { createMock, type Mock, type MockOptions } from '../src/index.js';
import { type Message, readEvents } from './sse.js';

export async function serve(options: MockOptions = {}) {
  const mock = createMock(options);
  await mock.ready;
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  afterAll(() => server.close());
  const base = mock.context.options.baseUrl;
  const api = (method: string, path: string, init: ApiInit = {}) =>
    request(base, method, path, { key: mock.testKey, ...init });
  return { mock, server, api };
}

export interface ApiInit {
  /** Sent as `Authorization: Bearer <key>`; no header without it. */
  key?: string;
  /** JSON (a string is sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
  /** A stream answer is read until it ends, or until this holds (e.g. a stream that never ends). */
  until?: (messages: Message[]) => boolean;
}

/** One request to the mock, its JSON body parsed; a stream's body is the list of its events. */
export async function request(base: string, method: string, path: string, init: ApiInit = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    const read = await readEvents(response, init.until);
    return { status: response.status, headers: response.headers, body: read.messages as any, read };
  }
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
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
