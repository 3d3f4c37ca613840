// Writing the state file: every collection reports its changes (../core/collection.ts), the ids changed
// since the last write are kept in a dirty set, and `flush()` appends them as one batch of JSON lines
// (./state-format.ts) with a synchronous write. The server answers a request once the batch holding its
// changes is written (`written()`: one write for all the requests of a turn of the event loop), and the
// clock's steps (timelines, webhook retries) are written on the next turn, so nothing answered is missing
// from the file if the process dies.
//
// The file grows with every change; once it holds more than twice as many lines as there are records, it
// is compacted in the background: every record is streamed, 1 MB at a time, into `<file>.compacting`
// while the server goes on; the records changed meanwhile are written again at the end, and that file is
// renamed over the state file. A crash mid-compaction leaves the state file as it was; the next start
// removes the leftover.
import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { Collection } from '../core/collection.js';
import { Timelines } from '../core/timelines.js';
import type { Runtime } from '../runtime.js';
import { commitLine, headerLine, IDEMPOTENCY, StateFileError } from './state-format.js';

const CHUNK = 1 << 20;
/**
 * Below this many change lines the file is never compacted: rewriting a small file saves nothing.
 * `KAICALLS_MOCK_COMPACT_LINES` changes it (the crash test compacts often, to be killed mid-compaction).
 */
const MIN_COMPACT_LINES = Number(process.env.KAICALLS_MOCK_COMPACT_LINES) || 20_000;

/** Every collection of a runtime by the name the file uses: the state's, and the idempotency store. */
export function collectionsOf(rt: Runtime): Array<[string, Collection<unknown>]> {
  const out: Array<[string, Collection<unknown>]> = [];
  for (const [name, value] of Object.entries(rt.state))
    if (value instanceof Collection) out.push([name, value as Collection<unknown>]);
  out.push([IDEMPOTENCY, rt.idempotency.entries as Collection<unknown>]);
  return out;
}

/** The state's append-only lists (`webhookAttempts`). */
export function listsOf(rt: Runtime): Array<[string, unknown[]]> {
  return Object.entries(rt.state).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
}

/** One record's line as it is now: `set` (with a live call's or a run's progress), or `delete`. */
function recordLine(rt: Runtime, name: string, collection: Collection<unknown>, id: string): string {
  const value = collection.get(id);
  if (value === undefined) return `${JSON.stringify({ delete: name, id })}\n`;
  if (name === 'calls') return `${JSON.stringify({ set: name, id, value, live: rt.engine.saveLive(id) })}\n`;
  if (name === 'runs')
    return `${JSON.stringify({ set: name, id, value, queue: rt.dispatcher.saveQueue(id) })}\n`;
  return `${JSON.stringify({ set: name, id, value })}\n`;
}

/** Every record of the runtime, one line each, and the first `counts[name]` items of each list. */
function* snapshotLines(rt: Runtime, counts: ReadonlyMap<string, number>): Generator<string> {
  for (const [name, collection] of collectionsOf(rt))
    for (const id of collection.keys()) yield recordLine(rt, name, collection, id);
  for (const [name, list] of listsOf(rt)) {
    const count = Math.min(counts.get(name) ?? list.length, list.length);
    for (let i = 0; i < count; i++) yield `${JSON.stringify({ append: name, value: list[i] })}\n`;
  }
}

/** Writes all of `text` (a short write, as on a full disk, is continued or fails); returns its bytes. */
function writeAll(fd: number, text: string): number {
  const length = Buffer.byteLength(text);
  const written = writeSync(fd, text);
  if (written < length) {
    const bytes = Buffer.from(text);
    for (let done = written; done < length; ) done += writeSync(fd, bytes, done);
  }
  return length;
}

/**
 * What the journal remembers of what it wrote, so that a step of a live call writes what changed and not
 * the whole record: its timeline's new events (`push` from an index), the call's fields that changed
 * (`patch`: the engine replaces a call's fields, it never changes them in place) and its place in the
 * script, whose recipe is written only with the call's first line.
 */
