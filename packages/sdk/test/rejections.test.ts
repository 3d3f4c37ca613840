// What an APIPromise (and a PagePromise) rejects with: always a KaiCallsError, typed so by `.catch()` and
// `.then()`, so `.catch((e) => e.message)` and `instanceof APIError` → `e.param` compile. Over real HTTP
// (a local node:http server): an abort by the caller's signal, during the answer or during a retry's
// wait, is an APIUserAbortError whose cause is the signal's reason.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  APIError,
  APIUserAbortError,
  BadRequestError,
  type Call,
  KaiCallsError,
  type Page,
} from '../src/index.js';
import { apiError, client } from './fetch-recorder.js';
import { hostile } from './hostile-server.js';

const succeeded = (): never => {
  throw new Error('expected the request to fail');
};

describe('the type of a rejection', () => {
  it('.catch() gives a KaiCallsError; instanceof APIError reaches .param and .code', async () => {
    const { kai } = client(() => apiError(400, 'invalid_request', 'to is not E.164', { param: 'to' }));

    const error = await kai.calls.create({ agentId: 'agt_1', to: '+1' }).catch((e) => e);
    expectTypeOf(error).toEqualTypeOf<Call | KaiCallsError>();

    const message = await kai.calls.get('call_1').catch((e) => e.message);
    expectTypeOf(message).toEqualTypeOf<Call | string>();
    expect(message).toMatch(/to is not E\.164/);

    const param = await kai.calls.create({ agentId: 'agt_1', to: '+1' }).catch((e) => {
      // @ts-expect-error a KaiCallsError has no param: narrow it to APIError first
      e.param;
      return e instanceof APIError ? [e.code, e.param] : null;
    });
    expect(param).toEqual(['invalid_request', 'to']);

    const viaThen = await kai.calls.create({ agentId: 'agt_1', to: '+1' }).then(
      () => null,
      (e) => (e instanceof BadRequestError ? e.param : null),
    );
    expectTypeOf(viaThen).toEqualTypeOf<string | null>();
    expect(viaThen).toBe('to');
  });

  it('a list’s PagePromise types it the same', async () => {
    const { kai } = client(() => apiError(403, 'forbidden', 'needs calls:read', { param: 'calls:read' }));
    const error = await kai.calls.list({ limit: 5 }).catch((e) => e);
    expectTypeOf(error).toEqualTypeOf<Page<Call> | KaiCallsError>();
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', param: 'calls:read' });
  });
});

describe('every rejection is a KaiCallsError', () => {
  it('an abort while the server has not answered is APIUserAbortError, cause the signal’s reason', async () => {
    const server = await hostile(() => {}); // never answers
    const controller = new AbortController();
    const pending = server.client().calls.get('call_8fK2pQ7vN3', { signal: controller.signal });
    const reason = new Error('user navigated away');
    setTimeout(() => controller.abort(reason), 50);

    const error = await pending.then(succeeded, (e) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toBeInstanceOf(KaiCallsError);
    expect(error).toMatchObject({ name: 'AbortError', cause: reason });
    expect(error.message).toMatch(
      /GET \/v1\/calls\/\{call_id\} was aborted by its signal \(user navigated away\)/,
    );
    expect(server.requests).toHaveLength(1);
    await server.allClosed();
  });

  it('an abort during a retry’s wait, and a signal aborted before the call, are APIUserAbortError too', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'busy' } }));
    });
    const controller = new AbortController();
    const pending = server
      .client({ timeout: 30_000 })
      .calls.get('call_8fK2pQ7vN3', { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const during = await pending.then(succeeded, (e) => e);
    expect(during).toBeInstanceOf(APIUserAbortError);
    expect((during.cause as DOMException).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);

    const before = await server
      .client()
      .agents.list({}, { signal: AbortSignal.abort(new Error('gone')) })
      .then(succeeded, (e) => e);
    expect(before).toBeInstanceOf(APIUserAbortError);
    expect((before.cause as Error).message).toBe('gone');
    expect(server.requests).toHaveLength(1);
  });

  it('params that cannot be serialised reject with a KaiCallsError naming the cause', async () => {
    const server = await hostile((_, res) => res.end('{}'));
    const error = await server
      .client()
      .calls.create({ agentId: 'agt_1', to: '+15125559876', metadata: { big: 1n } } as never)
      .then(succeeded, (e) => e);
    expect(error).toBeInstanceOf(KaiCallsError);
    expect(error.message).toMatch(/POST \/v1\/calls failed before it was answered: .*BigInt/);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
