// End to end with @kaicalls/mock: the deliveries the mock signs, verified by kaicalls/webhooks exactly as
// a receiver would (raw bytes, the request's Headers), including a secret rotation and a whole call.
import { describe, expect, it } from 'vitest';
import { verify, type WebhookEvent, type WebhookEventType } from '../src/webhooks/index.js';
import { activeAgent, useMock } from './mock-setup.js';

interface Received {
  headers: Headers;
  body: Uint8Array;
}
const received: Received[] = [];
const { mock, kai } = useMock({
  webhooks: {
    fetch: async (request: Request) => {
      received.push({ headers: request.headers, body: new Uint8Array(await request.arrayBuffer()) });
      return new Response('ok');
    },
  },
});

/** Verifies as any receiver does, with no options: the mock signs at the wall clock's time, not its own. */
const verifyDelivery = (delivery: Received, secret: string | string[]) =>
  verify(delivery.body, delivery.headers, secret);

describe('deliveries of @kaicalls/mock', () => {
  it('a test event verifies with the subscription secret, and only with it', async () => {
    const webhook = await kai.webhooks.create({ url: 'https://hooks.example/test' });
    received.length = 0;
    const delivery = await kai.webhooks.test(webhook.id);
    expect(received).toHaveLength(1);
    const event = verifyDelivery(received[0]!, webhook.secret);
    expect(event).toMatchObject({
      id: delivery.eventId,
      type: 'webhook.test',
      data: { webhookId: webhook.id },
    });
    const other = await kai.webhooks.create({ url: 'https://hooks.example/other' });
    expect(() => verifyDelivery(received[0]!, other.secret)).toThrow(
      expect.objectContaining({ reason: 'invalid_signature' }),
    );
    await kai.webhooks.delete(other.id);
    await kai.webhooks.delete(webhook.id);
  });

  it('during a secret rotation, either secret verifies', async () => {
    const webhook = await kai.webhooks.create({ url: 'https://hooks.example/rotating' });
    const rotated = await kai.webhooks.rotateSecret(webhook.id, { gracePeriodSeconds: 3600 });
    received.length = 0;
    await kai.webhooks.test(webhook.id);
    const [delivery] = received;
    expect(delivery!.headers.get('webhook-signature')!.split(' ')).toHaveLength(2);
    for (const secret of [webhook.secret, rotated.secret, [webhook.secret, rotated.secret]]) {
      expect(verifyDelivery(delivery!, secret).type).toBe('webhook.test');
    }
    await kai.webhooks.delete(webhook.id);
  });

  it('every event of a call verifies and narrows by type', async () => {
    const webhook = await kai.webhooks.create({ url: 'https://hooks.example/calls' });
    received.length = 0;
    const call = await kai.calls.create({ agentId: await activeAgent(kai), to: '+15005550100' });
    await mock.clock.runUntilIdle();
    const events: WebhookEvent[] = received.map((delivery) => verifyDelivery(delivery, webhook.secret));
    const types: WebhookEventType[] = events.map((event) => event.type);
    expect(types).toContain('call.queued');
    expect(types).toContain('call.completed');
    const completed = events.find((event) => event.type === 'call.completed');
    if (completed?.type !== 'call.completed') throw new Error('no call.completed delivered');
    expect(completed.data.id).toBe(call.id);
    expect(completed.data.status).toBe('completed');
    // call.completed comes once the analysis is in, after call.ended at hang-up, and carries it.
    expect(types.indexOf('call.ended')).toBeLessThan(types.indexOf('call.completed'));
    expect(types.indexOf('analysis.complete')).toBeLessThan(types.indexOf('call.completed'));
    expect(completed.data).toMatchObject({
      summary: expect.any(String),
      outcome: 'appointment_booked',
      transcript: expect.any(Array),
      recordingUrl: expect.stringMatching(/^https:/),
    });
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    await kai.webhooks.delete(webhook.id);
  });
});
