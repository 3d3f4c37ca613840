// The optional state file: the server's whole state (every collection, key hashes, the event log, the
// deliveries) written as JSON after changes and at exit, and read back at start, so a restarted server
// keeps its data. Timelines that were running are not resumed: a call live at shutdown keeps the status it
// had. Written to a temporary file and renamed, so a crash mid-write never leaves half a file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Core, MockContext } from '../core/context.js';
import type { State } from '../core/state.js';

const FORMAT = 'kaicalls-mock-state@1';

/** What saving reads: `mock.context`, which follows the current runtime across resets. */
type Source = Pick<MockContext, 'options' | 'clock' | 'state'>;

interface Saved {
  format: typeof FORMAT;
  seed: number;
  /** The mock clock when the file was written (ms): a restarted server resumes from there. */
  now: number;
  state: Record<string, unknown>;
}

function encode(state: State): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(state))
    out[name] = value instanceof Map ? { $map: [...value.entries()] } : value;
  return out;
}

function decode(saved: Record<string, unknown>, into: State): void {
  for (const [name, value] of Object.entries(saved)) {
    if (!(name in into)) continue;
    const current = (into as unknown as Record<string, unknown>)[name];
    const entries = (value as { $map?: [string, unknown][] } | null)?.$map;
    if (current instanceof Map && Array.isArray(entries)) {
      current.clear();
      for (const [k, v] of entries) current.set(k, v);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      current.length = 0;
      current.push(...value);
    }
  }
}

/** The saved file, or undefined when there is none yet. A file that cannot be read as state is an error. */
export function readStateFile(path: string): Saved | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let saved: Saved;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `@kaicalls/mock: the state file ${path} is not valid JSON (${(error as Error).message}). Delete it to start fresh.`,
    );
  }
  if (saved?.format !== FORMAT) {
    throw new Error(
      `@kaicalls/mock: ${path} is not a mock state file (expected format ${FORMAT}). Delete it or pick another path.`,
    );
  }
  return saved;
}

export function writeStateFile(path: string, ctx: Source): void {
  const saved: Saved = {
    format: FORMAT,
    seed: ctx.options.seed,
    now: ctx.clock.now(),
    state: encode(ctx.state),
  };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(saved));
  renameSync(temporary, path);
}

/**
 * Loads saved state into a freshly seeded runtime. The seeded random sequence starts over after a restart,
 * so ids it hands out again are skipped: a new record never overwrites a saved one. Only this runtime
 * skips them: the runtime a reset builds starts afresh, with none of the saved records.
 */
export function restoreState(ctx: Core, saved: Saved): void {
  decode(saved.state, ctx.state);
  const taken = new Set<string>();
  for (const value of Object.values(ctx.state))
    if (value instanceof Map) for (const id of value.keys()) taken.add(id);
  const next = ctx.id;
  ctx.id = (prefix) => {
    for (;;) {
      const id = next(prefix);
      if (!taken.has(id)) return id;
    }
  };
}

/** Debounced saving: `touch()` after a change, `flush()` at exit. */
export function createSaver(path: string, ctx: Source, delayMs = 200) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    writeStateFile(path, ctx);
  };
  return {
    touch() {
      if (timer) return;
      timer = setTimeout(flush, delayMs);
      timer.unref();
    },
    flush,
  };
}
