// What every runtime of the matrix runs, bundled with the built SDK: the client against the mock server
// over real HTTP, and webhook verification on that runtime's crypto (verifyAsync, verifyRequest).
import { KaiCalls, NotFoundError } from 'kaicalls';
import { verifyAsync, verifyRequest, WebhookVerificationError } from 'kaicalls/webhooks';

export interface ScenarioInput {
  baseUrl: string;
  apiKey: string;
  secret: string;
  delivery: { body: string; headers: Record<string, string> };
}

export async function scenario(input: ScenarioInput) {
  const kai = new KaiCalls({ apiKey: input.apiKey, baseUrl: input.baseUrl, maxRetries: 0 });
  const { data: agents } = await kai.agents.list({ limit: 1 });
  const call = await kai.calls.create({ agentId: agents[0]!.id, to: '+15005550102', name: 'Matrix Row' });
  const done = await kai.calls.wait(call.id, { pollInterval: 20, timeout: 20_000 });
  const notFound = await kai.calls.get('call_doesnotexist').then(
    () => 'resolved',
    (error: unknown) => (error instanceof NotFoundError ? error.status : String(error)),
  );
  const { body, headers } = input.delivery;
  const event = await verifyAsync(new TextEncoder().encode(body), headers, input.secret);
  const request = new Request('https://app.test/webhooks', { method: 'POST', body, headers });
  const fromRequest = await verifyRequest(request, input.secret);
  const tampered = await verifyAsync(body.replace('}', ', "x": 1}'), headers, input.secret).then(
    () => 'accepted',
    (error: unknown) => (error instanceof WebhookVerificationError ? error.reason : String(error)),
  );
  return {
    agents: agents.length,
    status: done.status,
    notFound,
    event: event.type,
    fromRequest: fromRequest.id,
    tampered,
  };
}
