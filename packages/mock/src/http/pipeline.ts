// The request pipeline every operation goes through, in the order a real API applies it: chaos, auth,
// rate limit, scope, validation, idempotency, the resolver, then the standard headers. Whatever a resolver
// throws is answered with the error envelope: a malformed request never crashes the mock.
import type { MockContext } from '../core/context.js';
import type { Random } from '../core/random.js';
import type { KeyRecord } from '../core/state.js';
import type { Operation } from '../generated/operations.js';
import { authenticate, requireScope } from './auth.js';
import { applyChaos } from './chaos.js';
import { errorBody, MockError } from './errors.js';
import { type IdempotencyStore, idempotent } from './idempotency.js';
import type { RateLimiter } from './rate-limit.js';
import { recordUsage } from './usage.js';
import { validateRequest } from './validation.js';

export interface MockRequest {
  operation: Operation;
  /** Path parameters, validated. */
  params: Record<string, string>;
  /** Query parameters, coerced to their schema types and validated. */
  query: Record<string, unknown>;
  /** The JSON body, validated (undefined when the operation takes none). */
  body: any;
  headers: Headers;
  key: KeyRecord;
  requestId: string;
}

export interface MockResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Resolver = (request: MockRequest, ctx: MockContext) => MockResult | Promise<MockResult>;

export interface Pipeline {
  ctx: MockContext;
  limiter: RateLimiter;
  idempotency: IdempotencyStore;
  nextRequestId(): string;
  /** Randomness for chaos, apart from the data's so that faults do not change the data. */
  chaosRandom: Random;
}

export async function handle(
  pipeline: Pipeline,
  operation: Operation,
  resolver: Resolver,
  request: Request,
  params: Record<string, string>,
): Promise<Response> {
  const { ctx } = pipeline;
  const requestId = pipeline.nextRequestId();
  const headers: Record<string, string> = { 'x-request-id': requestId };
  try {
    const chaos = await applyChaos(ctx, pipeline.chaosRandom, request);
    const key = await authenticate(ctx, request.headers);
    Object.assign(headers, pipeline.limiter.take(key.record.id, operation));
    requireScope(key, operation);
    const input = await validateRequest(operation, request, params);
    const mockRequest: MockRequest = { operation, ...input, headers: request.headers, key, requestId };
    const result = await idempotent(pipeline.idempotency, mockRequest, () => resolver(mockRequest, ctx));
    recordUsage(ctx, mockRequest, result.status ?? operation.successStatus);
    if (chaos === 'after')
      throw new MockError(
        'internal_error',
        'Injected fault (chaos): the request was processed but its response was lost. Retry with the same Idempotency-Key.',
      );
    return json(result.status ?? operation.successStatus, result.body, { ...headers, ...result.headers });
  } catch (error) {
    const mockError =
      error instanceof MockError
        ? error
        : new MockError(
            'internal_error',
            `The mock failed unexpectedly: ${(error as Error)?.message ?? error}. This is a bug in @kaicalls/mock; please report it.`,
          );
    if (!(error instanceof MockError)) console.error('[@kaicalls/mock]', error);
    return json(mockError.status, errorBody(mockError, requestId), { ...headers, ...mockError.headers });
  }
}

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
