import { beforeAll, describe, expect, it } from 'vitest';
import type { MockEvent } from '../src/index.js';
import { serve } from './setup.js';
import { emit } from './webhooks-support.js';

const { api, mock } = await serve({ rateLimit: false });
const iso = (ms: number) => mock.context.iso(ms);

/** Every item of a list, page by page, following next_cursor. */
async function walk(path: string, limit: number) {
  const items: any[] = [];
  let cursor: string | null = null;
  const separator = path.includes('?') ? '&' : '?';
  do {
    const page: any = (
      await api('GET', `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    ).body;
    expect(page.data.length).toBeLessThanOrEqual(limit);
    items.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

describe('the event log', () => {
  let start: number;
  const emitted: MockEvent[] = [];

  beforeAll(async () => {
    start = mock.clock.now();
    emitted.push(emit(mock.context, 'call.queued'));
    await mock.clock.advance(1000);
    emitted.push(emit(mock.context, 'call.completed'));
    await mock.clock.advance(1000);
    emitted.push(emit(mock.context, 'sms.sent'));
    await mock.clock.advance(1000);
    // A burst in one instant, as a virtual clock stamps it: order must still be exact.
    for (let i = 0; i < 25; i++) emitted.push(emit(mock.context, 'sms.delivered'));
    await mock.clock.advance(1000);
  });

  it('lists events most recent first, in emission order even within one millisecond', async () => {
    const listed = await walk(`/v1/events?created_after=${iso(start)}`, 7);
    expect(listed.map((e) => e.id)).toEqual(emitted.map((e) => e.id).reverse());
    expect(listed[0]).toEqual(emitted.at(-1));
  });

  it('filters by type and by time range (created_after inclusive, created_before exclusive)', async () => {
    const completed = await api('GET', `/v1/events?type=call.completed&created_after=${iso(start)}`);
    expect(completed.body.data.map((e: any) => e.id)).toEqual([emitted[1]!.id]);
    const window = await api(
      'GET',
      `/v1/events?created_after=${iso(start + 1000)}&created_before=${iso(start + 3000)}`,
    );
    expect(window.body.data.map((e: any) => e.type)).toEqual(['sms.sent', 'call.completed']);
    const both = await api('GET', `/v1/events?type=sms.delivered&created_before=${iso(start + 3000)}`);
    expect(both.body.data.filter((e: any) => Date.parse(e.created_at) >= start)).toEqual([]);
    const burst = await api(
      'GET',
      `/v1/events?type=sms.delivered&created_after=${iso(start + 3000)}&limit=100`,
    );
    expect(burst.body.data).toHaveLength(25);
  });

  it('returns one event exactly as listed and delivered; unknown ids are 404', async () => {
    const event = emitted[1]!;
    expect((await api('GET', `/v1/events/${event.id}`)).body).toEqual(event);
    const missing = await api('GET', '/v1/events/evt_doesnotexist');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param: 'event_id' });
    expect(missing.body.error.message).toContain('evt_doesnotexist');
  });

  it('answers bad filters and cursors with 400 naming the parameter', async () => {
    for (const [query, param] of [
      ['type=call.exploded', 'type'],
      ['created_after=yesterday', 'created_after'],
      ['limit=1000', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ]) {
      const res = await api('GET', `/v1/events?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', param });
    }
    expect((await api('GET', '/v1/events/call_123')).status).toBe(400);
  });

  it('needs events:read to read and events:write to replay or backfill', async () => {
    const { key: reader } = await mock.createKey({ scopes: ['events:read'] });
    const { key: writer } = await mock.createKey({ scopes: ['events:write'] });
    const event = emitted[0]!;
    expect((await api('GET', '/v1/events', { key: reader })).status).toBe(200);
    expect((await api('GET', `/v1/events/${event.id}`, { key: reader })).status).toBe(200);
    const replay = await api('POST', `/v1/events/${event.id}/replay`, { key: reader, body: {} });
    expect(replay.status).toBe(403);
    expect(replay.body.error).toMatchObject({ code: 'forbidden', param: 'events:write' });
    const backfill = await api('POST', '/v1/events/backfill', {
      key: reader,
      body: { webhook_id: 'whk_doesnotexist', from: iso(start) },
    });
    expect(backfill.body.error.param).toBe('events:write');
    expect((await api('POST', `/v1/events/${event.id}/replay`, { key: writer, body: {} })).status).toBe(202);
    const list = await api('GET', '/v1/events', { key: writer });
    expect(list.body.error).toMatchObject({ code: 'forbidden', param: 'events:read' });
  });
});
