// Place a call and follow it to the end, printing each step of its timeline as it happens.
//
// With KAICALLS_API_KEY set this talks to the real API; without it, it starts the mock API on this
// machine (its clock sped up), so it runs offline, with no account.
import { startMockServer } from '@kaicalls/mock/server';
import { KaiCalls } from 'kaicalls';

const mock = process.env.KAICALLS_API_KEY
  ? null
  : await startMockServer({ port: 0, speed: Number(process.env.KAICALLS_MOCK_SPEED ?? 20) });
// The client reads KAICALLS_API_KEY and KAICALLS_BASE_URL; the mock only needs to say where it is.
const kai = new KaiCalls(mock ? { apiKey: mock.testKey, baseUrl: mock.baseUrl } : {});

try {
  const { data: agents } = await kai.agents.list({ limit: 1 });
  if (!agents[0]) throw new Error('Create an agent first: this account has none.');

  // +15005550100 is a test number: answered, an appointment booked, a confirmation texted.
  const call = await kai.calls.create({
    agentId: agents[0].id,
    to: process.env.KAICALLS_TO ?? '+15005550100',
    name: 'Jordan Lee',
    context: 'Asked for a quote on a kitchen remodel.',
  });
  console.log(`Calling ${call.to}: ${call.id}`);

  // wait() polls the timeline (as fast as the server's hint allows) and hands over each event once.
  const done = await kai.calls.wait(call.id, {
    timeout: 5 * 60_000,
    onEvent: (event) => {
      const said = event.type === 'transcript.turn' ? `  ${event.data.role}: ${event.data.text}` : '';
      console.log(`${(event.offsetMs / 1000).toFixed(1).padStart(6)}s  ${event.type}${said}`);
    },
  });

  // Whatever the outcome, the call has ended; only answered calls have a conversation and a summary.
  console.log(`\n${done.status} (${done.outcome}), ${done.duration ?? 0}s of conversation`);
  console.log(`Summary: ${done.summary ?? 'none: nobody answered'}`);
} finally {
  await mock?.close();
}
