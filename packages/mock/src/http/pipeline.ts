// The request pipeline every operation goes through, in the order a real API applies it: chaos, auth,
// rate limit, scope, validation, idempotency, the resolver, then the standard headers. Whatever a resolver
// throws is answered with the error envelope: a malformed request never crashes the mock.

import type { Operation } from '@kaicalls/contract/operations';
import type { Random } from '../core/random.js';
import type { KeyRecord } from '../core/state.js';
import type { Runtime } from '../runtime.js';
import { authenticate, requireScope } from './auth.js';
import { applyChaos, cutting, streamCut } from './chaos.js';
import { errorBody, MockError } from './errors.js';
import { idempotent } from './idempotency.js';
import { journalBody, queryOf } from './journal.js';
import { type Scope, scopeOf } from './scope.js';
import { SSE_HEADERS, type SseBody, toReadableStream } from './sse.js';
import { recordUsage } from './usage.js';
import { MAX_BODY_BYTES, validateRequest } from './validation.js';

export interface MockRequest {
  operation: Operation;
  /** Path parameters, validated. */
  params: Record<string, string>;
  /** Query parameters, coerced to their schema types and validated. */
  query: Record<string, unknown>;
  /** The JSON body, validated (undefined when the operation takes none). */
  body: any;
  headers: IncomingRequest['headers'];
  key: KeyRecord;
  /** The businesses the key reaches: every resolver looks records up through it (../resources/owners.ts). */
  scope: Scope;
  requestId: string;
}

export interface MockResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A stream operation's answer: Server-Sent Events instead of the JSON `body`. */
  stream?: SseBody;
}

/** Answers one operation, given the request and the runtime (state and services) it acts on. */
export type Resolver = (request: MockRequest, rt: Runtime) => MockResult | Promise<MockResult>;

/** What outlives a reset: request ids and chaos draw on, and the current runtime is looked up per request. */
export interface Pipeline {
  /** The runtime a request is answered from (the current one when it arrives). */
  runtime(): Runtime;
  nextRequestId(): string;
  /** Randomness for chaos, apart from the data's so that faults do not change the data. */
  chaosRandom: Random;
}

/**
 * What the pipeline reads of a request. A Fetch `Request` is one (msw hands the handlers those); the server
 * passes a lighter object straight from node:http, which spares building a `Request` per call.
 */
export interface IncomingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly signal?: AbortSignal | undefined;
  /** The client's address (the server's socket); absent in-process, see `authenticate`. */
  readonly remoteAddress?: string | undefined;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A finished answer: status, headers and the JSON text of the body, or a stream's events. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** The JSON text ('' for a stream). */
  body: string;
  /** A stream answer's body, which starts when the transport opens it (never for HEAD). */
  stream?: SseBody;
}

/**
 * Runs one request through the pipeline and the operation's resolver. Never throws: every failure is
 * answered with the error envelope.
 */
export async function handle(
  pipeline: Pipeline,
  operation: Operation,
  resolver: Resolver,
  incoming: IncomingRequest,
  params: Record<string, string>,
): Promise<Reply> {
  const rt = pipeline.runtime();
  const requestId = pipeline.nextRequestId();
  const headers: Record<string, string> = { 'x-request-id': requestId };
  let keyId: string | undefined;
  const body = once(incoming);
  const request = body.request;
  const answer = await respond();
  // The journal sees the body even when the pipeline refused the request before reading it.
  rt.journal.record({
    method: request.method,
    path: operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? name),
    query: queryOf(request.url),
    operationId: operation.operationId,
    status: answer.status,
    requestId,
    keyId: keyId ?? null,
    body: request.method === 'GET' || request.method === 'HEAD' ? null : journalBody(await body.bytes()),
    at: rt.iso(),
  });
  return answer;

  async function respond(): Promise<Reply> {
    try {
      const chaos = await applyChaos(rt, pipeline.chaosRandom, request);
      const key = await authenticate(rt, request);
      keyId = key.record.id;
      Object.assign(headers, rt.limiter.take(keyId, operation));
      requireScope(key, operation);
      const input = await validateRequest(operation, request, params);
      const mockRequest: MockRequest = {
        operation,
        ...input,
        headers: request.headers,
        key,
        scope: scopeOf(key),
        requestId,
      };
      const result = await idempotent(rt.idempotency, mockRequest, () => resolver(mockRequest, rt));
      recordUsage(rt, mockRequest, result.status ?? operation.successStatus);
      if (chaos === 'after')
        throw new MockError(
          'internal_error',
          'Injected fault (chaos): the request was processed but its response was lost. Retry with the same Idempotency-Key.',
        );
      const status = result.status ?? operation.successStatus;
      if (result.stream) {
        const cut = streamCut(chaos, rt.options.chaos.streamCutRate, pipeline.chaosRandom);
        return {
          status,
          headers: { ...SSE_HEADERS, ...headers, ...result.headers },
          body: '',
          stream: cut ? cutting(result.stream, cut) : result.stream,
        };
      }
      return reply(status, result.body, { ...headers, ...result.headers });
    } catch (error) {
      const mockError =
        error instanceof MockError
          ? error
          : new MockError(
              'internal_error',
              `The mock failed unexpectedly: ${(error as Error)?.message ?? error}. This is a bug in @kaicalls/mock; please report it.`,
            );
      if (!(error instanceof MockError)) console.error('[@kaicalls/mock]', error);
      // Rate-limit headers go on every response, also when the request never reached the limiter (a
      // missing key, a fault injected first): then they describe the key's window (or an anonymous one) as is.
      if (!('x-ratelimit-limit' in headers) && !('x-ratelimit-limit' in mockError.headers))
        Object.assign(headers, rt.limiter.peek(keyId ?? 'anonymous', operation));
      return reply(mockError.status, errorBody(mockError, requestId), { ...headers, ...mockError.headers });
    }
  }
}

/**
 * The request with its body read at most once (a Fetch `Request` cannot be read twice): the pipeline
 * reads it through `request`, the journal through `bytes()`. A body over the size cap is not read for the
 * journal.
 */
function once(incoming: IncomingRequest) {
  let read: Promise<ArrayBuffer> | undefined;
  const load = () => (read ??= incoming.arrayBuffer());
  const request: IncomingRequest = {
    method: incoming.method,
    url: incoming.url,
    headers: incoming.headers,
    remoteAddress: incoming.remoteAddress,
    get signal() {
      return incoming.signal;
    },
    arrayBuffer: load,
  };
  return {
    request,
    async bytes(): Promise<Uint8Array | undefined> {
      if (!read && Number(incoming.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return undefined;
      try {
        return new Uint8Array(await load());
      } catch {
        return undefined;
      }
    },
  };
}

function reply(status: number, body: unknown, headers: Record<string, string>): Reply {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

/** The Fetch `Response` msw expects; a stream stops when `signal` (the request's) aborts. */
export function toResponse(reply: Reply, signal?: AbortSignal): Response {
  const body = reply.stream ? toReadableStream(reply.stream, signal) : reply.body;
  return new Response(body, { status: reply.status, headers: reply.headers });
}
