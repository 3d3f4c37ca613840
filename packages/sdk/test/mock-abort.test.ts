// Abort and timeouts of calls.wait on the mock's virtual clock: the call never moves on its own, so the
// wait sits in its poll loop (the hint is a full second) until the signal or the deadline stops it.
import { describe, expect, it } from 'vitest';
import { APIUserAbortError, WaitTimeoutError } from '../src/index.js';
import { activeAgent, useMock } from './mock-setup.js';

const { kai, mock } = useMock();

describe('calls.wait stops at once', () => {
  it.each([0, 20, 150])('when aborted %i ms in', async (after) => {
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550105' });
    const controller = new AbortController();
    const started = performance.now();
    const waiting = kai.calls.wait(created.id, { signal: controller.signal });
    const reason = new Error('the user left');
    setTimeout(() => controller.abort(reason), after);
    // An SDK error whatever the wait was doing (a request, the poll's pause, the stream), the reason its cause.
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toMatchObject({ name: 'AbortError', cause: reason });
    // Well before the first poll interval (a second) is over, even on a busy machine.
    expect(performance.now() - started).toBeLessThan(after + 700);
  });

  it('at the deadline, with the call as last seen', async () => {
    const created = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550105' });
    await mock.clock.advance(3_000);
    const started = performance.now();
    const error = await kai.calls.wait(created.id, { timeout: 150 }).catch((e: any) => e);
    expect(performance.now() - started).toBeLessThan(900);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastCall.status).toBe('ringing');
  });
});
