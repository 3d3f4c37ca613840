// A CommonJS consumer: require() of every entry point, and the mock in-process with msw's setupServer.
const { KaiCalls, KaiCallsError } = require('kaicalls');
const { verify, WebhookVerificationError } = require('kaicalls/webhooks');
const { createMock, TEST_API_KEY } = require('@kaicalls/mock');
const { startMockServer } = require('@kaicalls/mock/server');
const { setupServer } = require('msw/node');

async function main() {
  const mock = createMock();
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const kai = new KaiCalls({ apiKey: TEST_API_KEY });
    const call = await kai.calls.create({
      agentId: (await kai.agents.list()).data[0].id,
      to: '+15005550102',
    });
    await mock.clock.runUntilIdle();
    const done = await kai.calls.get(call.id);
    let reason = null;
    try {
      verify('{}', {}, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    } catch (error) {
      reason = error instanceof WebhookVerificationError ? error.reason : String(error);
    }
    // Two copies of msw (a nested one under the mock) made close() throw `handler.dispose is not a function`.
    server.close();
    console.log(
      JSON.stringify({
        status: done.status,
        base: new KaiCallsError('x') instanceof Error,
        reason,
        server: typeof startMockServer,
        closed: true,
      }),
    );
  } catch (error) {
    server.close();
    throw error;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
