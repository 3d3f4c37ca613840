// An ESM consumer of the installed tarballs: the SDK against the mock server over real HTTP, and the
// webhooks subpath on its own. Prints one JSON line for the test to check.
import { startMockServer } from '@kaicalls/mock/server';
import { KaiCalls, NotFoundError, operations } from 'kaicalls';
import { generateSecret, sign, verify } from 'kaicalls/webhooks';

const server = await startMockServer({ port: 0, speed: 1000 });
try {
  const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl, maxRetries: 0 });
  const { data: agents } = await kai.agents.list({ limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0].id, to: '+15005550100', name: 'Pack Test' });
  const done = await kai.calls.wait(call.id, { pollInterval: 20, timeout: 30_000 });
  let notFound = null;
  try {
    await kai.calls.get('call_doesnotexist');
  } catch (error) {
    notFound = error instanceof NotFoundError ? error.status : String(error);
  }
  const secret = generateSecret();
  const signed = sign(
    { id: 'evt_pack', type: 'call.completed', createdAt: new Date().toISOString(), data: {} },
    secret,
  );
  const event = verify(signed.body, signed.headers, secret);
  console.log(
    JSON.stringify({
      operations: operations.length,
      created: call.id,
      status: done.status,
      hasSummary: typeof done.summary === 'string' && done.summary.length > 0,
      notFound,
      webhook: event.type,
    }),
  );
} finally {
  await server.close();
}
