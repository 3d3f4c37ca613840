import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_WEBHOOKS } from '../src/resources/webhooks.js';
import { serve } from './setup.js';
import { emit, endpoint, ok, unavailable, verifies, verify } from './webhooks-support.js';

const SECRET = /^whsec_[A-Za-z0-9+/=]{24,}$/;
// One msw server per file: every describe shares this mock and this endpoint.
const hook = endpoint();
const { api, mock } = await serve({ rateLimit: false, webhooks: { fetch: hook.fetch } });
beforeEach(() => {
  hook.received.length = 0;
  hook.respond = ok;
});

describe('webhook subscriptions', () => {
  it('creates a subscription and shows its secret once', async () => {
    const created = await api('POST', '/v1/webhooks', {
      body: { url: 'https://crm.example/hooks', description: 'CRM sync' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: 'https://crm.example/hooks',
      description: 'CRM sync',
      events: ['*'],
      enabled: true,
      secret_rotated_at: null,
      previous_secret_expires_at: null,
    });
    expect(created.body.id).toMatch(/^whk_/);
    expect(created.body.secret).toMatch(SECRET);

    const got = await api('GET', `/v1/webhooks/${created.body.id}`);
    expect(got.body).not.toHaveProperty('secret');
    expect(got.body).toEqual(
      Object.fromEntries(
        Object.entries(created.body).filter(([k]) => k !== 'secret' && k !== 'previous_secret_expires_at'),
      ),
    );
    const listed = await api('GET', '/v1/webhooks');
    expect(listed.body.data.map((w: any) => w.id)).toContain(created.body.id);
    expect(listed.body.data.every((w: any) => !('secret' in w))).toBe(true);
  });

  it('updates and deletes a subscription; a deleted one is 404', async () => {
    const { body: webhook } = await api('POST', '/v1/webhooks', { body: { url: 'https://a.example/h' } });
    await mock.clock.advance(1000);
    const updated = await api('PATCH', `/v1/webhooks/${webhook.id}`, {
      body: { enabled: false, events: ['call.completed'], url: 'https://b.example/h' },
    });
    expect(updated.body).toMatchObject({
      enabled: false,
      events: ['call.completed'],
      url: 'https://b.example/h',
    });
    expect(updated.body.updated_at > webhook.updated_at).toBe(true);
    expect((await api('DELETE', `/v1/webhooks/${webhook.id}`)).body).toEqual({
      id: webhook.id,
      deleted: true,
    });
    for (const [method, path] of [
      ['GET', `/v1/webhooks/${webhook.id}`],
      ['DELETE', `/v1/webhooks/${webhook.id}`],
      ['POST', `/v1/webhooks/${webhook.id}/test`],
      ['POST', `/v1/webhooks/${webhook.id}/rotate-secret`],
    ] as const) {
      const gone = await api(method, path);
      expect(gone.status).toBe(404);
      expect(gone.body.error).toMatchObject({ code: 'not_found', param: 'webhook_id' });
      expect(gone.body.error.message).toContain(webhook.id);
    }
  });

  it('refuses URLs it could never POST to, unknown event types and empty updates', async () => {
    const ftp = await api('POST', '/v1/webhooks', { body: { url: 'ftp://files.example/in' } });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error).toMatchObject({ code: 'invalid_request', param: 'url' });
    const type = await api('POST', '/v1/webhooks', {
      body: { url: 'https://a.example', events: ['call.exploded'] },
    });
    expect(type.status).toBe(400);
    const { body: webhook } = await api('POST', '/v1/webhooks', { body: { url: 'https://a.example' } });
    expect((await api('PATCH', `/v1/webhooks/${webhook.id}`, { body: {} })).status).toBe(400);
    const scheme = await api('PATCH', `/v1/webhooks/${webhook.id}`, { body: { url: 'mailto:a@b.example' } });
    expect(scheme.body.error.param).toBe('url');
  });

  it('enforces webhooks:read and webhooks:write', async () => {
    const { key: reader } = await mock.createKey({ scopes: ['webhooks:read'] });
    const { key: events } = await mock.createKey({ scopes: ['events:read', 'events:write'] });
    expect((await api('GET', '/v1/webhooks', { key: reader })).status).toBe(200);
    const write = await api('POST', '/v1/webhooks', { key: reader, body: { url: 'https://a.example' } });
    expect(write.status).toBe(403);
    expect(write.body.error).toMatchObject({ code: 'forbidden', param: 'webhooks:write' });
    const list = await api('GET', '/v1/webhooks', { key: events });
    expect(list.body.error).toMatchObject({ code: 'forbidden', param: 'webhooks:read' });
  });
});

