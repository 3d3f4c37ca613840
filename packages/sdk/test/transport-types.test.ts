// The transport is typed by the operation: its id decides the path arguments, the params and the result,
// so a resource method cannot send another operation's body or claim another operation's result. Checked
// by `tsc` (the package's typecheck script includes test/): each `@ts-expect-error` below fails the
// typecheck as soon as the mismatch under it compiles. The `it` blocks only make vitest list them.
import { assertType, describe, expectTypeOf, it } from 'vitest';
import type { APIPromise } from '../src/core/api-promise.js';
import type { PagePromise } from '../src/core/pagination.js';
import { APIResource } from '../src/core/resource.js';
import type { Stream } from '../src/core/stream.js';
import { Transport } from '../src/core/transport.js';
import type {
  Item,
  ListOperationId,
  Params,
  PathArgs,
  Result,
  StreamOperationId,
} from '../src/core/types.js';
import type {
  Agent,
  AgentCreateParams,
  Call,
  CallCreateParams,
  CallListParams,
  CallTimelineEvent,
  Event,
  Lead,
  StreamEnd,
  WebhookEndpointWithSecret,
  WebhookRotateSecretParams,
} from '../src/index.js';

const transport = new Transport({
  apiKey: 'kc_test_types',
  baseUrl: 'http://localhost:0',
  timeout: 1_000,
  maxRetries: 0,
  maxResponseBytes: 1_000_000,
  fetch: async () => new Response('{}'),
  defaultHeaders: {},
  log: console,
  debug: false,
});

const callBody: CallCreateParams = { agentId: 'agt_1', to: '+15125551234' };
const agentBody: AgentCreateParams = { name: 'Kai' };

describe('the operation id decides the types', () => {
  it('path arguments are a tuple in the order of the path', () => {
    expectTypeOf<PathArgs<'listCalls'>>().toEqualTypeOf<[]>();
    expectTypeOf<PathArgs<'getCall'>>().toEqualTypeOf<[string]>();
    expectTypeOf<PathArgs<'listAgentConfigVersions'>>().toEqualTypeOf<[string]>();
  });

  it('params are the body, else the query, else nothing', () => {
    expectTypeOf<Params<'createCall'>>().toEqualTypeOf<CallCreateParams>();
    expectTypeOf<Params<'createAgent'>>().toEqualTypeOf<AgentCreateParams>();
    // An optional body (the spec's requestBody without `required`) may be left out.
    expectTypeOf<Params<'rotateWebhookSecret'>>().toEqualTypeOf<WebhookRotateSecretParams | undefined>();
    expectTypeOf<Params<'listCalls'>>().toEqualTypeOf<CallListParams | undefined>();
    expectTypeOf<Params<'getCall'>>().toEqualTypeOf<undefined>();
  });

  it('results and page items are the camelCase views of the response schema', () => {
    expectTypeOf<Result<'getCall'>>().toEqualTypeOf<Call>();
    expectTypeOf<Result<'createAgent'>>().toEqualTypeOf<Agent>();
    expectTypeOf<Item<'listCalls'>>().toEqualTypeOf<Call>();
    expectTypeOf<Item<'listCallEvents'>>().toEqualTypeOf<CallTimelineEvent>();
    expectTypeOf<'listCalls'>().toExtend<ListOperationId>();
    expectTypeOf<'getCall'>().not.toExtend<ListOperationId>();
  });
});

