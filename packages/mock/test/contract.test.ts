// The mock enforces exactly what the spec's vendor extensions say: the test numbers, the webhook retry
// schedule and the rate limits. The behaviour tests (timeline, calls, deliveries, ratelimit) pin what the
// mock does with them.
import { describe, expect, it } from 'vitest';
import { spec } from '../src/generated/spec.js';
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
