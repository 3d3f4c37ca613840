// Signed deliveries through the real Fastify request pipeline (app.inject: routing, content-type parsers,
// replies), as KaiCalls sends them.
import { generateSecret, sign, type WebhookEvent } from 'kaicalls/webhooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';

const secret = generateSecret();
const event = {
  id: 'evt_fastify0001',
  type: 'webhook.test',
  createdAt: new Date().toISOString(),
  data: { webhookId: 'whk_1Pz5rK8mTy', message: 'This is a test event from KaiCalls.' },
} as const;

let handled: WebhookEvent[];
let app: ReturnType<typeof buildApp>;

beforeEach(() => {
  handled = [];
  app = buildApp({ secret, handle: (e) => void handled.push(e) });
});

const deliver = (body: string, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/webhooks',
    payload: body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('fastify-webhooks', () => {
  it('verifies a delivery and hands the typed event to the app', async () => {
    const { body, headers } = sign(event, secret);

    const res = await deliver(body, headers);

    expect(res.statusCode).toBe(200);
    expect(handled).toMatchObject([{ type: 'webhook.test', data: { webhookId: 'whk_1Pz5rK8mTy' } }]);
  });

  it('rejects a forged delivery with 400 and its reason, with the hint in Fastify terms', async () => {
    const { body, headers } = sign(event, generateSecret());

    const res = await deliver(body, headers);

    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    expect(res.json().error.message).toContain('rawJsonParser');
    expect(res.json().error.message).not.toMatch(/express/i);
    expect(handled).toEqual([]);
  });

  it('keeps Fastify’s JSON parser for the rest of the app', async () => {
    const res = await app.inject({ method: 'POST', url: '/orders', payload: { id: 1 } });

    expect(res.json()).toEqual({ parsed: true });
  });
});
