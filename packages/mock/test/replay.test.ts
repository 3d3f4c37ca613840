import { beforeEach, describe, expect, it } from 'vitest';
import type { EventType } from '../src/core/context.js';
import { serve } from './setup.js';
import { emit, endpoint, ok, unavailable, verifies, verify } from './webhooks-support.js';

const hook = endpoint();
const { api, mock } = await serve({ rateLimit: false, webhooks: { fetch: hook.fetch } });
const subscribe = async (body: object) => (await api('POST', '/v1/webhooks', { body })).body;
const iso = (ms: number) => mock.context.iso(ms);

beforeEach(async () => {
  await mock.reset();
  hook.received.length = 0;
  hook.respond = ok;
});

/** A call's worth of events, spread over a few minutes of mock time, as the voice loop emits them. */
const TIMELINE: Array<[EventType, number]> = [
  ['call.queued', 0],
  ['call.started', 500],
  ['call.answered', 6_000],
  ['call.completed', 90_000],
  ['transcript.ready', 2_000],
  ['analysis.complete', 2_000],
  ['appointment.booked', 0],
  ['sms.sent', 1_000],
  ['sms.delivered', 3_000],
];

async function playTimeline(webhookUrl?: string) {
  const ids: string[] = [];
  for (const [type, wait] of TIMELINE) {
    await mock.clock.advance(wait);
    ids.push(emit(mock.context, type, webhookUrl).id);
  }
  return ids;
}

describe('an endpoint that is down for a whole timeline', () => {
  it('gets every event, in order, once it is back and a backfill is requested; nothing is lost', async () => {
    hook.respond = unavailable;
    const webhook = await subscribe({ url: 'https://crm.example/hooks' });
    const start = mock.clock.now();
    const ids = await playTimeline();
    await mock.clock.runUntilIdle();

    const failed = (await api('GET', `/v1/event-deliveries?webhook_id=${webhook.id}&status=failed&limit=100`))
      .body.data;
    expect(failed).toHaveLength(ids.length);
    expect(failed.every((d: any) => d.attempts.length === 5)).toBe(true);
    expect(hook.received).toHaveLength(ids.length * 5);

    hook.respond = ok;
    const backfill = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(start), only_failed: true },
    });
    expect(backfill.status).toBe(202);
    expect(backfill.body).toMatchObject({ webhook_id: webhook.id, event_count: ids.length });
    expect(backfill.body.deliveries.map((d: any) => d.event_id)).toEqual(ids);
    expect(
      backfill.body.deliveries.every((d: any) => d.trigger === 'backfill' && d.status === 'pending'),
    ).toBe(true);
    await mock.clock.runUntilIdle();

    const accepted = hook.received.slice(ids.length * 5);
    expect(accepted.map((r) => r.headers['webhook-id'])).toEqual(ids);
    for (const request of accepted) expect(verifies(webhook.secret, request)).toBe(true);
    // Duplicates (failed attempts, then the backfill) carry the same webhook-id and the same body.
    for (const id of ids) {
      const copies = hook.received.filter((r) => r.headers['webhook-id'] === id);
      expect(copies).toHaveLength(6);
      expect(new Set(copies.map((r) => r.body)).size).toBe(1);
      expect(JSON.parse(copies[0]!.body)).toEqual((await api('GET', `/v1/events/${id}`)).body);
    }
    // Everything was received, so a second only_failed backfill has nothing to send.
    const again = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(start), only_failed: true },
    });
    expect(again.body.event_count).toBe(0);
  });

  it('gets every event back by replaying them one by one, each with its original webhook-id', async () => {
    hook.respond = unavailable;
    const webhook = await subscribe({ url: 'https://crm.example/hooks' });
    const ids = await playTimeline();
    await mock.clock.runUntilIdle();
    hook.respond = ok;
    hook.received.length = 0;
    for (const id of ids) {
      const replay = await api('POST', `/v1/events/${id}/replay`, { body: { webhook_id: webhook.id } });
      expect(replay.status).toBe(202);
      expect(replay.body).toMatchObject({
        event_id: id,
        deliveries: [{ webhook_id: webhook.id, trigger: 'replay', status: 'pending', attempts: [] }],
      });
    }
    await mock.clock.runUntilIdle();
    expect(hook.received.map((r) => r.headers['webhook-id'])).toEqual(ids);
    expect(hook.received.map((r) => (verify(webhook.secret, r) as any).id)).toEqual(ids);
  });
});

