// The mock enforces exactly what the spec's vendor extensions say: the test numbers, the webhook retry
// schedule and the rate limits. The behaviour tests (timeline, calls, deliveries, ratelimit) pin what the
// mock does with them.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { spec } from '../src/generated/spec.js';
import type { components } from '../src/index.js';
import { LIMITS, MAGIC_NUMBERS, REJECTED_NUMBER, RETRY_DELAYS_MS } from '../src/index.js';

describe('the mock follows the spec', () => {
  it('places a scripted call for every test number but the rejected one', () => {
    const numbers: Record<string, string> = spec['x-test-numbers'];
    expect(numbers[REJECTED_NUMBER]).toBe('rejected');
    expect(Object.keys(MAGIC_NUMBERS)).toEqual(Object.keys(numbers).filter((to) => to !== REJECTED_NUMBER));
  });

  it('retries webhook deliveries on the spec schedule', () => {
    expect(RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual(spec['x-webhook-retry-schedule-seconds']);
  });

  it('limits createCall by its own x-rate-limit and everything else by the root one', () => {
    const createCall = spec.paths['/v1/calls'].post['x-rate-limit'];
    expect(LIMITS).toEqual({ default: spec['x-rate-limit'].requests, createCall: createCall.requests });
  });
});

describe('the types openapi-typescript writes from the spec', () => {
  type Schemas = components['schemas'];

  it('type the items of every list (Page declares no `data: unknown[]` for lists to intersect with)', () => {
    const page: Schemas['AgentList'] = { object: 'list', data: [], has_more: false, next_cursor: null };
    // With `unknown[] & Agent[]`, `.map` resolves on `unknown[]` and its callback gets `unknown`.
    const names: string[] = page.data.map((agent) => agent.name);
    expect(names).toEqual([]);
    expectTypeOf(page.data.map((agent) => agent)).toEqualTypeOf<Schemas['Agent'][]>();
    expectTypeOf<Schemas['CallList']['data'][number]>().toEqualTypeOf<Schemas['Call']>();
  });

  it('name the error envelope so that it never shadows the built-in Error', () => {
    expect(spec.components.schemas).not.toHaveProperty('Error');
    expectTypeOf<Schemas['ErrorEnvelope']['error']['code']>().toEqualTypeOf<Schemas['ErrorCode']>();
  });
});
