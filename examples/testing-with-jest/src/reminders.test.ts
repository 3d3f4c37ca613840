// The same tests run under Jest's CommonJS runtime (jest.config.cjs, ts-jest) and its ESM runtime
// (jest.esm.config.mjs). @kaicalls/mock's msw handlers answer in-process; its clock is virtual.
import { createMock } from '@kaicalls/mock';
import { KaiCalls } from 'kaicalls';
import { setupServer } from 'msw/node';
import { outcome, remind } from './reminders';

const mock = createMock({ seed: 7 });
const server = setupServer(...mock.handlers);
const kai = new KaiCalls({ apiKey: mock.testKey, maxRetries: 0 });
const customer = { name: 'Sam Rivera', appointment: 'Tuesday 10:00' };
let agentId: string;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await mock.reset();
  agentId = (await kai.agents.list({ limit: 1 })).data[0]!.id;
});

async function callId(phone: string): Promise<string> {
  const placed = await remind(kai, agentId, { ...customer, phone });
  if (!placed.placed) throw new Error(placed.message);
  return placed.callId;
}

test('a customer who answers: reached, with the summary of the call', async () => {
  const id = await callId('+15005550100');
  await mock.clock.runUntilIdle();

  expect(await outcome(kai, id)).toEqual({ outcome: 'reached', summary: expect.any(String) });
});

test('still ringing ten seconds in, then no answer after the ring timeout', async () => {
  const id = await callId('+15005550101');
  await mock.clock.advance(10_000);
  expect(await outcome(kai, id)).toEqual({ outcome: 'in-progress' });

  await mock.clock.runUntilIdle();
  expect(await outcome(kai, id)).toEqual({ outcome: 'try-again', status: 'no-answer' });
});

test.each([
  ['+15005550102', { outcome: 'try-again', status: 'busy' }],
  ['+15005550104', { outcome: 'voicemail' }],
])('%s: %o', async (phone, expected) => {
  const id = await callId(phone);
  await mock.clock.runUntilIdle();

  expect(await outcome(kai, id)).toEqual(expected);
});

test('a number the API refuses: the typed error names the field, and no call is placed', async () => {
  const calls = mock.state.calls.size;

  const placed = await remind(kai, agentId, { ...customer, phone: '+15005550001' });

  expect(placed).toMatchObject({ placed: false, field: 'to' });
  expect(mock.state.calls.size).toBe(calls);
});
