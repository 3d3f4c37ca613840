// Type-checked under module CommonJS with moduleResolution node10 (the classic ts-jest set-up), which
// knows no `exports`: every entry point's types must resolve through `types` and `typesVersions`.
import { createMock } from '@kaicalls/mock';
import { startMockServer } from '@kaicalls/mock/server';
import { type Call, KaiCalls } from 'kaicalls';
import { verify, type WebhookEvent, WebhookVerificationError } from 'kaicalls/webhooks';

declare const env: Record<string, string | undefined>;

const kai = new KaiCalls({ apiKey: env.KAICALLS_API_KEY, baseUrl: env.KAICALLS_BASE_URL });
export const created: Promise<Call> = kai.calls.create({ agentId: 'agt_x', to: '+15005550100' });
// @ts-expect-error: the agent id is a string (the types are precise, not `any`).
kai.calls.create({ agentId: 42, to: '+15005550100' });
export const event = (body: string): WebhookEvent => verify(body, {}, 'whsec_x');
export const reason = (error: unknown) => (error instanceof WebhookVerificationError ? error.reason : null);
export const mock = () => createMock({ seed: 3 }).handlers.length;
export const server = () => startMockServer({ port: 0 }).then((s) => s.baseUrl);
