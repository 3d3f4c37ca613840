// calls.wait's polling (`follow: 'poll'`, what it does against a server that does not stream) on the mock's
// voice loop: how many requests a wait makes and how long after the end of the call it resolves, measured on
// the mock's clock (real time × SPEED), for every test number that is answered, against polling calls.get
// at the server's hint (what a hand-written loop would do). The stream-based wait: bench/stream.mjs.
// Run: pnpm --filter kaicalls build && pnpm --filter @kaicalls/mock build && node bench/wait.mjs
import { createMock } from '@kaicalls/mock';
import { setupServer } from 'msw/node';
import { KaiCalls } from '../dist/index.js';

const SPEED = Number(process.env.BENCH_SPEED ?? 20);
const mock = createMock({ speed: SPEED, rateLimit: false });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
await mock.ready;

let requests = 0;
const kai = new KaiCalls({
  apiKey: mock.testKey,
  fetch: (input, init) => {
    requests++;
    return fetch(input, init);
  },
});
let agentId;
for await (const agent of kai.agents.list({ isActive: true })) {
  agentId = agent.id;
  break;
}

/** Polls calls.get at the server's hint until the call is over and analysed. */
async function naiveWait(id) {
  for (;;) {
    const { data: call, response } = await kai.calls.get(id).withResponse();
    if (call.endedAt && (call.answeredAt === null || call.summary)) return call;
    const hint = Number(response.headers.get('x-poll-interval-ms')) || 1000 / SPEED;
    await new Promise((resolve) => setTimeout(resolve, hint));
  }
}

const rows = [];
for (const to of ['+15005550100', '+15005550106', '+15005550107', '+15005550104', '+15005550101']) {
  for (const strategy of ["calls.wait (follow: 'poll')", 'calls.get at the hint']) {
    const call = await kai.calls.create({ agentId, to });
    const startedAt = Date.parse(call.createdAt);
    requests = 0;
    const done = strategy.startsWith('calls.wait')
      ? await kai.calls.wait(call.id, { follow: 'poll' })
      : await naiveWait(call.id);
    const resolvedAt = mock.clock.now();
    const made = requests;
    // The end the wait waits for: analysis.complete for an answered call, else call.ended.
    const events = [];
    for await (const event of kai.calls.listEvents(done.id)) events.push(event);
    const end = events.find((e) => e.type === (done.answeredAt ? 'analysis.complete' : 'call.ended'));
    const endAt = Date.parse(end.occurredAt);
    rows.push({
      to,
      strategy,
      status: done.status,
      length: ((endAt - startedAt) / 1000).toFixed(1),
      requests: made,
      lag: ((resolvedAt - endAt) / 1000).toFixed(1),
    });
  }
}
server.close();

console.log(
  `\ncalls.wait on the mock (speed ${SPEED}; seconds on the mock's clock; server hint 1 s, wait backs off to 10 s)`,
);
console.log('| to | outcome | call length s | strategy | requests | resolved after the end, s |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(`| ${r.to} | ${r.status} | ${r.length} | ${r.strategy} | ${r.requests} | ${r.lag} |`);
