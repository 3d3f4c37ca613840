// Signed deliveries through Hono's real routing (app.request builds a Web Request and returns the Response).
import { generateSecret, sign, type WebhookEvent } from 'kaicalls/webhooks';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';

const secret = generateSecret();
const event = {
  id: 'evt_hono00000001',
  type: 'webhook.test',
  createdAt: new Date().toISOString(),
  data: { webhookId: 'whk_1Pz5rK8mTy', message: 'This is a test event from KaiCalls.' },
} as const;

function setup() {
  const handled: WebhookEvent[] = [];
  const app = createApp(secret, (e) => void handled.push(e));
  const deliver = (body: string, headers: Record<string, string>) =>
    app.request('/webhooks', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  return { handled, deliver };
}

describe('hono-webhooks', () => {
  it('verifies a delivery and hands the typed event to the app', async () => {
    const { handled, deliver } = setup();
    const { body, headers } = sign(event, secret);

    const res = await deliver(body, headers);

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 'evt_hono00000001' });
    expect(handled).toMatchObject([{ type: 'webhook.test' }]);
  });

  it('answers 400 with the reason, and a hint that names no other framework', async () => {
    const { handled, deliver } = setup();
    const { body, headers } = sign(event, generateSecret());

    const res = await deliver(body, headers);

    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_signature');
    expect(error.message).not.toMatch(/express|fastify/i);
    expect(handled).toEqual([]);
  });

  it('rejects a missing signature header by name', async () => {
    const { deliver } = setup();
    const { body, headers } = sign(event, secret);
    const { 'webhook-signature': _dropped, ...rest } = headers;

    const res = await deliver(body, rest);

    expect(await res.json()).toMatchObject({ error: { code: 'missing_header' } });
  });
});