describe('request and list', () => {
  it('accept what the operation takes and return what it answers', () => {
    expectTypeOf(transport.request<'getCall'>).returns.toEqualTypeOf<APIPromise<Call>>();
    expectTypeOf(transport.list<'listCalls'>).returns.toEqualTypeOf<PagePromise<Call>>();
    // Compile-only: calling them would send requests.
    const compileOnly = () => {
      assertType<APIPromise<Call>>(transport.request('getCall', ['call_1'], undefined, undefined));
      assertType<APIPromise<Call>>(transport.request('createCall', [], callBody, { idempotencyKey: 'k' }));
      assertType<APIPromise<Agent>>(transport.request('createAgent', [], agentBody, undefined));
      assertType<APIPromise<WebhookEndpointWithSecret>>(
        transport.request('rotateWebhookSecret', ['whk_1'], undefined, undefined),
      );
      assertType<PagePromise<Call>>(transport.list('listCalls', [], { status: 'completed' }, undefined));
      assertType<PagePromise<Call>>(transport.list('listCalls', [], undefined, undefined));
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('reject another operation’s body, params the operation lacks, and a missing body', () => {
    const compileOnly = () => {
      // @ts-expect-error a createCall body is not a createAgent body
      void transport.request('createAgent', [], callBody, undefined);
      // @ts-expect-error nor the other way round
      void transport.request('createCall', [], agentBody, undefined);
      // @ts-expect-error getCall takes no params
      void transport.request('getCall', ['call_1'], { status: 'completed' }, undefined);
      // @ts-expect-error createCall's body is required
      void transport.request('createCall', [], undefined, undefined);
      // @ts-expect-error not a call status
      void transport.list('listCalls', [], { status: 'done' }, undefined);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('reject a wrong number or type of path arguments', () => {
    const compileOnly = () => {
      // @ts-expect-error getCall needs the call's id
      void transport.request('getCall', [], undefined, undefined);
      // @ts-expect-error getCall has one path parameter
      void transport.request('getCall', ['call_1', 'call_2'], undefined, undefined);
      // @ts-expect-error listCalls has none
      void transport.list('listCalls', ['call_1'], undefined, undefined);
      // @ts-expect-error ids are strings
      void transport.request('getCall', [42], undefined, undefined);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('list takes only operations that answer with a page', () => {
    const compileOnly = () => {
      // @ts-expect-error getCall answers with one call, not a page
      void transport.list('getCall', ['call_1'], undefined, undefined);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe('stream', () => {
  it('yields the item of the operation’s x-stream, and the end of a stream that ends', () => {
    expectTypeOf(transport.stream<'streamCallEvents'>).returns.toEqualTypeOf<
      Stream<CallTimelineEvent, StreamEnd>
    >();
    expectTypeOf(transport.stream<'streamEvents'>).returns.toEqualTypeOf<Stream<Event>>();
    expectTypeOf<'streamEvents'>().toExtend<StreamOperationId>();
    expectTypeOf<'listEvents'>().not.toExtend<StreamOperationId>();
  });

  it('takes only stream operations, with their own params', () => {
    const compileOnly = () => {
      assertType<Stream<Event>>(
        transport.stream('streamEvents', [], { types: ['call.completed'] }, undefined),
      );
      // @ts-expect-error getCall answers JSON, not a stream
      void transport.stream('getCall', ['call_1'], undefined, undefined);
      // @ts-expect-error not an event type
      void transport.stream('streamEvents', [], { types: ['call.done'] }, undefined);
      // @ts-expect-error streamCallEvents needs the call's id
      void transport.stream('streamCallEvents', [], undefined, undefined);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe('a resource method', () => {
  it('cannot claim a result its operation does not return', () => {
    class Resource extends APIResource {
      get(callId: string): APIPromise<Call> {
        return this._transport.request('getCall', [callId], undefined, undefined);
      }

      getLead(callId: string): APIPromise<Lead> {
        // @ts-expect-error getCall answers with a Call, not a Lead
        return this._transport.request('getCall', [callId], undefined, undefined);
      }

      listLeads(): PagePromise<Lead> {
        // @ts-expect-error listCalls pages hold calls, not leads
        return this._transport.list('listCalls', [], undefined, undefined);
      }
    }
    expectTypeOf(new Resource(transport).get).returns.toEqualTypeOf<APIPromise<Call>>();
  });
});
