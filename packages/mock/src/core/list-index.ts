// The order of a list, kept as its collection changes, so that a page costs about the same at 100 records
// and at a million: the ids in key order (binary search finds a cursor, a range's ends), and one such list
// per value of each equality filter, so `GET /v1/calls?status=in-progress` walks the few live calls and not
// the million completed ones. A page walks the smallest list its filters name and checks every candidate
// against the request's own predicate, so the index only has to hold a superset of what a list shows.
//
// Records are mostly added in key order (`created_at` of a record that just happened), which makes adding
// an append. Records whose key or filtered fields change are followed through `touch` (the index keeps the
// values it filed them under, to find them again); those that never change (the event log) cost nothing more
// than their slots in the lists.
import type { Collection } from './collection.js';

export type Key = string | number;
export type FilterValue = string | number | boolean;

export interface IndexSpec<T> {
  /** The list's order, ascending (a page reads it either way). */
  key(record: T): Key;
  /**
   * What orders records of one key: their ids, or the order they were added (the event log, where a virtual
   * clock stamps a whole burst with one instant and the order things happened is the order they were added).
   */
  ties: 'id' | 'insertion';
  /** The equality filters served from lists of their own: a field's value (or values), null for none. */
  filters?: Record<string, (record: T) => FilterValue | readonly FilterValue[] | null | undefined>;
  /**
   * Whether a record's key or filtered values can change once it is added (then the values it was filed
   * under are kept, to move it when they change). Default true; false where the key and the filtered
   * fields are final (the log, evidence): then nothing is kept, and a touch costs one binary search.
   */
  changes?: boolean;
}

/** Where a page reads: the list of one filter value, between two keys. */
export interface Range {
  /** Equality filters the request names (undefined: not filtered); the smallest of their lists is walked. */
  where?: Record<string, FilterValue | undefined>;
  /** Keys from (inclusive) … to (exclusive). */
  from?: Key | undefined;
  to?: Key | undefined;
}

/** A position in a list: the last record of the previous page. */
export interface Cursor {
  k: Key;
  id: string;
}

/** What a filter files a record under: one value, several (a copy), or none. */
type Slot = FilterValue | readonly FilterValue[] | null;
/** What a record was filed under: its key, then one slot per filter (one flat array: records are many). */
type Filed = [Key, ...Slot[]];

const NONE: readonly FilterValue[] = [];
/**
 * The ids of one filter value: most values of a call's own (`call_id` of its jobs, recordings, …) have one
 * record, kept as the bare id (an array per call and collection would cost more than the record).
 */
type Ids = string[] | string;
const stored = Map.prototype.get;

function slotOf(value: FilterValue | readonly FilterValue[] | null | undefined): Slot {
  if (value === null || value === undefined) return null;
  // A copy: a record's own array (a conversation's call_ids) grows in place, and the index must see it did.
  return Array.isArray(value) ? [...(value as readonly FilterValue[])] : (value as FilterValue);
}

function valuesIn(slot: Slot): readonly FilterValue[] {
  if (slot === null) return NONE;
  return Array.isArray(slot) ? (slot as readonly FilterValue[]) : [slot as FilterValue];
}

/** Whether a value is among `values`: a Set for long lists (a conversation's calls), so a diff stays linear. */
function membership(values: readonly FilterValue[]): (value: FilterValue) => boolean {
  if (values.length <= 16) return (value) => values.includes(value);
  const set = new Set(values);
  return (value) => set.has(value);
}