interface Written {
  /** Per timeline (of a live call): what held it when written (`Timelines.holder`) and its length then. */
  timelines: Map<string, { holder: object; length: number }>;
  /** Per live call: its fields as written last (a shallow copy); its script's recipe is in the file. */
  calls: Map<string, Record<string, unknown>>;
}

/** The line of one change, as little as says it. */
function changeLine(
  rt: Runtime,
  name: string,
  collection: Collection<unknown>,
  id: string,
  written: Written,
): string {
  const has = collection.has(id);
  if (collection instanceof Timelines && has) {
    // A growing timeline writes its new events, read from where the last line left it.
    const before = written.timelines.get(id);
    const holder = collection.holder(id)!;
    const length = collection.count(id);
    if (rt.engine.isLive(id)) written.timelines.set(id, { holder, length });
    else written.timelines.delete(id);
    if (before && before.holder === holder && length > before.length)
      return `${JSON.stringify({ push: name, id, from: before.length, value: collection.since(id, before.length) })}\n`;
  } else if (name === 'calls' && has) {
    const call = collection.get(id) as Record<string, unknown>;
    const live = rt.engine.saveLive(id);
    const before = written.calls.get(id);
    if (live) written.calls.set(id, { ...call });
    else written.calls.delete(id);
    if (before) {
      const changed: Record<string, unknown> = {};
      for (const key in call) if (call[key] !== before[key]) changed[key] = call[key];
      const progress = live && { ...live, recipe: undefined };
      return `${JSON.stringify({ patch: name, id, value: changed, live: progress })}\n`;
    }
  }
  if (!has) {
    written.timelines.delete(id);
    written.calls.delete(id);
  }
  return recordLine(rt, name, collection, id);
}

function recordCount(
  collections: Array<[string, Collection<unknown>]>,
  lists: Array<[string, unknown[]]>,
): number {
  let count = 0;
  for (const [, collection] of collections) count += collection.size;
  for (const [, list] of lists) count += list.length;
  return count;
}

/**
 * Writes the whole state of `rt` as a new file at `path` (a temporary file renamed over it), synchronously:
 * a new state file, or one rewritten from an older format.
 */
export function writeSnapshot(path: string, rt: Runtime): void {
  const temporary = `${path}.compacting`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    let text = headerLine(rt.options.seed, rt.clock.now());
    for (const line of snapshotLines(rt, new Map())) {
      text += line;
      if (text.length >= CHUNK) {
        writeAll(fd, text);
        text = '';
      }
    }
    writeAll(fd, text + commitLine(rt.clock.now(), rt.random.position()));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
}

/** A compaction in progress: its file, and the records changed since it began. */
interface Compaction {
  fd: number;
  changed: Map<string, Set<string>>;
  canceled: boolean;
}

export interface Journal {
  /** Appends what changed since the last flush as one batch; a no-op when nothing did. Throws when it cannot write. */
  flush(): void;
  /**
   * Resolves once everything changed so far is in the file: at once when it is, else after the write at the
   * end of this turn of the event loop, which all the requests answered in the turn share (group commit).
   * Rejects when that write fails.
   */
  written(): Promise<void>;
  /** Stops a compaction in progress, flushes and closes the file. */
  close(): void;
}

/**
 * Keeps `path` (already holding the state of `runtime()`, as `writeSnapshot` or a load left it) up to date
 * with the runtime's changes, following it across resets.
 * @param lines change lines already in the file (for the compaction threshold)
 */
