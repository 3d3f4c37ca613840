// The lists' indexes against the sort they replaced: after random adds (ties, records older than the
// newest), in-place changes reported with touch, replacements and deletions, every page of every filter,
// walked by cursor in both orders, is what sorting the whole collection gave.
import { describe, expect, it } from 'vitest';
import { Collection } from '../src/core/collection.js';
import { ListIndex } from '../src/core/list-index.js';
import { createRandom } from '../src/core/random.js';
import { pageOf, paginate } from '../src/http/pagination.js';
import { pageOfLog } from '../src/webhooks/log-order.js';

interface Row {
  id: string;
  created_at: string;
  status: string;
  tags: string[];
}

type Walk = (query: { limit: number; cursor?: string }) => {
  data: Row[];
  has_more: boolean;
  next_cursor: string | null;
};

/** Every page, cursor to cursor: the ids in order. */
function walk(page: Walk, limit: number): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const result = page({ limit, ...(cursor ? { cursor } : {}) });
    ids.push(...result.data.map((r) => r.id));
    if (!result.has_more) return ids;
    cursor = result.next_cursor!;
  }
  throw new Error('the pages never ended');
}

describe('list indexes', () => {
  const statuses = ['queued', 'ringing', 'completed', 'failed'];
  const tags = ['a', 'b', 'c'];

  it.each(['id', 'insertion'] as const)('pages as the full sort did (ties by %s)', (ties) => {
    const random = createRandom(ties === 'id' ? 3 : 5).next;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const rows = new Collection<Row>();
    const index = new ListIndex(rows, {
      key: (r) => r.created_at,
      ties,
      filters: { status: (r) => r.status, tag: (r) => r.tags },
      // A log's records never change; the other kind is changed in place below.
      changes: ties === 'id',
    });
    let n = 0;
    let clock = Date.UTC(2026, 1, 16);
    const add = () => {
      // Mostly newer than everything, sometimes older; often the same instant as the previous one.
      const r = random();
      if (r < 0.5) clock += Math.floor(random() * 3) * 1000;
      const at = r < 0.85 ? clock : clock - Math.floor(random() * 100) * 1000;
      const id = `row_${String(Math.floor(random() * 1e9)).padStart(9, '0')}${n++}`;
      rows.set(id, {
        id,
        created_at: new Date(at).toISOString(),
        status: pick(statuses),
        tags: tags.filter(() => random() < 0.5),
      });
    };
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 150; i++) add();
      if (ties === 'id') {
        for (const row of [...rows.values()].filter(() => random() < 0.2)) {
          row.status = pick(statuses);
          if (random() < 0.5) row.tags.push(pick(tags));
          if (random() < 0.1) row.created_at = new Date(clock - 50_000).toISOString();
          rows.touch(row.id);
        }
        for (const row of [...rows.values()].filter(() => random() < 0.05))
          rows.set(row.id, { ...row, status: pick(statuses) });
      }
      for (const id of [...rows.keys()].filter(() => random() < 0.05)) rows.delete(id);

      const all = [...rows.values()];
      for (const status of [undefined, ...statuses]) {
        for (const tag of [undefined, 'b']) {
          for (const order of ['desc', 'asc'] as const) {
            const keep = (r: Row) =>
              (status === undefined || r.status === status) && (tag === undefined || r.tags.includes(tag));
            const from = new Date(clock - 200_000).toISOString();
            const range = { where: { status, tag }, from };
            const inRange = (r: Row) => keep(r) && r.created_at >= from;
            const expected =
              ties === 'id'
                ? walk((q) => paginate(all.filter(inRange), q, (r) => r.created_at, order), 7)
                : walk((q) => pageOfLog(rows, q, inRange, order), 7);
            const actual = walk((q) => pageOf(index, q, range, { order, keep }), 7);
            expect(actual).toEqual(expected);
          }
        }
      }
    }
    rows.clear();
    expect(pageOf(index, {}, {}).data).toEqual([]);
  });
});
