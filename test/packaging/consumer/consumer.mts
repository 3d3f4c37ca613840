// Type-checked (not run) under moduleResolution node16 and bundler: the published types resolve through the
// `import` condition and are precise (a wrong parameter is an error, not `any`).
import { createMock, type Mock } from '@kaicalls/mock';
import { type MockServer, startMockServer } from '@kaicalls/mock/server';
import { APIError, type Call, KaiCalls, type Page, RateLimitError } from 'kaicalls';
import { verify, type WebhookEvent, type WebhookEventOf } from 'kaicalls/webhooks';

const kai = new KaiCalls({ apiKey: 'kc_test_x', maxRetries: 1, timeout: 5_000 });

export async function placeCall(agentId: string): Promise<Call> {
  const call = await kai.calls.create({ agentId, to: '+15005550100', metadata: { source: 'types' } });
  const status: Call['status'] = call.status;
  // @ts-expect-error: parameters are camelCase; the wire name does not type-check.
  await kai.calls.create({ agent_id: agentId, to: '+15005550100' });
  // @ts-expect-error: `to` is required.
  await kai.calls.create({ agentId });
  return status === 'completed' ? call : kai.calls.wait(call.id, { onEvent: (event) => void event.sequence });
}

export async function firstPage(): Promise<Page<Call>> {
  const page = await kai.calls.list({ status: 'completed', limit: 10 });
  for await (const call of kai.calls.list()) void call.id;
  return page;
}

export function onWebhook(body: string, headers: Headers, secret: string): string | null | undefined {
  const event: WebhookEvent = verify(body, headers, secret);
  if (event.type === 'call.completed') {
    const completed: WebhookEventOf<'call.completed'> = event;
    return completed.data.summary;
  }
  return undefined;
}

export function describe(error: unknown): string {
  if (error instanceof RateLimitError) return `retry in ${error.retryAfter}`;
  if (error instanceof APIError) return `${error.status} ${error.code} ${error.requestId}`;
  return 'unknown';
}

export async function mocks(): Promise<[Mock, MockServer]> {
  const mock = createMock({ seed: 2, chaos: { errorRate: 0.1 } });
  await mock.clock.advance(1_000);
  return [mock, await startMockServer({ port: 0, speed: 10 })];
}