describe('replay', () => {
  it('without webhook_id goes to every enabled subscription whose filter matches', async () => {
    const all = await subscribe({ url: 'https://all.example/h' });
    const calls = await subscribe({ url: 'https://calls.example/h', events: ['call.completed'] });
    await subscribe({ url: 'https://sms.example/h', events: ['sms.sent'] });
    await subscribe({ url: 'https://paused.example/h', enabled: false });
    const event = emit(mock.context, 'call.completed');
    await mock.clock.advance(0);
    hook.received.length = 0;

    const replay = await api('POST', `/v1/events/${event.id}/replay`);
    expect(replay.status).toBe(202);
    expect(replay.body.deliveries.map((d: any) => d.webhook_id).sort()).toEqual([all.id, calls.id].sort());
    await mock.clock.advance(0);
    expect(hook.received.map((r) => r.url).sort()).toEqual([
      'https://all.example/h',
      'https://calls.example/h',
    ]);
    expect(hook.received.every((r) => r.headers['webhook-id'] === event.id)).toBe(true);
  });

  it('refuses unknown events and subscriptions, paused ones, and ones not subscribed to the type', async () => {
    const sms = await subscribe({ url: 'https://sms.example/h', events: ['sms.sent'] });
    const paused = await subscribe({ url: 'https://paused.example/h', enabled: false });
    const event = emit(mock.context, 'call.completed');

    const unknownEvent = await api('POST', '/v1/events/evt_doesnotexist/replay');
    expect(unknownEvent.status).toBe(404);
    expect(unknownEvent.body.error.param).toBe('event_id');
    const unknownWebhook = await api('POST', `/v1/events/${event.id}/replay`, {
      body: { webhook_id: 'whk_doesnotexist' },
    });
    expect(unknownWebhook.status).toBe(404);
    expect(unknownWebhook.body.error.param).toBe('webhook_id');
    const notSubscribed = await api('POST', `/v1/events/${event.id}/replay`, {
      body: { webhook_id: sms.id },
    });
    expect(notSubscribed.status).toBe(400);
    expect(notSubscribed.body.error.message).toMatch(/not subscribed to call\.completed/);
    const off = await api('POST', `/v1/events/${event.id}/replay`, { body: { webhook_id: paused.id } });
    expect(off.status).toBe(400);
    expect(off.body.error.message).toMatch(/disabled/);
  });
});

describe('backfill', () => {
  it('sends the events of a time range, oldest first, within the filter and the given types', async () => {
    const webhook = await subscribe({
      url: 'https://calls.example/h',
      events: ['call.queued', 'call.answered', 'call.completed', 'sms.sent'],
    });
    const start = mock.clock.now();
    const ids = await playTimeline();
    const types = TIMELINE.map(([type]) => type);
    const at = (type: EventType) => ids[types.indexOf(type)]!;
    const answeredAt = Date.parse((await api('GET', `/v1/events/${at('call.answered')}`)).body.created_at);
    hook.received.length = 0;

    const range = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(answeredAt), to: iso(mock.clock.now()) },
    });
    expect(range.body.deliveries.map((d: any) => d.event_id)).toEqual([
      at('call.answered'),
      at('call.completed'),
      at('sms.sent'),
    ]);
    const typed = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(start), types: ['call.queued', 'sms.delivered'] },
    });
    // sms.delivered is outside the subscription's filter, so it is not sent even when asked for.
    expect(typed.body.deliveries.map((d: any) => d.event_id)).toEqual([at('call.queued')]);
    await mock.clock.advance(0);
    expect(hook.received.map((r) => r.headers['webhook-id'])).toEqual([
      at('call.answered'),
      at('call.completed'),
      at('sms.sent'),
      at('call.queued'),
    ]);
  });

  it('with only_failed sends only what the subscription has not received', async () => {
    hook.respond = (request) => (request.url.endsWith('/flaky') ? unavailable() : ok());
    const webhook = await subscribe({ url: 'https://crm.example/flaky' });
    const start = mock.clock.now();
    const lost = emit(mock.context, 'call.completed').id;
    await mock.clock.runUntilIdle();
    hook.respond = ok;
    const received = emit(mock.context, 'sms.sent').id;
    await mock.clock.advance(0);
    const backfill = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(start), only_failed: true },
    });
    const sent = backfill.body.deliveries.map((d: any) => d.event_id);
    expect(sent).toContain(lost);
    expect(sent).not.toContain(received);
  });

  it('answers an unknown subscription with 404 and an empty range with 400', async () => {
    const missing = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: 'whk_doesnotexist', from: iso(mock.clock.now() - 3600_000) },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param: 'webhook_id' });
    const webhook = await subscribe({ url: 'https://a.example/h' });
    const backwards = await api('POST', '/v1/events/backfill', {
      body: { webhook_id: webhook.id, from: iso(mock.clock.now()), to: iso(mock.clock.now() - 1000) },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.param).toBe('to');
    const noFrom = await api('POST', '/v1/events/backfill', { body: { webhook_id: webhook.id } });
    expect(noFrom.body.error).toMatchObject({ code: 'invalid_request', param: 'from' });
  });
});
