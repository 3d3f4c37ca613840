// The optional state file (`--state-file`): the server's whole state, kept on disk as it changes, so that a
// restarted server (or one that was killed) goes on where it was. Its format and guarantees are in
// ./state-format.ts and the package README; this file opens it (the lock, the leftovers of a crash, the
// load), puts what it holds into the first runtime, and starts the journal that keeps it up to date.
import { chmodSync, rmSync, truncateSync } from 'node:fs';
import type { Collection } from '../core/collection.js';
import type { MockEvent } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import type { SavedQueue } from '../engine/dispatcher.js';
import type { LiveCall } from '../engine/engine.js';
import { isoOf } from '../engine/time.js';
import type { Runtime } from '../runtime.js';
import { IDEMPOTENCY } from './state-format.js';
import { collectionsOf, type Journal, listsOf, openJournal, writeSnapshot } from './state-journal.js';
import { type Loaded, loadStateFile } from './state-load.js';
import { lockStateFile } from './state-lock.js';

type TimelineEvent = Schemas['CallTimelineEvent'];

/** The names a version 2 file may hold: the state's collections and the idempotency store. */
const KNOWN = new Set([
  'businesses',
  'agents',
  'configVersions',
  'numbers',
  'leads',
  'calls',
  'timelines',
  'appointments',
  'keys',
  'keyHashes',
  'usage',
  'runs',
  'webhooks',
  'events',
  'deliveries',
  'smsMessages',
  'conversations',
  'jobs',
  'attempts',
  'recordings',
  IDEMPOTENCY,
]);

export interface StateFile {
  /** What the file held (undefined for a new file): its seed and clock start the mock. */
  readonly loaded: Pick<Loaded, 'seed' | 'clock'> | undefined;
  /**
   * Puts the saved state into the mock's first runtime (seeded, before it serves anything), resumes its
   * live calls, runs and webhook retries, and starts keeping the file up to date.
   */
  start(runtime: () => Runtime): Journal;
  /** Releases the lock without starting (the server failed to start). */
  abandon(): void;
}

/**
 * Takes the file's lock (a second server on the same file is refused), removes what a crash mid-compaction
 * left, and reads the file. Throws a `StateFileError` that names the file (and the line) when it cannot.
 */
export function openStateFile(path: string, warn: (message: string) => void): StateFile {
  const lock = lockStateFile(path);
  let loaded: Loaded | undefined;
  try {
    rmSync(`${path}.compacting`, { force: true });
    loaded = loadStateFile(path, KNOWN);
  } catch (error) {
    lock.release();
    throw error;
  }
  for (const warning of loaded?.warnings ?? []) warn(warning);
  return {
    loaded: loaded && { seed: loaded.seed, clock: loaded.clock },
    start(runtime) {
      try {
        const rt = runtime();
        const lines = loaded?.lines ?? 0;
        if (loaded) restoreState(rt, loaded);
        if (!loaded || loaded.legacy) writeSnapshot(path, rt);
        else {
          // A batch cut short by a crash: cut it off, so what is appended follows a whole line.
          if (loaded.goodBytes < loaded.size) truncateSync(path, loaded.goodBytes);
          // It holds webhook secrets: only its owner reads it, whatever the file was created with.
          chmodSync(path, 0o600);
        }
        const saved = loaded;
        loaded = undefined;
        const journal = openJournal(path, runtime, {
          lines,
          onError: (message) => warn(message),
        });
        if (saved) resume(rt, saved);
        journal.flush();
        return {
          flush: journal.flush,
          written: journal.written,
          close() {
            try {
              journal.close();
            } finally {
              lock.release();
            }
          },
        };
      } catch (error) {
        lock.release();
        throw error;
      }
    },
    abandon: () => lock.release(),
  };
}

/** An event read back, its time the string the runtime stamps that instant with (shared, ../engine/time.ts). */
function stamped(event: MockEvent): MockEvent {
  const at = isoOf(Date.parse(event.created_at));
  return at === event.created_at ? { ...event, created_at: at } : event;
}

/** A record's id as its key: the one string, as the runtime keeps it (a line reads it twice). */
const keyOf = (id: string, record: unknown): string =>
  (record as { id?: unknown } | null)?.id === id ? (record as { id: string }).id : id;

/**
 * Loads saved state into a freshly seeded runtime: every collection is replaced by the file's (version 1
 * files: those they hold), the random sequence goes on where it was, and an id already taken is never
 * handed out again. Only this runtime skips them: the runtime a reset builds starts afresh.
 */
function restoreState(rt: Runtime, loaded: Loaded): void {
  const { calls, timelines, events } = rt.state;
  const compact: Array<[string, Collection<unknown>]> = [];
  for (const [name, collection] of collectionsOf(rt)) {
    const saved = loaded.collections.get(name);
    if (!saved && loaded.legacy) continue;
    collection.clear();
    if (collection === timelines || collection === events) compact.push([name, collection]);
    else if (saved) for (const [id, record] of saved) collection.set(keyOf(id, record), record);
  }
  // Once the calls are back: timelines and events go back into the compact form the engine writes them in
  // (../core/timelines.ts, ../core/event-log.ts), a call's events snapshots of its record.
  for (const [name, collection] of compact) {
    for (const [id, record] of loaded.collections.get(name) ?? []) {
      if (collection === events) events.restore(keyOf(id, record), stamped(record as MockEvent), calls);
      else {
        const call = calls.get(id);
        const created = call ? Date.parse(call.created_at) : undefined;
        timelines.restore(id, record as TimelineEvent[], created, call?.transcript ?? undefined);
      }
    }
  }
  for (const [name, list] of listsOf(rt)) {
    const saved = loaded.lists.get(name);
    if (!saved && loaded.legacy) continue;
    list.length = 0;
    // One at a time: a spread of 200,000 items into push() overflows the stack.
    if (saved) for (const item of saved) list.push(item);
  }
  rt.engine.stateReplaced();
  if (loaded.rng !== undefined) rt.random.seek(loaded.rng);
  const collections = collectionsOf(rt).map(([, collection]) => collection);
  const next = rt.id;
  rt.id = (prefix) => {
    for (;;) {
      const id = next(prefix);
      if (!collections.some((collection) => collection.has(id))) return id;
    }
  };
}

/** Calls that were playing go on from their next step, runs from their next contact, deliveries' retries. */
function resume(rt: Runtime, loaded: Loaded): void {
  for (const [id, saved] of loaded.live) {
    const call = rt.state.calls.get(id);
    if (call) rt.engine.resume(call as Schemas['Call'], saved as LiveCall);
  }
  for (const [id, saved] of loaded.queues) {
    const run = rt.state.runs.get(id);
    if (run) rt.dispatcher.restore(run, saved as SavedQueue);
  }
  // Timers do not survive a restart: deliveries that were waiting for a retry are armed again.
  rt.deliveries.resume();
}
