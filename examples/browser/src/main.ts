// The SDK in a browser page, bundled as an app would bundle it. With ?mode=worker the mock runs in the
// page: msw's service worker answers the SDK's requests with @kaicalls/mock's handlers and the mock's
// clock is virtual. With ?mode=server the same code calls a mock server (`kaicalls mock`) over HTTP.
import { createMock } from '@kaicalls/mock';
import { KaiCalls, NotFoundError } from 'kaicalls';
import { generateSecret, signAsync, verifyAsync } from 'kaicalls/webhooks';
import { setupWorker } from 'msw/browser';

const params = new URLSearchParams(location.search);
const output = document.getElementById('result')!;

async function main() {
  let kai: KaiCalls;
  let finish: (callId: string) => Promise<string>;
  if (params.get('mode') === 'server') {
    kai = new KaiCalls({ apiKey: params.get('apiKey')!, baseUrl: params.get('baseUrl')!, maxRetries: 0 });
    finish = async (id) => (await kai.calls.wait(id, { pollInterval: 50, timeout: 20_000 })).status;
  } else {
    const mock = createMock({ seed: 5 });
    await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'error', quiet: true });
    kai = new KaiCalls({ apiKey: mock.testKey, maxRetries: 0 });
    finish = async (id) => {
      await mock.clock.runUntilIdle();
      return (await kai.calls.get(id)).status;
    };
  }
  const { data: agents } = await kai.agents.list({ limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0]!.id, to: '+15005550100', name: 'Browser Test' });
  const status = await finish(call.id);
  const notFound = await kai.calls.get('call_doesnotexist').then(
    () => 'resolved',
    (error: unknown) => (error instanceof NotFoundError ? error.status : String(error)),
  );
  // Webhook signatures on the browser's WebCrypto (no node:crypto here).
  const secret = generateSecret();
  const signed = await signAsync(
    {
      id: 'evt_browser00001',
      type: 'webhook.test',
      createdAt: new Date().toISOString(),
      data: { webhookId: 'whk_1', message: 'hi' },
    },
    secret,
  );
  const event = await verifyAsync(signed.body, signed.headers, secret);
  return { ok: true, status, notFound, webhook: event.type };
}

main().then(
  (result) => {
    output.textContent = JSON.stringify(result);
  },
  (error: unknown) => {
    const e = error as Error;
    output.textContent = JSON.stringify({ ok: false, name: e.name, message: e.message });
  },
);
