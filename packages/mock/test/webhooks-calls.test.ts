// End to end through the voice loop: a real call placed through the API, its whole timeline delivered to a
// subscription and to the call's own webhook_url, in order, signed, exactly as the event log holds it.
import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';
import { endpoint, verify } from './webhooks-support.js';

const hook = endpoint();
const { api, mock } = await serve({ rateLimit: false, webhooks: { fetch: hook.fetch } });

describe('webhooks for a call', () => {
  it('delivers every event of a booked call, in log order, to the subscription and the call webhook_url', async () => {
    const webhook = (await api('POST', '/v1/webhooks', { body: { url: 'https://crm.example/hooks' } })).body;
    const [agent] = (await api('GET', '/v1/agents')).body.data;
    const start = mock.clock.now();
    const call = await api('POST', '/v1/calls', {
      body: { agent_id: agent.id, to: '+15005550100', webhook_url: 'https://app.example/calls/hook' },
    });
    expect(call.status).toBe(201);
    await mock.clock.runUntilIdle();

    const log = (await api('GET', `/v1/events?created_after=${mock.context.iso(start)}&limit=100`)).body.data
      .toReversed()
      .filter((e: any) => e.type !== 'webhook.test');
    const types = log.map((e: any) => e.type);
    expect(types).toEqual(expect.arrayContaining(['call.queued', 'call.completed', 'appointment.booked']));

    const toSubscription = hook.received.filter((r) => r.url === 'https://crm.example/hooks');
    expect(toSubscription.map((r) => verify(webhook.secret, r))).toEqual(log);
    const toCall = hook.received.filter((r) => r.url === 'https://app.example/calls/hook');
    const callEvents = log.filter((e: any) => e.data.id === call.body.id || e.data.call_id === call.body.id);
    expect(toCall.map((r) => verify(mock.webhookSecret, r))).toEqual(callEvents);
    expect(callEvents.map((e: any) => e.type)).toContain('call.completed');

    const deliveries = (await api('GET', `/v1/event-deliveries?webhook_id=${webhook.id}&limit=100`)).body
      .data;
    expect(deliveries).toHaveLength(log.length);
    expect(deliveries.every((d: any) => d.status === 'succeeded' && d.attempts.length === 1)).toBe(true);
  });
});
