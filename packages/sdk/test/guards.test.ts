// isKaiCallsError: the typed way to read an error where it is `unknown` (a catch block, calls.wait, a
// stream's loop). It goes by the SDK's global brand, so it also knows the errors of the package's other
// build (test/dual-copies.test.ts loads both).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { APIError, BadRequestError, isKaiCallsError, KaiCallsError, NotFoundError } from '../src/index.js';
import { apiError, client } from './fetch-recorder.js';

describe('isKaiCallsError', () => {
  it('narrows an unknown error to the class it names, so error.param compiles and is read', async () => {
    const { kai } = client(() => apiError(400, 'invalid_request', 'to is not E.164', { param: 'to' }));

    let caught: unknown;
    try {
      await kai.calls.create({ agentId: 'agt_1', to: '+1' });
    } catch (error) {
      caught = error;
    }

    if (!isKaiCallsError(caught, BadRequestError)) throw new Error('expected a BadRequestError');
    expectTypeOf(caught).toEqualTypeOf<BadRequestError>();
    expect(caught.param).toBe('to');
    expect(isKaiCallsError(caught, APIError)).toBe(true);
    expect(isKaiCallsError(caught, NotFoundError)).toBe(false);
    expect(isKaiCallsError(caught)).toBe(true);
  });

  it('is false for what is not the SDK’s', () => {
    expect(isKaiCallsError(new Error('x'))).toBe(false);
    expect(isKaiCallsError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isKaiCallsError({ name: 'NotFoundError', status: 404 }, NotFoundError)).toBe(false);
    expect(isKaiCallsError('a string')).toBe(false);
    expect(isKaiCallsError(null)).toBe(false);
  });

  it('narrows to KaiCallsError without a class', () => {
    const value: unknown = new KaiCallsError('x');
    if (isKaiCallsError(value)) expectTypeOf(value).toEqualTypeOf<KaiCallsError>();
    expect(isKaiCallsError(value)).toBe(true);
  });
});
