// Runs the endpoint. With KAICALLS_WEBHOOK_SECRET set it just listens (PORT, default 3000) for the real
// API. Without it, it runs offline: it starts the mock API, subscribes itself, places a call, and asks for
// one event again to show that a duplicate is acknowledged but not processed twice.
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@kaicalls/mock/server';
import { KaiCalls } from 'kaicalls';
import { createWebhookApp, inMemoryInbox } from './app.js';

const inbox = inMemoryInbox();
const secret = process.env.KAICALLS_WEBHOOK_SECRET;

if (secret) {
  const app = createWebhookApp({
    secret,
    inbox,
    handle: (event) => console.log(`processed ${event.type} ${event.id}`),
  });
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => console.log(`Listening on http://localhost:${port}/webhooks`));
} else {
  const mock = await startMockServer({ port: 0, speed: Number(process.env.KAICALLS_MOCK_SPEED ?? 20) });
  const kai = new KaiCalls({ apiKey: mock.testKey, baseUrl: mock.baseUrl });
  let signingSecret = '';
  const processed: string[] = [];
  const app = createWebhookApp({
    // The secret exists only once the subscription does, below; the getter reads it per request.
    get secret() {
      return signingSecret;
    },
    inbox,
    handle: (event) => {
      processed.push(event.id);
      console.log(`processed  ${event.type.padEnd(18)} ${event.id}`);
    },
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;

  try {
    const hook = await kai.webhooks.create({ url, events: ['call.completed', 'analysis.complete'] });
    signingSecret = hook.secret;
    const { data: agents } = await kai.agents.list({ limit: 1 });
    const call = await kai.calls.create({ agentId: agents[0]!.id, to: '+15005550100', name: 'Jordan Lee' });
    await kai.calls.wait(call.id);
    await until(() => processed.length >= 2);

    // Ask for call.completed again, as a retry or a replay would send it: same event, same webhook-id.
    const { data: completed } = await kai.events.list({ type: 'call.completed', limit: 1 });
    const replay = await kai.events.replay(completed[0]!.id, { webhookId: hook.id });
    await until(async () => {
      const delivery = await kai.deliveries.get(replay.deliveries[0]!.id);
      return delivery.status === 'succeeded';
    });
    console.log(
      `replayed   ${completed[0]!.type.padEnd(18)} ${completed[0]!.id}: acknowledged, not processed again`,
    );
    console.log(`${processed.length} events processed, ${inbox.size()} webhook-ids remembered`);
  } finally {
    server.closeAllConnections();
    server.close();
    await mock.close();
  }
}

/** Polls briefly: deliveries arrive over HTTP a moment after the API call that caused them returns. */
async function until(done: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a webhook delivery.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