function sameSlot(a: Slot, b: Slot): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export class ListIndex<T> {
  /** Every id, in key order. */
  private all: string[] = [];
  /** Per filter, per value: the ids with that value, in key order. */
  private readonly lists = new Map<string, Map<FilterValue, Ids>>();
  private readonly filters: [string, NonNullable<IndexSpec<T>['filters']>[string]][];
  /** What each record was filed under (only when records change). */
  private readonly filed: Map<string, Filed> | undefined;
  /**
   * Where records change (`filed`), each filter value's ids are a Set: a status change is then O(1), where
   * a sorted list would move a whole array (100,000 calls ringing at once, answered one by one). A page sorts
   * a small set, or walks the key order checking the filter when the value is common.
   */
  private readonly sets = new Map<string, Map<FilterValue, Set<string>>>();
  /** Insertion order, for ties of records that change (deliveries). */
  private readonly seq: Map<string, number> | undefined;
  private nextSeq = 0;
  /** How many records are filed: a `set` that does not grow the collection replaced one. */
  private count = 0;

  constructor(
    private readonly collection: Collection<T>,
    private readonly spec: IndexSpec<T>,
  ) {
    this.filters = Object.entries(spec.filters ?? {});
    this.filed = spec.changes === false ? undefined : new Map();
    for (const [name] of this.filters) (this.filed ? this.sets : this.lists).set(name, new Map());
    this.seq = this.filed && spec.ties === 'insertion' ? new Map() : undefined;
    for (const [id, record] of collection) this.add(id, record);
    const stored = collection as Collection<T> & { onStoredChange?: Collection<T>['onChange'] };
    (stored.onStoredChange ?? stored.onChange).call(collection, (id, record) => this.changed(id, record));
  }

  /** The key a record is ordered by. */
  keyOf(record: T): Key {
    return this.spec.key(record);
  }

  private changed(id: string, record: T | undefined) {
    if (record === undefined) {
      if (this.collection.size === 0) this.reset();
      else this.remove(id);
      return;
    }
    if (this.filed) {
      const before = this.filed.get(id);
      if (before === undefined) return this.add(id, record);
      const key = this.spec.key(record);
      if (key !== before[0]) {
        this.remove(id);
        return this.add(id, record);
      }
      this.filters.forEach(([name, of], i) => {
        const slot = slotOf(of(record));
        if (sameSlot(slot, before[i + 1]!)) return;
        const now = valuesIn(slot);
        const was = valuesIn(before[i + 1]!);
        const inNow = membership(now);
        const inWas = membership(was);
        for (const value of was) if (!inNow(value)) this.unfile(name, value, id, key);
        for (const value of now) if (!inWas(value)) this.file(name, value, id, key);
        before[i + 1] = slot;
      });
      return;
    }
    if (this.collection.size > this.count) return this.add(id, record);
    // Records that do not change: a touch changes nothing (one binary search shows it is where its key
    // says); a record replaced by one of another key is filed again.
    if (!this.locate(this.all, id, this.spec.key(record)).found) {
      this.remove(id);
      this.add(id, record);
    }
  }

  private add(id: string, record: T) {
    const key = this.spec.key(record);
    const filed: Filed = [key];
    for (const [name, of] of this.filters) {
      const slot = slotOf(of(record));
      for (const value of valuesIn(slot)) this.file(name, value, id, key);
      filed.push(slot);
    }
    this.put(this.all, id, key);
    this.filed?.set(id, filed);
    this.seq?.set(id, this.nextSeq++);
    this.count++;
  }

  private remove(id: string) {
    const filed = this.filed?.get(id);
    if (this.filed && !filed) return;
    if (filed) {
      const key = filed[0];
      this.leaving = { id, key };
      this.filters.forEach(([name], i) => {
        for (const value of valuesIn(filed[i + 1]!)) this.unfile(name, value, id, key);
      });
      this.take(this.all, id, key);
      this.leaving = undefined;
      this.filed!.delete(id);
      this.seq?.delete(id);
    } else {
      // A log's record is gone before it is reported, and with it its key: look for its id (rare: tests).
      const at = this.all.indexOf(id);
      if (at < 0) return;
      removeAt(this.all, at);
      for (const byValue of this.lists.values())
        for (const [value, ids] of byValue) {
          if (ids === id) byValue.delete(value);
          else if (typeof ids !== 'string') {
            const i = ids.indexOf(id);
            if (i >= 0) removeAt(ids, i);
          }
        }
    }
    this.count--;
  }

  private reset() {
    this.all = [];
    for (const byValue of this.lists.values()) byValue.clear();
    for (const byValue of this.sets.values()) byValue.clear();
    this.seq?.clear();
    this.filed?.clear();
    this.count = 0;
  }

  /** The ids of a filter's value, in key order (a copy of a lone id). */
  private listOf(name: string, value: FilterValue): string[] | undefined {
    const ids = this.lists.get(name)!.get(value);
    return typeof ids === 'string' ? [ids] : ids;
  }

  private file(name: string, value: FilterValue, id: string, key: Key) {
    if (this.filed) {
      const byValue = this.sets.get(name)!;
      let set = byValue.get(value);
      if (!set) {
        set = new Set();
        byValue.set(value, set);
      }
      set.add(id);
      return;
    }
    const byValue = this.lists.get(name)!;
    const ids = byValue.get(value);
    if (ids === undefined) byValue.set(value, id);
    else if (typeof ids !== 'string') this.put(ids, id, key);
    else if (ids !== id) {
      const list = [ids];
      this.put(list, id, key);
      byValue.set(value, list);
    }
  }

  private unfile(name: string, value: FilterValue, id: string, key: Key) {
    if (this.filed) {
      const set = this.sets.get(name)!.get(value);
      set?.delete(id);
      if (set?.size === 0) this.sets.get(name)!.delete(value);
      return;
    }
    const byValue = this.lists.get(name)!;
    const ids = byValue.get(value);
    if (ids === id) byValue.delete(value);
    else if (ids !== undefined && typeof ids !== 'string') {
      this.take(ids, id, key);
      if (ids.length === 0) byValue.delete(value);
    }
  }

  /** The record being moved or removed, with the key it was filed under (its record may say otherwise now). */
  private leaving: { id: string; key: Key } | undefined;

  private key(id: string): Key {
    if (this.leaving?.id === id) return this.leaving.key;
    // The record as stored: a collection may make a plain copy on `get` (the event log), too slow here.
    return this.spec.key(stored.call(this.collection, id) as T);
  }

  /** First position whose key is ≥ `key` (or > it, with `after`). */
  private bound(ids: string[], key: Key, after: boolean): number {
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.key(ids[mid]!);
      if (k < key || (after && k === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where `id` (of `key`) is in `ids`, or where it goes (then `found` is false). */
  private locate(ids: string[], id: string, key: Key): { at: number; found: boolean } {
    if (this.spec.ties === 'insertion') {
      const end = this.bound(ids, key, true);
      for (let i = this.bound(ids, key, false); i < end; i++)
        if (ids[i] === id) return { at: i, found: true };
      return { at: end, found: false };
    }
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = ids[mid]!;
      const k = this.key(other);
      if (k < key || (k === key && other < id)) lo = mid + 1;
      else hi = mid;
    }
    return { at: lo, found: ids[lo] === id };
  }

  private put(ids: string[], id: string, key: Key) {
    const last = ids[ids.length - 1];
    if (last === undefined) return void ids.push(id);
    const lastKey = this.key(last);
    // The common case: a record newer than every other.
    if (lastKey < key || (lastKey === key && (this.spec.ties === 'insertion' || last < id)))
      return void ids.push(id);
    const { at, found } = this.locate(ids, id, key);
    if (!found) ids.splice(at, 0, id);
  }

  private take(ids: string[] | undefined, id: string, key: Key) {
    if (!ids) return;
    const { at, found } = this.locate(ids, id, key);
    if (found) removeAt(ids, at);
  }

  /**
   * Visits the records of `range` in `order` until `visit` returns false: a linear pass over a range, with
   * no copy (analytics).
   */
  each(range: Range, order: 'asc' | 'desc', visit: (record: T) => boolean | undefined): void {
    const ids = this.smallest(range);
    const lo = range.from === undefined ? 0 : this.bound(ids, range.from, false);
    const hi = range.to === undefined ? ids.length : this.bound(ids, range.to, false);
    if (order === 'asc') {
      for (let i = lo; i < hi; i++) if (visit(this.collection.get(ids[i]!)!) === false) return;
    } else {
      for (let i = hi - 1; i >= lo; i--) if (visit(this.collection.get(ids[i]!)!) === false) return;
    }
  }

  /**
   * The list to walk for `range`: the smallest of those its equality filters name. A set of ids (records
   * that change) is sorted when it is small against the whole; a common value walks the key order instead,
   * and the page's own predicate skips the rest (at most 64 records looked at per record shown).
   */
  private smallest(range: Range): string[] {
    let ids = this.all;
    let set: Set<string> | undefined;
    for (const [name, value] of Object.entries(range.where ?? {})) {
      if (value === undefined) continue;
      if (this.sets.has(name)) {
        const candidate = this.sets.get(name)!.get(value);
        if (!candidate) return [];
        if (candidate.size < (set?.size ?? ids.length)) set = candidate;
        continue;
      }
      if (!this.lists.has(name)) continue;
      const list = this.listOf(name, value) ?? [];
      if (list.length < ids.length) {
        ids = list;
        set = undefined;
      }
    }
    if (set && (set.size <= 256 || set.size * 64 < this.all.length)) return this.sorted(set);
    return ids;
  }

  /** A set's ids in key order (ties by id, or by the order they were added). */
  private sorted(set: Set<string>): string[] {
    const keyed = [...set].map((id) => ({ id, key: this.key(id) }));
    const seq = this.seq;
    keyed.sort((a, b) => {
      if (a.key !== b.key) return a.key < b.key ? -1 : 1;
      if (seq) return seq.get(a.id)! - seq.get(b.id)!;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    return keyed.map((entry) => entry.id);
  }

  /**
   * The records of `range`, from the cursor on, in `order`, that pass `keep`: at most `limit`, and whether
   * more follow. Walks the smallest list the filters name, from the cursor's position (binary search).
   */
  page(
    range: Range,
    options: {
      order: 'asc' | 'desc';
      limit: number;
      after?: Cursor | undefined;
      keep?: (record: T) => boolean;
    },
  ): { items: T[]; hasMore: boolean } {
    const ids = this.smallest(range);
    let lo = range.from === undefined ? 0 : this.bound(ids, range.from, false);
    let hi = range.to === undefined ? ids.length : this.bound(ids, range.to, false);
    const { after, order, limit, keep } = options;
    if (after) {
      const { at, found } = this.locate(ids, after.id, after.k);
      if (order === 'asc') lo = Math.max(lo, found ? at + 1 : at);
      else hi = Math.min(hi, at);
    }
    const items: T[] = [];
    const step = order === 'asc' ? 1 : -1;
    for (let i = order === 'asc' ? lo : hi - 1; i >= lo && i < hi; i += step) {
      const record = this.collection.get(ids[i]!)!;
      if (keep && !keep(record)) continue;
      if (items.length === limit) return { items, hasMore: true };
      items.push(record);
    }
    return { items, hasMore: false };
  }
}

/**
 * Removes `ids[at]`. Near the head, where a log's oldest records are (the usage log drops its oldest on every
 * request once full; ties of one millisecond put it a few places in), `splice` moves the whole array (25 µs
 * for 10,000 ids): the ids before it move up one place instead, and `shift()` drops the head in V8's
 * constant-time path (0.1–0.4 µs).
 */
function removeAt(ids: string[], at: number): void {
  if (at >= HEAD) return void ids.splice(at, 1);
  for (let i = at; i > 0; i--) ids[i] = ids[i - 1]!;
  ids.shift();
}
const HEAD = 64;
