import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  KaiCallsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  UpgradeRequiredError,
} from '../src/index.js';
import { apiError, client, json, wireCall } from './fetch-recorder.js';

afterEach(() => {
  vi.useRealTimers();
});

// Retry-After: 0 keeps these tests instant; the delays themselves are tested below with fake timers.
const now = { 'retry-after': '0' };

describe('retries', () => {
  it.each([
    [408, 'internal_error'],
    [409, 'resource_locked'],
    [409, 'idempotency_in_progress'],
    [429, 'rate_limited'],
    [500, 'internal_error'],
    [502, 'internal_error'],
    [503, 'internal_error'],
  ])('retry a %i, then succeed', async (status, code) => {
    const { kai, requests } = client((_, attempt) =>
      attempt === 1 ? apiError(status, code, 'try again', {}, now) : json(wireCall()),
    );
    await expect(kai.calls.get('call_8fK2pQ7vN3')).resolves.toMatchObject({ id: 'call_8fK2pQ7vN3' });
    expect(requests).toHaveLength(2);
  });

  it.each([
    [400, 'invalid_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [409, 'idempotency_conflict'],
    [409, 'some_future_code'],
    [422, 'limit_reached'],
  ])('never retry a %i %s', async (status, code) => {
    const { kai, requests } = client(() => apiError(status, code, 'no', {}, now));
    await expect(kai.calls.get('call_8fK2pQ7vN3')).rejects.toMatchObject({ status, code });
    expect(requests).toHaveLength(1);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const { kai, requests } = client(() => apiError(500, 'internal_error', 'down', {}, now), {
      maxRetries: 3,
    });
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(4);
  });

  it('lets a request override maxRetries', async () => {
    const { kai, requests } = client(() => apiError(503, 'internal_error', 'down', {}, now));
    await expect(kai.calls.get('call_8fK2pQ7vN3', { maxRetries: 0 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(requests).toHaveLength(1);
  });

  it('retries connection errors, then throws APIConnectionError with the cause', async () => {
    vi.useFakeTimers();
    const { kai, requests } = client(() => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    });
    const result = kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    await vi.runAllTimersAsync();
    const error = await result;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).toMatch(/3 attempts/);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(3);
  });

  it.each([
    [0, 500, 1_000],
    [1, 375, 750],
  ])(
    'backs off exponentially with up to 25 %% jitter (random %d: %d ms, then %d ms)',
    async (random, first, second) => {
      vi.useFakeTimers();
      vi.spyOn(Math, 'random').mockReturnValue(random);
      const { kai, requests } = client((_, attempt) =>
        attempt < 3 ? apiError(500, 'internal_error', 'down') : json(wireCall()),
      );
      const result = kai.calls.get('call_8fK2pQ7vN3');
      await vi.advanceTimersByTimeAsync(first - 1);
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(second - 1);
      expect(requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(requests).toHaveLength(3);
      await expect(result).resolves.toMatchObject({ status: 'queued' });
      vi.restoreAllMocks();
    },
  );

  it('honours Retry-After in seconds', async () => {
    vi.useFakeTimers();
    const { kai, requests } = client((_, attempt) =>
      attempt === 1
        ? apiError(429, 'rate_limited', 'slow down', {}, { 'retry-after': '3' })
        : json(wireCall()),
    );
    const result = kai.calls.get('call_8fK2pQ7vN3');
    await vi.advanceTimersByTimeAsync(2_990);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('honours Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-15T14:30:00Z') });
    const { kai, requests } = client((_, attempt) =>
      attempt === 1
        ? apiError(
            503,
            'internal_error',
            'maintenance',
            {},
            { 'retry-after': 'Sun, 15 Feb 2026 14:30:05 GMT' },
          )
        : json(wireCall()),
    );
    const result = kai.calls.get('call_8fK2pQ7vN3');
    await vi.advanceTimersByTimeAsync(4_990);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('honours X-RateLimit-Reset on a 429 without Retry-After', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-15T14:30:00Z') });
    const reset = String(Date.parse('2026-02-15T14:30:07Z') / 1000);
    const { kai, requests } = client((_, attempt) =>
      attempt === 1
        ? apiError(429, 'rate_limited', 'slow down', {}, { 'x-ratelimit-reset': reset })
        : json(wireCall()),
    );
    const result = kai.calls.get('call_8fK2pQ7vN3');
    await vi.advanceTimersByTimeAsync(6_990);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('does not sit out a Retry-After longer than a minute: the caller gets RateLimitError.retryAfter', async () => {
    const { kai, requests } = client(() =>
      apiError(429, 'rate_limited', 'quota', {}, { 'retry-after': '3600' }),
    );
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(3600);
    expect(requests).toHaveLength(1);
  });
});

describe('idempotency', () => {
  it('sends one generated Idempotency-Key on a create and keeps it across retries', async () => {
    const { kai, requests } = client((_, attempt) =>
      attempt < 3 ? apiError(500, 'internal_error', 'lost', {}, now) : json(wireCall(), 201),
    );
    await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it('generates a new key for each create', async () => {
    const { kai, requests } = client(() => json(wireCall(), 201));
    await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' });
    await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' });
    expect(requests[0]!.headers.get('idempotency-key')).not.toBe(requests[1]!.headers.get('idempotency-key'));
  });

  it('uses the caller’s key', async () => {
    const { kai, requests } = client(() => json(wireCall(), 201));
    await kai.runs.create({ agentId: 'agt_4Vd9kQ2mXp', name: 'Spring', contacts: [] } as never, {
      idempotencyKey: 'order-42',
    });
    expect(requests[0]!.headers.get('idempotency-key')).toBe('order-42');
  });

  it('sends no key where the operation takes none', async () => {
    const { kai, requests } = client(() => json(wireCall()));
    await kai.calls.cancel('call_8fK2pQ7vN3');
    await kai.agents.update('agt_4Vd9kQ2mXp', { name: 'Kai' });
    expect(requests.every((r) => !r.headers.has('idempotency-key'))).toBe(true);
  });

  it('surfaces an idempotency conflict as ConflictError, without retrying', async () => {
    const { kai } = client(() =>
      apiError(409, 'idempotency_conflict', 'Idempotency-Key k1 was used with a different request body.'),
    );
    const error = await kai.calls
      .create({ agentId: 'agt_4Vd9kQ2mXp', to: '+1512' }, { idempotencyKey: 'k1' })
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('idempotency_conflict');
  });
});

describe('timeouts and abort', () => {
  const hang = (request: Request) =>
    new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason));
    });

  it('a timeout ends the request: `timeout` is its whole budget, so nothing is retried after it', async () => {
    vi.useFakeTimers();
    const { kai, requests } = client(hang, { timeout: 1_000, maxRetries: 2 });
    const result = kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await result;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/timed out after 1000 ms\. /);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.signal.aborted).toBe(true);
  });

  it('retries within the budget: the attempt after a failure gets what is left of `timeout`', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { kai, requests } = client(
      (request, attempt) => (attempt === 1 ? apiError(500, 'internal_error', 'down') : hang(request)),
      { timeout: 2_000, maxRetries: 2 },
    );
    const result = kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    await vi.advanceTimersByTimeAsync(500); // the backoff
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(requests[1]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/timed out after 2000 ms \(2 attempts\)/);
    expect(requests[1]!.signal.aborted).toBe(true);
    vi.restoreAllMocks();
  });

  it('does not wait for a retry that would not fit in the budget: the error comes at once', async () => {
    const { kai, requests } = client(() =>
      apiError(503, 'internal_error', 'down', {}, { 'retry-after': '5' }),
    );
    const started = Date.now();
    const error = await kai.calls.get('call_8fK2pQ7vN3', { timeout: 3_000 }).catch((e: any) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it('lets a request set its own timeout', async () => {
    vi.useFakeTimers();
    const { kai } = client(hang, { timeout: 60_000 });
    const result = kai.calls.get('call_8fK2pQ7vN3', { timeout: 50, maxRetries: 0 }).catch((e: any) => e);
    await vi.advanceTimersByTimeAsync(50);
    const error = await result;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/timed out after 50 ms\. /);
  });

  it('with a signal, a timeout also aborts the connection', async () => {
    vi.useFakeTimers();
    const { kai, requests } = client(hang);
    const result = kai.calls
      .get('call_8fK2pQ7vN3', { timeout: 100, maxRetries: 0, signal: new AbortController().signal })
      .catch((e: any) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toBeInstanceOf(APITimeoutError);
    expect(requests[0]!.signal.aborted).toBe(true);
  });

  it('rejects with the abort reason at once, and does not retry', async () => {
    const { kai, requests } = client(hang);
    const controller = new AbortController();
    const result = kai.calls.get('call_8fK2pQ7vN3', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(1);
  });

  it('stops waiting between retries when aborted', async () => {
    const { kai, requests } = client(() =>
      apiError(500, 'internal_error', 'down', {}, { 'retry-after': '30' }),
    );
    const controller = new AbortController();
    const result = kai.calls.get('call_8fK2pQ7vN3', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('user gave up'));
    await expect(result).rejects.toThrow('user gave up');
    expect(requests).toHaveLength(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const { kai, requests } = client(() => json(wireCall()));
    await expect(kai.calls.get('call_8fK2pQ7vN3', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(requests).toHaveLength(0);
  });
});

describe('errors', () => {
  it.each([
    [400, 'invalid_request', BadRequestError],
    [401, 'unauthorized', AuthenticationError],
    [402, 'upgrade_required', UpgradeRequiredError],
    [403, 'forbidden', PermissionDeniedError],
    [404, 'not_found', NotFoundError],
    [409, 'idempotency_conflict', ConflictError],
    [422, 'limit_reached', UnprocessableEntityError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal_error', InternalServerError],
    [503, 'internal_error', InternalServerError],
    [418, 'invalid_request', APIError],
  ])('%i is a %s', async (status, code, ErrorClass) => {
    const { kai } = client(() => apiError(status, code, 'message', {}, { 'retry-after': '0' }), {
      maxRetries: 0,
    });
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(KaiCallsError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({ status, code, requestId: `req_${status}abc` });
  });

  it('a body that is not the API envelope (a proxy page) is UnexpectedResponseError saying what came back', async () => {
    const { kai } = client(
      () =>
        new Response('<html>502 Bad Gateway</html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
      { maxRetries: 0 },
    );
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, contentType: 'text/html', requestId: null });
    expect(error.message).toMatch(
      /^kaicalls: GET \/v1\/calls\/\{call_id\} answered 502 with text\/html, not the API's JSON error envelope: <html>502 Bad Gateway/,
    );
  });

  it('NotFoundError carries status, code, param, request id, headers and a helpful message', async () => {
    const { kai } = client(() =>
      apiError(404, 'not_found', 'No call with id call_nope123.', { param: 'call_id' }),
    );
    const error = await kai.calls.get('call_nope123').catch((e: any) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      param: 'call_id',
      requestId: 'req_404abc',
    });
    expect(error.headers.get('content-type')).toBe('application/json');
    expect(error.message).toBe('404 not_found: No call with id call_nope123. (request id req_404abc)');
  });
});
