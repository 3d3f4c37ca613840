import { describe, expect, it } from 'vitest';
import { KaiCallsError, Page } from '../src/index.js';
import { client, json, wireCall } from './fetch-recorder.js';

// Three pages of calls: call_page0a, call_page0b | call_page1a, call_page1b | call_page2a.
function pages(request: Request) {
  const cursor = new URL(request.url).searchParams.get('cursor');
  const index = cursor === null ? 0 : Number(cursor.replace('cur_', ''));
  const last = index === 2;
  const ids = last ? ['a'] : ['a', 'b'];
  return json({
    object: 'list',
    data: ids.map((s) => wireCall({ id: `call_page${index}${s}` })),
    has_more: !last,
    next_cursor: last ? null : `cur_${index + 1}`,
  });
}

describe('pagination', () => {
  it('awaiting a list gives the first page, camelCase', async () => {
    const { kai, requests } = client(pages);
    const page = await kai.calls.list({ status: 'completed', limit: 2 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((c) => c.id)).toEqual(['call_page0a', 'call_page0b']);
    expect(page.data[0]!.agentId).toBe('agt_4Vd9kQ2mXp');
    expect(page.hasMore).toBe(true);
    expect(page.nextCursor).toBe('cur_1');
    expect(page.hasNextPage()).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('getNextPage keeps the filters and passes the cursor', async () => {
    const { kai, requests } = client(pages);
    const first = await kai.calls.list({ status: 'completed', limit: 2 });
    const second = await first.getNextPage();
    expect(second.data.map((c) => c.id)).toEqual(['call_page1a', 'call_page1b']);
    const url = new URL(requests[1]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'completed',
      limit: '2',
      cursor: 'cur_1',
    });
    const third = await second.getNextPage();
    expect(third.hasNextPage()).toBe(false);
    expect(() => third.getNextPage()).toThrow(/last page/);
    expect(() => third.getNextPage()).toThrow(KaiCallsError);
  });

  it('for await walks every item of every page, fetching pages as needed', async () => {
    const { kai, requests } = client(pages);
    const ids: string[] = [];
    for await (const call of kai.calls.list({ limit: 2 })) ids.push(call.id);
    expect(ids).toEqual(['call_page0a', 'call_page0b', 'call_page1a', 'call_page1b', 'call_page2a']);
    expect(requests).toHaveLength(3);
  });

  it('stops fetching when the loop breaks', async () => {
    const { kai, requests } = client(pages);
    for await (const call of kai.calls.list()) if (call.id === 'call_page0b') break;
    expect(requests).toHaveLength(1);
  });

  it('a page iterates from itself to the end, and iterPages yields each page', async () => {
    const { kai } = client(pages);
    const second = await (await kai.calls.list()).getNextPage();
    const ids: string[] = [];
    for await (const call of second) ids.push(call.id);
    expect(ids).toEqual(['call_page1a', 'call_page1b', 'call_page2a']);
    let count = 0;
    for await (const _page of (await kai.calls.list()).iterPages()) count++;
    expect(count).toBe(3);
  });

  it('a list with path parameters pages on the same path', async () => {
    const { kai, requests } = client(pages);
    const all = [];
    for await (const v of kai.agents.listConfigVersions('agt_4Vd9kQ2mXp', { limit: 2 })) all.push(v);
    expect(all).toHaveLength(5);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(
      Array(3).fill('/api/v1/agents/agt_4Vd9kQ2mXp/config-versions'),
    );
  });

  it('.withResponse() on a list gives the page with the raw response', async () => {
    const { kai } = client(pages);
    const { data: page, requestId, json: wire } = await kai.calls.list().withResponse();
    expect(page.data).toHaveLength(2);
    expect(requestId).toBe('req_200abc');
    expect((wire as { has_more: boolean }).has_more).toBe(true);
  });
});
