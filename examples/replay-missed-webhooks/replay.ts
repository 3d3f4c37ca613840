// Your webhook endpoint was down while calls happened. Nothing is lost: every event stays in the event log,
// failed deliveries are listed with each attempt, and a backfill sends the missed ones again, each with its
// original `webhook-id`, so a handler that deduplicates by it processes every event exactly once.
//
// Runs offline against the mock API, with a real Express endpoint on this machine. The mock runs 60×
// faster than real time, so that the retries due minutes later arrive within seconds.
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@kaicalls/mock/server';
import express from 'express';
import { KaiCalls } from 'kaicalls';
import { verify, WebhookVerificationError } from 'kaicalls/webhooks';

const mock = await startMockServer({ port: 0, speed: Number(process.env.KAICALLS_MOCK_SPEED ?? 60) });
const kai = new KaiCalls({ apiKey: mock.testKey, baseUrl: mock.baseUrl });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The endpoint: verified, and idempotent by webhook-id (see the express-webhooks example).
let secret = '';
const processed = new Map<string, string>(); // webhook-id → event type
let duplicates = 0;
const app = express();
app.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
  try {
    const event = verify(req.body, req.headers, secret);
    const id = req.header('webhook-id')!;
    if (processed.has(id)) duplicates++;
    else processed.set(id, event.type);
    res.sendStatus(204);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    res.status(400).json({ error: { code: error.reason, message: error.message } });
  }
});

// Take a free port, then leave it closed: deliveries to it are refused, as when a deploy goes wrong.
let server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
server.close();

try {
  const hook = await kai.webhooks.create({ url: `http://127.0.0.1:${port}/webhooks`, events: ['*'] });
  secret = hook.secret;
  console.log(`endpoint  down; subscribed ${hook.id} to every event`);

  // A call happens while the endpoint is down: a conversation, a booking, an SMS.
  const { data: agents } = await kai.agents.list({ isActive: true, limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0]!.id, to: '+15005550100', name: 'Jordan Lee' });
  await kai.calls.wait(call.id);
  let failed = await kai.deliveries.list({ webhookId: hook.id, status: 'retrying', limit: 100 });
  while (!failed.data.some((d) => d.eventType === 'sms.delivered')) {
    await sleep(50);
    failed = await kai.deliveries.list({ webhookId: hook.id, status: 'retrying', limit: 100 });
  }

  // What the delivery log says: every attempt, why it failed, when the next retry is due.
  console.log(`missed    ${failed.data.length} deliveries, e.g.:`);
  for (const delivery of failed.data.slice(0, 3)) {
    const attempt = delivery.attempts.at(-1)!;
    console.log(
      `          ${delivery.eventType.padEnd(18)} attempt ${attempt.attempt}: ${attempt.error}, next at ${delivery.nextAttemptAt}`,
    );
  }

  // The endpoint is back. Rather than wait for the retry schedule (30 s, 5 min, 30 min, 2 h), backfill
  // now: every event since the subscription was created whose last delivery did not succeed.
  server = app.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const backfill = await kai.events.backfill({ webhookId: hook.id, from: hook.createdAt, onlyFailed: true });
  console.log(`endpoint  up; backfill queued ${backfill.eventCount} events`);

  // Wait for both the backfill and the scheduled retries to land: the retries arrive as duplicates.
  for (;;) {
    const { data } = await kai.deliveries.list({ webhookId: hook.id, limit: 100 });
    if (data.every((d) => d.status === 'succeeded')) break;
    await sleep(50);
  }

  // Nothing lost: every event in the log since the subscription was processed, and each exactly once.
  const logged: string[] = [];
  for await (const event of kai.events.list({ createdAfter: hook.createdAt, limit: 100 }))
    logged.push(event.id);
  const lost = logged.filter((id) => !processed.has(id));
  console.log(
    `received  ${processed.size + duplicates} deliveries: ${processed.size} events processed once,`,
  );
  console.log(`          ${duplicates} duplicates acknowledged by their webhook-id and skipped`);
  console.log(`event log ${logged.length} events; ${lost.length === 0 ? 'none' : lost.join(', ')} lost`);
  if (lost.length > 0) process.exitCode = 1;
} finally {
  server.closeAllConnections();
  server.close();
  await mock.close();
}