export function openJournal(
  path: string,
  runtime: () => Runtime,
  { lines: linesInFile = 0, onError }: { lines?: number; onError: (message: string) => void },
): Journal {
  let fd = openSync(path, 'a', 0o600);
  let size = 0;
  let lines = linesInFile;
  let attached: Runtime | undefined;
  let unsubscribe: Array<() => void> = [];
  let collections: Array<[string, Collection<unknown>]> = [];
  let lists: Array<[string, unknown[]]> = [];
  const dirty = new Map<string, Set<string>>();
  const remembered: Written = { timelines: new Map(), calls: new Map() };
  /** Items of each list already in the file. */
  const written = new Map<string, number>();
  let everything = false;
  let scheduled: NodeJS.Immediate | undefined;
  let compacting: Compaction | undefined;
  const temporary = `${path}.compacting`;
  let closed = false;

  const mark = (name: string, id: string) => {
    const ids = dirty.get(name);
    if (ids) ids.add(id);
    else dirty.set(name, new Set([id]));
    if (compacting) {
      const changed = compacting.changed.get(name);
      if (changed) changed.add(id);
      else compacting.changed.set(name, new Set([id]));
    }
    if (!scheduled) {
      scheduled = setImmediate(onTimer);
      scheduled.unref();
    }
  };

  /** Answers waiting for the next write (`written()`): one write for every request of a turn. */
  let waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  function onTimer() {
    scheduled = undefined;
    const answers = waiting;
    waiting = [];
    try {
      flush();
    } catch (error) {
      if (answers.length > 0) for (const answer of answers) answer.reject(error as Error);
      else
        onError(
          `cannot write the state file ${path}: ${(error as Error).message}. The changes are kept in memory and written with the next change; until then, requests that change something are answered 500.`,
        );
      return;
    }
    for (const answer of answers) answer.resolve();
  }

  function pendingChanges(): boolean {
    if (everything || runtime() !== attached) return true;
    for (const ids of dirty.values()) if (ids.size > 0) return true;
    for (const [name, list] of lists) if (list.length !== written.get(name)) return true;
    return false;
  }

  function attach(rt: Runtime) {
    for (const stop of unsubscribe) stop();
    collections = collectionsOf(rt);
    lists = listsOf(rt);
    unsubscribe = collections.map(([name, collection]) => collection.onChangeId((id) => mark(name, id)));
    written.clear();
    for (const [name, list] of lists) written.set(name, list.length);
    remembered.timelines.clear();
    remembered.calls.clear();
    attached = rt;
  }

  attach(runtime());
  size = fstatSync(fd).size;

  function flush(): void {
    if (closed) return;
    const rt = runtime();
    if (rt !== attached) {
      // `mock.reset()`: a fresh runtime. The file forgets everything before and gets all of its state.
      cancelCompaction();
      attach(rt);
      for (const name of written.keys()) written.set(name, 0);
      everything = true;
    }
    let changed = everything;
    if (!changed) {
      for (const ids of dirty.values()) if (ids.size > 0) changed = true;
      for (const [name, list] of lists) if (list.length !== written.get(name)) changed = true;
    }
    if (!changed) return;

    let text = '';
    let count = 0;
    let bytes = 0;
    const emit = (line: string) => {
      text += line;
      count++;
      if (text.length >= CHUNK) out();
    };
    const out = () => {
      bytes += writeAll(fd, text);
      text = '';
    };
    try {
      if (everything) {
        emit('{"reset":true}\n');
        for (const line of snapshotLines(rt, new Map())) emit(line);
      } else {
        for (const [name, collection] of collections) {
          const ids = dirty.get(name);
          if (ids) for (const id of ids) emit(changeLine(rt, name, collection, id, remembered));
        }
        for (const [name, list] of lists) {
          for (let i = written.get(name) ?? 0; i < list.length; i++)
            emit(`${JSON.stringify({ append: name, value: list[i] })}\n`);
        }
      }
      text += commitLine(rt.clock.now(), rt.random.position());
      out();
    } catch (error) {
      // Cut the file back to its last whole batch, so the next batch does not follow half a line.
      try {
        ftruncateSync(fd, size);
      } catch {}
      // What this batch would have written is not in the file: the next one writes records in full.
      remembered.timelines.clear();
      remembered.calls.clear();
      throw new StateFileError(`cannot write the state file ${path}: ${(error as Error).message}`);
    }
    size += bytes;
    lines += count;
    everything = false;
    dirty.clear();
    for (const [name, list] of lists) written.set(name, list.length);
    if (!compacting && lines > MIN_COMPACT_LINES && lines > 2 * recordCount(collections, lists))
      void compact(rt);
  }

  /**
   * Streams every record into `<file>.compacting` while the server goes on, then, in one synchronous step,
   * writes again in full every record changed meanwhile (the snapshot may hold some of them newer than the
   * batches written since, others older) and every list item appended, so that the new file ends exactly
   * at the state as it is, and renames it over the state file.
   */
  async function compact(rt: Runtime) {
    const job: Compaction = { fd: openSync(temporary, 'w', 0o600), changed: new Map(), canceled: false };
    compacting = job;
    let renamed = false;
    try {
      let text = headerLine(rt.options.seed, rt.clock.now());
      let count = 0;
      // Items appended from now on are written by the last step, not here.
      const from = new Map(written);
      for (const line of snapshotLines(rt, from)) {
        text += line;
        count++;
        if (text.length >= CHUNK) {
          writeAll(job.fd, text);
          text = '';
          await new Promise((resolve) => setImmediate(resolve));
          if (job.canceled) return;
        }
      }
      for (const [name, collection] of collections) {
        const ids = job.changed.get(name);
        if (!ids) continue;
        for (const id of ids) {
          text += recordLine(rt, name, collection, id);
          count++;
          if (text.length >= CHUNK) {
            writeAll(job.fd, text);
            text = '';
          }
        }
      }
      for (const [name, list] of lists) {
        for (let i = from.get(name) ?? 0; i < list.length; i++) {
          text += `${JSON.stringify({ append: name, value: list[i] })}\n`;
          count++;
        }
      }
      writeAll(job.fd, text + commitLine(rt.clock.now(), rt.random.position()));
      fsyncSync(job.fd);
      renameSync(temporary, path);
      renamed = true;
      // The new file holds everything: nothing is dirty, and the next change of a record writes it whole.
      dirty.clear();
      for (const [name, list] of lists) written.set(name, list.length);
      remembered.timelines.clear();
      remembered.calls.clear();
      closeSync(fd);
      fd = openSync(path, 'a', 0o600);
      size = fstatSync(fd).size;
      lines = count;
    } catch (error) {
      onError(
        `compacting the state file ${path} failed (${(error as Error).message}); it keeps growing until the next try.`,
      );
      // Renamed, but the old file could not be let go: write everything to the new one.
      if (renamed) everything = true;
    } finally {
      if (compacting === job) {
        compacting = undefined;
        closeSync(job.fd);
        if (!renamed) rmSync(temporary, { force: true });
      }
    }
  }

  /** Stops a compaction at once: its file is closed and removed now, its loop returns at its next turn. */
  function cancelCompaction() {
    if (!compacting) return;
    compacting.canceled = true;
    closeSync(compacting.fd);
    compacting = undefined;
    rmSync(temporary, { force: true });
  }

  return {
    flush,
    written() {
      if (closed || !pendingChanges()) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!scheduled) {
          scheduled = setImmediate(onTimer);
          scheduled.unref();
        }
      });
    },
    close() {
      if (closed) return;
      if (scheduled) clearImmediate(scheduled);
      scheduled = undefined;
      const answers = waiting;
      waiting = [];
      cancelCompaction();
      try {
        flush();
        fsyncSync(fd);
        for (const answer of answers) answer.resolve();
      } catch (error) {
        for (const answer of answers) answer.reject(error as Error);
        throw error;
      } finally {
        closed = true;
        for (const stop of unsubscribe) stop();
        closeSync(fd);
      }
    },
  };
}
