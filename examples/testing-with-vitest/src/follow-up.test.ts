// Testing an app that uses KaiCalls, offline and deterministic:
// - @kaicalls/mock's msw handlers answer the SDK's requests in-process (setupServer from msw/node);
// - the mock's clock is virtual: a two-minute call takes no time, and a test can stop it mid-call;
// - the magic numbers pick each outcome, so every branch of the app gets its test.
import { createMock } from '@kaicalls/mock';
import { KaiCalls } from 'kaicalls';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callLead, followUp } from './follow-up.js';

const mock = createMock({ seed: 42 });
const server = setupServer(...mock.handlers);
// Retries off: the mock never fails unless asked to, and a test should see the first error as it is.
const kai = new KaiCalls({ apiKey: mock.testKey, maxRetries: 0 });
let agentId: string;

// 'error': a request the mock does not handle fails the test instead of reaching the internet.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  // Same seed, same fixtures, same timelines: each test starts from the same state.
  await mock.reset();
  const { data } = await kai.agents.list({ isActive: true, limit: 1 });
  agentId = data[0]!.id;
});

/** Places a call to a test number and plays its whole timeline on the virtual clock. */
async function callAndFinish(phone: string) {
  const result = await callLead(kai, agentId, { name: 'Jordan Lee', phone });
  if (!result.placed) throw new Error(result.reason);
  await mock.clock.runUntilIdle();
  return followUp(kai, result.callId);
}

describe('follow-up app', () => {
  it('books the visit and sees the confirmation SMS delivered (+15005550100)', async () => {
    const result = await callAndFinish('+15005550100');

    expect(result).toMatchObject({
      action: 'booked',
      appointment: { status: 'scheduled' },
      confirmation: { status: 'delivered', to: '+15005550100' },
      confirmByHand: false,
    });
  });

  it('asks a person to call back when the follow-up text fails (+15005550107)', async () => {
    const result = await callAndFinish('+15005550107');

    expect(result).toMatchObject({
      action: 'call-back',
      summary: expect.any(String),
      error: expect.any(String),
    });
  });

  it('pages the on-call technician when the caller describes an emergency (+15005550106)', async () => {
    const result = await callAndFinish('+15005550106');

    expect(result.action).toBe('page-on-call');
  });

  it.each([
    ['+15005550101', 'no-answer'],
    ['+15005550102', 'busy'],
    ['+15005550103', 'failed'],
    ['+15005550104', 'voicemail'],
  ] as const)('retries later when %s ends %s', async (phone, status) => {
    expect(await callAndFinish(phone)).toEqual({ action: 'retry-later', status });
  });

  it('reports a number the API refuses instead of throwing (+15005550001)', async () => {
    const scheduled = mock.clock.pending();

    const result = await callLead(kai, agentId, { name: 'Jordan Lee', phone: '+15005550001' });

    expect(result).toMatchObject({ placed: false, reason: expect.stringContaining('+15005550001') });
    expect(mock.clock.pending()).toBe(scheduled); // no call was placed, so nothing new is scheduled
  });

  it('waits while the call is still ringing, using the clock to stop mid-call (+15005550101)', async () => {
    const result = await callLead(kai, agentId, { name: 'Jordan Lee', phone: '+15005550101' });
    if (!result.placed) throw new Error(result.reason);

    // The ring timeout is 30 s: ten seconds in, nobody has answered yet and the call has not ended.
    await mock.clock.advance(10_000);
    expect(await followUp(kai, result.callId)).toEqual({ action: 'wait' });
    expect((await kai.calls.get(result.callId)).status).toBe('ringing');

    await mock.clock.advance(30_000);
    expect(await followUp(kai, result.callId)).toEqual({ action: 'retry-later', status: 'no-answer' });
  });
});
