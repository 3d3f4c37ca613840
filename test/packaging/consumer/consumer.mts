// Type-checked (not run) under moduleResolution node16 and bundler: the published types resolve through the
// `import` condition and are precise (a wrong parameter is an error, not `any`).
import { createMock, type Mock } from '@kaicalls/mock';
import { type MockServer, startMockServer } from '@kaicalls/mock/server';
import { APIError, type Call, isKaiCallsError, KaiCalls, type Page, RateLimitError } from 'kaicalls';
import {
  verify,
  verifyRequest,
  type WebhookEvent,
  type WebhookEventOf,
  webhookHandler,
} from 'kaicalls/webhooks';

const kai = new KaiCalls({ apiKey: 'kc_test_x', maxRetries: 1, timeout: 5_000 });

// exactOptionalPropertyTypes: an option read from the environment may be undefined, and every option type
// accepts it (getting-started's `new KaiCalls({ apiKey: process.env.KAICALLS_API_KEY })`).
declare const env: Record<string, string | undefined>;
declare const maybe: number | undefined;
export const fromEnv = new KaiCalls({
  apiKey: env.KAICALLS_API_KEY,
  baseUrl: env.KAICALLS_BASE_URL,
  timeout: maybe,
});
export const oneRequest = fromEnv.calls.get('call_x', {
  timeout: maybe,
  idempotencyKey: env.KEY,
  signal: undefined,
});
export const waited = fromEnv.calls.wait('call_x', { pollInterval: maybe, onEvent: undefined });
export const tolerant = (body: string, headers: Headers) =>
  verify(body, headers, 'whsec_x', { tolerance: maybe });
export const seeded = () => createMock({ seed: maybe, chaos: { errorRate: maybe } });
export const served = () => startMockServer({ port: maybe, host: env.HOST, stateFile: env.STATE });

/** A rejection is unknown; isKaiCallsError narrows it to the class it names. */
export async function param(): Promise<string | null | undefined> {
  const error = await kai.calls.create({ agentId: 'agt_x', to: '+15005550001' }).catch((e: unknown) => e);
  return isKaiCallsError(error, APIError) ? error.param : undefined;
}

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

export const handler: (request: Request) => Promise<Response> = webhookHandler(
  { secret: 'whsec_x' },
  (event) => (event.type === 'call.completed' ? new Response(event.data.summary) : undefined),
);
export const fromRequest = (request: Request): Promise<WebhookEvent> =>
  verifyRequest(request, ['whsec_a', 'whsec_b']);