describe('the subscription limit', () => {
  it(`allows ${MAX_WEBHOOKS} subscriptions, then answers 422 limit_reached`, async () => {
    await mock.reset();
    for (let i = 0; i < MAX_WEBHOOKS; i++)
      expect((await api('POST', '/v1/webhooks', { body: { url: `https://a.example/${i}` } })).status).toBe(
        201,
      );
    const over = await api('POST', '/v1/webhooks', { body: { url: 'https://a.example/over' } });
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('limit_reached');
    expect(over.body.error.message).toMatch(/Delete one/);
  });
});

describe('delivery of emitted events', () => {
  beforeEach(() => mock.reset());
  const create = async (body: object) => (await api('POST', '/v1/webhooks', { body })).body;

  it('sends each event to every enabled subscription whose filter matches, and to the call webhook_url', async () => {
    const all = await create({ url: 'https://all.example/h' });
    const completed = await create({ url: 'https://completed.example/h', events: ['call.completed'] });
    await create({ url: 'https://paused.example/h', events: ['*'], enabled: false });
    const callCompleted = emit(mock.context, 'call.completed', 'https://call.example/own');
    const smsSent = emit(mock.context, 'sms.sent');
    await mock.clock.advance(0);

    const to = (host: string) =>
      hook.received.filter((r) => new URL(r.url).host === host).map((r) => r.headers['webhook-id']);
    expect(to('all.example')).toEqual([callCompleted.id, smsSent.id]);
    expect(to('completed.example')).toEqual([callCompleted.id]);
    expect(to('paused.example')).toEqual([]);
    expect(to('call.example')).toEqual([callCompleted.id]);

    const own = hook.received.find((r) => r.url === 'https://call.example/own')!;
    expect(verify(mock.webhookSecret, own)).toEqual(callCompleted);
    const fromAll = hook.received.find((r) => r.url === 'https://all.example/h')!;
    expect(verify(all.secret, fromAll)).toEqual(callCompleted);
    expect(verifies(completed.secret, fromAll)).toBe(false);

    const deliveries = await api('GET', `/v1/event-deliveries?event_id=${callCompleted.id}`);
    expect(deliveries.body.data.map((d: any) => d.webhook_id).sort()).toEqual(
      [all.id, completed.id, null].sort(),
    );
    expect(deliveries.body.data.every((d: any) => d.status === 'succeeded' && d.trigger === 'event')).toBe(
      true,
    );
  });

  it('delivers the event exactly as getEvent returns it, with the Standard Webhooks headers', async () => {
    await create({ url: 'https://all.example/h' });
    await create({ url: 'https://booked.example/h', events: ['appointment.booked'] });
    const event = emit(mock.context, 'appointment.booked');
    await mock.clock.advance(0);
    const response = await fetch(`${mock.context.options.baseUrl}/v1/events/${event.id}`, {
      headers: { authorization: `Bearer ${mock.testKey}` },
    });
    const raw = await response.text();
    const sent = hook.received.filter((r) => r.headers['webhook-id'] === event.id);
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.body).toBe(raw);
      expect(request.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': expect.stringMatching(/^KaiCalls-Webhooks\//),
        'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/=]+$/),
      });
      // The wall-clock time of the attempt (Standard Webhooks' replay guard), not the mock's 2026-02-16.
      expect(Number(request.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    }
  });

  it('records every attempt in mock.webhookAttempts', async () => {
    await create({ url: 'https://all.example/h' });
    const event = emit(mock.context, 'sms.delivered');
    await mock.clock.advance(0);
    const recorded = mock.webhookAttempts.filter((d) => d.eventId === event.id);
    expect(recorded).toHaveLength(1);
    // The deprecated name is the same list.
    expect(mock.deliveries).toBe(mock.webhookAttempts);
    for (const attempt of recorded) {
      expect(attempt).toMatchObject({
        eventType: 'sms.delivered',
        status: 200,
        error: null,
        attempt: 1,
        at: mock.context.iso(),
        deliveryId: expect.stringMatching(/^dlv_/),
      });
      expect(attempt.headers['webhook-id']).toBe(event.id);
      expect(JSON.parse(attempt.body)).toEqual(event);
    }
  });

  it('sends to one endpoint in event order, even when it answers at varying speeds', async () => {
    const ordered = await create({ url: 'https://ordered.example/h', events: ['sms.sent'] });
    hook.respond = async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      return new Response('ok');
    };
    const sent = Array.from({ length: 8 }, () => emit(mock.context, 'sms.sent').id);
    await mock.clock.advance(0);
    const received = hook.received
      .filter((r) => r.url === 'https://ordered.example/h')
      .map((r) => r.headers['webhook-id']);
    expect(received).toEqual(sent);
    await api('DELETE', `/v1/webhooks/${ordered.id}`);
  });
});

