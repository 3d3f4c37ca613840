import { beforeEach, describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS } from '../src/index.js';
import { buildMock } from '../src/mock.js';
import { serve } from './setup.js';
import { emit, endpoint, ok, unavailable, verifies } from './webhooks-support.js';

const hook = endpoint();
const { api, mock } = await serve({ rateLimit: false, webhooks: { fetch: hook.fetch } });
const subscribe = async (body: object) => (await api('POST', '/v1/webhooks', { body })).body;
const delivery = async (id: string) => (await api('GET', `/v1/event-deliveries/${id}`)).body;
const deliveriesOf = async (eventId: string) =>
  (await api('GET', `/v1/event-deliveries?event_id=${eventId}`)).body.data;

beforeEach(async () => {
  await mock.reset();
  hook.received.length = 0;
  hook.respond = ok;
});

describe('retries on the mock clock', () => {
  it('retries a failing endpoint 30 s, 5 min, 30 min and 2 h after each attempt, then fails', async () => {
    hook.respond = unavailable;
    const webhook = await subscribe({ url: 'https://down.example/h' });
    const start = mock.clock.now();
    const event = emit(mock.context, 'call.completed');
    await mock.clock.advance(0);

    const [first] = await deliveriesOf(event.id);
    expect(first).toMatchObject({
      status: 'retrying',
      next_attempt_at: mock.context.iso(start + 30_000),
      attempts: [
        { attempt: 1, status_code: 503, error: 'http_status', response_excerpt: 'Service Unavailable' },
      ],
    });

    await mock.clock.runUntilIdle();
    const done = await delivery(first.id);
    const expected = [0, 30_000, 330_000, 2_130_000, 9_330_000].map((ms) => mock.context.iso(start + ms));
    expect(done.attempts.map((a: any) => a.attempted_at)).toEqual(expected);
    expect(done.attempts.map((a: any) => a.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(done).toMatchObject({ status: 'failed', next_attempt_at: null });

    // Every attempt is a fresh request: the same webhook-id, a timestamp of its own (the wall clock's,
    // whatever the mock's clock says), a signature any receiver verifies with no options.
    const sent = mock.webhookAttempts.filter((d) => d.deliveryId === first.id);
    expect(sent.map((d) => d.at)).toEqual(expected);
    for (const d of sent) expect(Number(d.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    expect(new Set(sent.map((d) => d.headers['webhook-id']))).toEqual(new Set([event.id]));
    expect(sent.every((d) => verifies(webhook.secret, d))).toBe(true);
  });

  it('keeps exact attempt times when the clock jumps hours in one step', async () => {
    hook.respond = unavailable;
    await subscribe({ url: 'https://down.example/h' });
    const start = mock.clock.now();
    const event = emit(mock.context, 'sms.sent');
    await mock.clock.advance(3 * 3600_000);
    const [done] = await deliveriesOf(event.id);
    let due = 0;
    const offsets = [0, ...RETRY_DELAYS_MS.map((delay) => (due += delay))];
    expect(offsets).toEqual([0, 30_000, 330_000, 2_130_000, 9_330_000]);
    expect(done.attempts.map((a: any) => Date.parse(a.attempted_at) - start)).toEqual(offsets);
    expect(done.status).toBe('failed');
  });

  it('stops retrying once an attempt succeeds', async () => {
    let calls = 0;
    hook.respond = () => (++calls < 3 ? unavailable() : ok());
    await subscribe({ url: 'https://flaky.example/h' });
    const start = mock.clock.now();
    const event = emit(mock.context, 'call.answered');
    await mock.clock.runUntilIdle();
    const [done] = await deliveriesOf(event.id);
    expect(done).toMatchObject({ status: 'succeeded', next_attempt_at: null });
    expect(done.attempts.map((a: any) => [Date.parse(a.attempted_at) - start, a.status_code])).toEqual([
      [0, 503],
      [30_000, 503],
      [330_000, 200],
    ]);
    expect(hook.received).toHaveLength(3);
  });

  it('gives up on deliveries whose subscription was deleted or paused, without further attempts', async () => {
    hook.respond = unavailable;
    const deleted = await subscribe({ url: 'https://deleted.example/h' });
    const paused = await subscribe({ url: 'https://paused.example/h' });
    const event = emit(mock.context, 'call.failed');
    await mock.clock.advance(0);
    await api('DELETE', `/v1/webhooks/${deleted.id}`);
    await api('PATCH', `/v1/webhooks/${paused.id}`, { body: { enabled: false } });
    await mock.clock.runUntilIdle();
    const deliveries = await deliveriesOf(event.id);
    expect(deliveries.map((d: any) => [d.status, d.attempts.length, d.next_attempt_at])).toEqual([
      ['failed', 1, null],
      ['failed', 1, null],
    ]);
    expect(hook.received).toHaveLength(2);
  });

  it('drops pending retries on reset, so the clock does not run on for them', async () => {
    hook.respond = unavailable;
    await subscribe({ url: 'https://down.example/h' });
    emit(mock.context, 'call.completed');
    await mock.clock.advance(0);
    await mock.reset();
    const before = mock.clock.now();
    await mock.clock.runUntilIdle();
    expect(mock.clock.now() - before).toBeLessThan(30_000);
    expect(hook.received).toHaveLength(1);
  });

  it('resumes unfinished deliveries from saved state (a restarted server)', async () => {
    hook.respond = unavailable;
    await subscribe({ url: 'https://down.example/h' });
    const start = mock.clock.now();
    const event = emit(mock.context, 'call.completed');
    await mock.clock.advance(10_000);
    // What a state file keeps: plain JSON, no timers.
    const saved = JSON.parse(
      JSON.stringify({
        webhooks: [...mock.state.webhooks],
        events: [...mock.state.events],
        deliveries: [...mock.state.deliveries],
      }),
    );
    const { mock: restarted, runtime } = buildMock({
      now: mock.clock.now(),
      webhooks: { fetch: hook.fetch },
    });
    await restarted.ready;
    for (const name of ['webhooks', 'events', 'deliveries'] as const)
      for (const [id, value] of saved[name]) (restarted.state[name] as Map<string, unknown>).set(id, value);
    expect(runtime().deliveries.resume()).toBe(1);
    await restarted.clock.runUntilIdle();
    const done = restarted.state.deliveries.values().next().value!;
    expect(done.event_id).toBe(event.id);
    expect(done.status).toBe('failed');
    expect(done.attempts.map((a) => Date.parse(a.attempted_at) - start)).toEqual([
      0, 30_000, 330_000, 2_130_000, 9_330_000,
    ]);
  });

  it('retries deliveries to a call webhook_url too, signed with the mock webhook secret', async () => {
    hook.respond = unavailable;
    const event = emit(mock.context, 'call.completed', 'https://call.example/own');
    await mock.clock.runUntilIdle();
    const [done] = await deliveriesOf(event.id);
    expect(done).toMatchObject({ webhook_id: null, url: 'https://call.example/own', status: 'failed' });
    expect(done.attempts).toHaveLength(5);
    expect(hook.received.every((r) => verifies(mock.webhookSecret, r))).toBe(true);
  });
});

describe('listing and reading deliveries', () => {
  it('filters by event, subscription and status, most recent first, with a cursor', async () => {
    const up = await subscribe({ url: 'https://up.example/h' });
    const down = await subscribe({ url: 'https://down.example/h' });
    hook.respond = (request) => (request.url.includes('down') ? unavailable() : ok());
    const events = [];
    for (let i = 0; i < 3; i++) {
      events.push(emit(mock.context, 'sms.sent'));
      await mock.clock.advance(1000);
    }

    const all = (await api('GET', '/v1/event-deliveries')).body;
    expect(all.data).toHaveLength(6);
    expect(all.data.map((d: any) => d.event_id)).toEqual(events.toReversed().flatMap((e) => [e.id, e.id]));
    const forUp = (await api('GET', `/v1/event-deliveries?webhook_id=${up.id}`)).body.data;
    expect(forUp.map((d: any) => d.event_id)).toEqual(events.toReversed().map((e) => e.id));
    const retrying = (await api('GET', '/v1/event-deliveries?status=retrying')).body.data;
    expect(retrying.every((d: any) => d.webhook_id === down.id)).toBe(true);
    expect(retrying).toHaveLength(3);
    const both = await api('GET', `/v1/event-deliveries?webhook_id=${down.id}&event_id=${events[0]!.id}`);
    expect(both.body.data).toHaveLength(1);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await api('GET', `/v1/event-deliveries?limit=4${cursor ? `&cursor=${cursor}` : ''}`))
        .body;
      seen.push(...page.data.map((d: any) => d.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(all.data.map((d: any) => d.id));

    expect(await delivery(all.data[0].id)).toEqual(all.data[0]);
  });

  it('answers unknown ids with 404 and bad filters with 400', async () => {
    const missing = await api('GET', '/v1/event-deliveries/dlv_doesnotexist');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param: 'delivery_id' });
    expect((await api('GET', '/v1/event-deliveries/nonsense')).status).toBe(400);
    const status = await api('GET', '/v1/event-deliveries?status=lost');
    expect(status.body.error).toMatchObject({ code: 'invalid_request', param: 'status' });
  });

  it('needs events:read', async () => {
    const { key: reader } = await mock.createKey({ scopes: ['events:read'] });
    const { key: webhooksOnly } = await mock.createKey({ scopes: ['webhooks:read', 'webhooks:write'] });
    expect((await api('GET', '/v1/event-deliveries', { key: reader })).status).toBe(200);
    const denied = await api('GET', '/v1/event-deliveries', { key: webhooksOnly });
    expect(denied.status).toBe(403);
    expect(denied.body.error.param).toBe('events:read');
  });
});
