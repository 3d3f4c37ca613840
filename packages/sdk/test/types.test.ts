// Type-level behaviour: checked by `tsc` (the typecheck script includes test/); the `it` blocks only make
// vitest list them. A wrong parameter name or type must fail to compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type APIPromise,
  type APIResponse,
  type Call,
  type CallTimelineEvent,
  type Event,
  KaiCalls,
  type Page,
  type PagePromise,
  type WaitOptions,
} from '../src/index.js';

const kai = new KaiCalls({ apiKey: 'kc_test_types', fetch: async () => new Response('{}') });

describe('parameters', () => {
  it('calls.create takes camelCase fields with the spec’s types', () => {
    expectTypeOf(kai.calls.create).toBeCallableWith({ agentId: 'agt_1', to: '+15125551234' });
    expectTypeOf(kai.calls.create).toBeCallableWith({
      agentId: 'agt_1',
      to: '+15125551234',
      name: 'John',
      maxDuration: 300,
      metadata: { crm_ticket: 'T-1' },
    });
    // @ts-expect-error snake_case is the wire's, not the SDK's
    expectTypeOf(kai.calls.create).toBeCallableWith({ agent_id: 'agt_1', to: '+15125551234' });
    // @ts-expect-error `to` is required
    expectTypeOf(kai.calls.create).toBeCallableWith({ agentId: 'agt_1' });
    // @ts-expect-error maxDuration is a number
    expectTypeOf(kai.calls.create).toBeCallableWith({ agentId: 'agt_1', to: '+1', maxDuration: '300' });
    // @ts-expect-error metadata values are strings
    expectTypeOf(kai.calls.create).toBeCallableWith({ agentId: 'agt_1', to: '+1', metadata: { n: 1 } });
    const compileOnly = () => {
      // @ts-expect-error unknown field
      void kai.calls.create({ agentId: 'agt_1', to: '+1', agentID: 'x' });
      // @ts-expect-error a typo in an option
      void kai.calls.get('call_1', { timeoutMs: 5 });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('query filters are typed, enums included', () => {
    expectTypeOf(kai.calls.list).toBeCallableWith({
      status: 'completed',
      createdAfter: '2026-01-01T00:00:00Z',
    });
    expectTypeOf(kai.calls.list).toBeCallableWith();
    // @ts-expect-error not a call status
    expectTypeOf(kai.calls.list).toBeCallableWith({ status: 'done' });
    // @ts-expect-error limit is a number
    expectTypeOf(kai.calls.list).toBeCallableWith({ limit: '10' });
    expectTypeOf(kai.calls.listEvents).toBeCallableWith('call_1', { afterSequence: 3 });
    // @ts-expect-error the wire name
    expectTypeOf(kai.calls.listEvents).toBeCallableWith('call_1', { after_sequence: 3 });
  });

  it('path parameters come first, positionally', () => {
    expectTypeOf(kai.agents.update).toBeCallableWith('agt_1', { name: 'Kai' });
    // @ts-expect-error the id is missing
    expectTypeOf(kai.agents.update).toBeCallableWith({ name: 'Kai' });
    // @ts-expect-error ids are strings
    expectTypeOf(kai.calls.get).toBeCallableWith(42);
    expectTypeOf(kai.webhooks.rotateSecret).toBeCallableWith('whk_1', { gracePeriodSeconds: 3600 });
    expectTypeOf(kai.events.replay).toBeCallableWith('evt_1', { webhookId: 'whk_1' });
    expectTypeOf(kai.account.getBalance).toBeCallableWith();
  });

  it('request options are typed', () => {
    expectTypeOf(kai.calls.get).toBeCallableWith('call_1', {
      timeout: 5000,
      maxRetries: 0,
      signal: AbortSignal.abort(),
    });
    expectTypeOf(kai.calls.create).toBeCallableWith({ agentId: 'a', to: '+1' }, { idempotencyKey: 'k' });
    // @ts-expect-error timeout is milliseconds
    expectTypeOf(kai.calls.get).toBeCallableWith('call_1', { timeout: '5s' });
  });

  it('wait options are typed', () => {
    expectTypeOf(kai.calls.wait).toBeCallableWith('call_1', {
      timeout: 1000,
      onEvent: (e: CallTimelineEvent) => e.type,
    });
    expectTypeOf<WaitOptions['onEvent']>().parameter(0).toEqualTypeOf<CallTimelineEvent>();
    // @ts-expect-error no such option
    expectTypeOf(kai.calls.wait).toBeCallableWith('call_1', { pollEvery: 1000 });
  });
});

describe('results', () => {
  it('are camelCase views of the spec’s schemas', () => {
    expectTypeOf(kai.calls.get('call_1')).toEqualTypeOf<APIPromise<Call>>();
    expectTypeOf<Call['agentId']>().toEqualTypeOf<string>();
    expectTypeOf<Call['summary']>().toEqualTypeOf<string | null>();
    expectTypeOf<Call['metadata']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<Call>().not.toHaveProperty('agent_id');
    expectTypeOf<Call['transcript']>().toEqualTypeOf<
      { role: 'agent' | 'customer'; text: string; offsetMs: number }[] | null
    >();
  });

  it('lists give pages of items', () => {
    expectTypeOf(kai.calls.list).returns.toEqualTypeOf<PagePromise<Call>>();
    expectTypeOf<Awaited<PagePromise<Call>>>().toEqualTypeOf<Page<Call>>();
    expectTypeOf<Page<Call>['data']>().toEqualTypeOf<Call[]>();
    // Type-only: calling wait here would start polling a fake API.
    expectTypeOf(kai.calls.wait).returns.resolves.toEqualTypeOf<Call>();
  });

  it('withResponse adds the response, the request id and the wire JSON', () => {
    expectTypeOf(kai.calls.get('call_1').withResponse()).resolves.toEqualTypeOf<APIResponse<Call>>();
    expectTypeOf<APIResponse<Call>['requestId']>().toEqualTypeOf<string | null>();
  });

  it('events are a union discriminated by type', () => {
    expectTypeOf(kai.events.get('evt_1')).resolves.toEqualTypeOf<Event>();
    const narrow = (event: Event) => {
      if (event.type === 'call.completed') {
        expectTypeOf(event.data.summary).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });
});