describe('test deliveries', () => {
  beforeEach(() => mock.reset());

  it('sends a signed webhook.test event to that endpoint only and returns the delivery with its attempt', async () => {
    const { body: tested } = await api('POST', '/v1/webhooks', { body: { url: 'https://tested.example/h' } });
    await api('POST', '/v1/webhooks', { body: { url: 'https://other.example/h' } });
    const result = await api('POST', `/v1/webhooks/${tested.id}/test`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      webhook_id: tested.id,
      event_type: 'webhook.test',
      trigger: 'test',
      status: 'succeeded',
      next_attempt_at: null,
      attempts: [{ attempt: 1, status_code: 200, error: null, response_excerpt: 'ok' }],
    });
    expect(hook.received.map((r) => r.url)).toEqual(['https://tested.example/h']);
    const event = verify(tested.secret, hook.received[0]!) as any;
    expect(event).toMatchObject({
      id: result.body.event_id,
      type: 'webhook.test',
      data: { webhook_id: tested.id },
    });
    expect((await api('GET', `/v1/events/${event.id}`)).body).toEqual(event);
  });

  it('reports a failing endpoint: status code, excerpt, and the retry due in 30 s', async () => {
    hook.respond = unavailable;
    const { body: webhook } = await api('POST', '/v1/webhooks', { body: { url: 'https://down.example/h' } });
    const result = await api('POST', `/v1/webhooks/${webhook.id}/test`);
    expect(result.body).toMatchObject({
      status: 'retrying',
      next_attempt_at: mock.context.iso(mock.clock.now() + 30_000),
      attempts: [{ status_code: 503, error: 'http_status', response_excerpt: 'Service Unavailable' }],
    });
  });
});

describe('secret rotation', () => {
  beforeEach(() => mock.reset());

  it('signs with both secrets during the grace period, then with the new one only', async () => {
    const { body: webhook } = await api('POST', '/v1/webhooks', {
      body: { url: 'https://rotating.example/h' },
    });
    const rotated = await api('POST', `/v1/webhooks/${webhook.id}/rotate-secret`, {
      body: { grace_period_seconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(SECRET);
    expect(rotated.body.secret).not.toBe(webhook.secret);
    expect(rotated.body).toMatchObject({
      secret_rotated_at: mock.context.iso(),
      previous_secret_expires_at: mock.context.iso(mock.clock.now() + 3600_000),
    });
    expect((await api('GET', `/v1/webhooks/${webhook.id}`)).body).not.toHaveProperty('secret');

    emit(mock.context, 'call.answered');
    await mock.clock.advance(3599_000);
    emit(mock.context, 'call.completed');
    await mock.clock.advance(1000);
    emit(mock.context, 'analysis.complete');
    await mock.clock.advance(0);

    const [during, lastSecond, after] = hook.received;
    expect(during!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const request of [during!, lastSecond!]) {
      expect(verifies(webhook.secret, request)).toBe(true);
      expect(verifies(rotated.body.secret, request)).toBe(true);
    }
    expect(after!.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(verifies(webhook.secret, after!)).toBe(false);
    expect(verifies(rotated.body.secret, after!)).toBe(true);
  });

  it('keeps the previous secret for 24 hours by default, and not at all with a grace period of 0', async () => {
    const { body: webhook } = await api('POST', '/v1/webhooks', { body: { url: 'https://r2.example/h' } });
    const byDefault = await api('POST', `/v1/webhooks/${webhook.id}/rotate-secret`);
    expect(byDefault.body.previous_secret_expires_at).toBe(mock.context.iso(mock.clock.now() + 86_400_000));
    const now = await api('POST', `/v1/webhooks/${webhook.id}/rotate-secret`, {
      body: { grace_period_seconds: 0 },
    });
    expect(now.body.previous_secret_expires_at).toBeNull();
    hook.received.length = 0;
    await api('POST', `/v1/webhooks/${webhook.id}/test`);
    const [request] = hook.received;
    expect(verifies(now.body.secret, request!)).toBe(true);
    expect(verifies(byDefault.body.secret, request!)).toBe(false);
    expect(verifies(webhook.secret, request!)).toBe(false);
  });
});
