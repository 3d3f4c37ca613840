// Auto-pagination against servers whose cursors cannot lead to the end. One that answered `has_more: true`
// with the same cursor forever once made `for await` send 486,809 requests.
import { describe, expect, it } from 'vitest';
import { KaiCallsError, UnexpectedResponseError } from '../src/index.js';
import { wireCall } from './fetch-recorder.js';
import { hostile } from './hostile-server.js';

/** A server whose page for `cursor` (null: the first) is `{ data: [one call], has_more: true, next_cursor }`. */
function lister(next: (cursor: string | null) => string | null, items = 1) {
  return hostile((req, res) => {
    const cursor = new URL(req.url!, 'http://x').searchParams.get('cursor');
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_pages1' });
    res.end(
      JSON.stringify({
        object: 'list',
        data: Array.from({ length: items }, () => wireCall({ id: `call_at${cursor ?? 'start'}` })),
        has_more: true,
        next_cursor: next(cursor),
      }),
    );
  });
}

describe('auto-pagination stops with a clear error when the list cannot end', () => {
  it.each([
    ['the same cursor on every page', () => 'cur_same', 2, /next_cursor "cur_same" again/],
    ['has_more with no next_cursor', () => null, 1, /has_more\) but gives no next_cursor/],
    ['an empty next_cursor', () => '', 1, /gives no next_cursor/],
    [
      'cursors that cycle (a → b → a)',
      (cursor: string | null) => (cursor === 'cur_a' ? 'cur_b' : 'cur_a'),
      3,
      /page 3 of the list gives next_cursor "cur_a" again/,
    ],
  ])('%s', async (_, next, requests, message) => {
    const server = await lister(next);
    const ids: string[] = [];
    const error = await (async () => {
      for await (const call of server.client().calls.list()) ids.push(call.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KaiCallsError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(requests);
    expect(ids).toHaveLength(requests); // every item that came is delivered before the error
    expect((error as Error).message).toContain('request id (req_pages1)');
  });

  it('empty pages that say more follow, each with a fresh cursor, stop after five', async () => {
    let n = 0;
    const server = await lister(() => `cur_${++n}`, 0);
    const error = await (async () => {
      for await (const _ of server.client().calls.list()) throw new Error('no item was sent');
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KaiCallsError);
    expect((error as Error).message).toMatch(/5 pages in a row \(up to page 5\) brought no items/);
    expect((error as Error).message).toContain('req_pages1');
    expect(server.requests).toHaveLength(5);
  });

  it('a few empty pages on the way are fine: the list goes on to its end', async () => {
    const pages = [0, 0, 0, 0, 1, 0, 0, 2];
    let at = 0;
    const server = await hostile((_req, res) => {
      const count = pages[at] ?? 0;
      at++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          data: Array.from({ length: count }, (_, i) => wireCall({ id: `call_p${at}x${i}` })),
          has_more: at < pages.length,
          next_cursor: at < pages.length ? `cur_${at}` : null,
        }),
      );
    });
    const ids: string[] = [];
    for await (const call of server.client().calls.list()) ids.push(call.id);
    expect(ids).toHaveLength(3);
    expect(server.requests).toHaveLength(pages.length);
  });
});

describe('a list answer that is not a page', () => {
  it.each([
    ['a 204 with no body', 204, undefined],
    ['a bare JSON array', 200, '[]'],
    ['an object without data', 200, '{"items":[]}'],
  ])(
    '%s: awaiting and `for await` both reject with UnexpectedResponseError, not a TypeError',
    async (_, status, body) => {
      const server = await hostile((_, res) => {
        res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
        res.end(body);
      });
      const kai = server.client({ maxRetries: 0 });
      const awaited = await kai.calls.list().then(
        () => null,
        (e: unknown) => e,
      );
      expect(awaited).toBeInstanceOf(UnexpectedResponseError);
      expect(awaited).toMatchObject({ status });
      expect((awaited as Error).message).toMatch(/not a page/);
      const looped = await (async () => {
        for await (const _call of kai.calls.list()) {
        }
      })().then(
        () => null,
        (e: unknown) => e,
      );
      expect(looped).toBeInstanceOf(UnexpectedResponseError);
    },
  );
});
