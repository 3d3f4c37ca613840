// isKaiCallsError: the typed way to read an APIPromise's rejection, which stays `unknown` because an
// abort reason or a callback's own error passes through it unchanged.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { APIError, BadRequestError, isKaiCallsError, KaiCallsError, NotFoundError } from '../src/index.js';
import { apiError, client } from './fetch-recorder.js';

describe('isKaiCallsError', () => {
  it('narrows a .catch() rejection to the class it names, so error.param compiles and is read', async () => {
    const { kai } = client(() => apiError(400, 'invalid_request', 'to is not E.164', { param: 'to' }));

    const error = await kai.calls.create({ agentId: 'agt_1', to: '+1' }).catch((e) => e);

    // A rejection can be an abort reason or a callback's own error: unknown until narrowed.
    expectTypeOf(error).toBeUnknown();
    const caught = error;
    if (!isKaiCallsError(caught, BadRequestError)) throw new Error('expected a BadRequestError');
    expectTypeOf(caught).toEqualTypeOf<BadRequestError>();
    expect(caught.param).toBe('to');
    expect(isKaiCallsError(caught, APIError)).toBe(true);
    expect(isKaiCallsError(caught, NotFoundError)).toBe(false);
    expect(isKaiCallsError(caught)).toBe(true);
  });

  it('is false for what the SDK passes through: the reason a signal was aborted with', async () => {
    const { kai } = client(
      (request) =>
        new Promise<Response>((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        ),
    );
    const controller = new AbortController();
    const pending = kai.calls.get('call_1', { signal: controller.signal }).catch((e: unknown) => e);
    const reason = new Error('user navigated away');

    controller.abort(reason);

    const error = await pending;
    expect(error).toBe(reason);
    expect(isKaiCallsError(error)).toBe(false);
  });

  it('narrows to KaiCallsError without a class', () => {
    const value: unknown = new KaiCallsError('x');
    if (isKaiCallsError(value)) expectTypeOf(value).toEqualTypeOf<KaiCallsError>();
    expect(isKaiCallsError('a string')).toBe(false);
  });
});
