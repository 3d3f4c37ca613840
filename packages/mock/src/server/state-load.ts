// Reading a state file back, line by line in 1 MB reads: no string ever holds more than one line, so a file
// loads whatever its size (memory permitting). Each batch is applied once its commit line is read; what
// follows the last commit (a write cut short by a crash) is dropped with a warning, and the writer cuts it
// off before appending. A line that is not what this version writes is an error naming the file and line.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { checkLine, FORMAT, type Header, type Line, StateFileError, VERSION } from './state-format.js';

/** A state file's contents, before they go into a runtime. */
export interface Loaded {
  seed: number;
  /** The mock clock at the last commit (ms). */
  clock: number;
  /** The position of the runtime's random sequence at the last commit (absent in version 1 files). */
  rng: number | undefined;
  /** Records by collection name, then id (the idempotency store under `idempotency`). */
  collections: Map<string, Map<string, unknown>>;
  /** Append-only lists by name (`webhookAttempts`). */
  lists: Map<string, unknown[]>;
  /** Calls still playing when the file was written, by call id. */
  live: Map<string, unknown>;
  /** Runs still dialing, by run id. */
  queues: Map<string, unknown>;
  /** Bytes up to the end of the last whole batch; anything after it is to be cut off. */
  goodBytes: number;
  /** The file's size as read. */
  size: number;
  /** Change lines read (header and commits aside): compared with the record count, it says when to compact. */
  lines: number;
  /** A version 1 file (0.1.0): it is rewritten in version 2 before anything is appended. */
  legacy: boolean;
  /** What was dropped, for the server to print. */
  warnings: string[];
}

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const LEGACY_PREFIX = '{"format":"kaicalls-mock-state@1"';

const lineError = (path: string, line: number, what: string) =>
  new StateFileError(
    `the state file ${path} is damaged at line ${line}: ${what}. Nothing was loaded. Move the file aside to start fresh, or keep what precedes the damage with: head -n ${line - 1} ${path} > ${path}.fixed (then use that file).`,
  );

/** The file's contents, or undefined when it does not exist or is empty (a new state file). */
export function loadStateFile(path: string, known: ReadonlySet<string>): Loaded | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read the state file ${path}: ${(error as Error).message}.`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const head = Buffer.alloc(Math.min(size, LEGACY_PREFIX.length));
    readSync(fd, head, 0, head.length, 0);
    if (head.toString('utf8') === LEGACY_PREFIX) return loadLegacy(path, size);
    return readLines(path, fd, size, known);
  } finally {
    closeSync(fd);
  }
}

function readLines(path: string, fd: number, size: number, known: ReadonlySet<string>): Loaded | undefined {
  let loaded: Loaded | undefined;
  /** The current batch's changes and their line numbers, applied at its commit. */
  let pending: Array<[Line, number]> = [];
  let pendingFrom = 0;
  let lineNo = 0;
  let carry: Buffer | undefined;
  let offset = 0;
  const unknown = new Set<string>();
  const buffer = Buffer.allocUnsafe(CHUNK);

  const onLine = (text: string, end: number) => {
    lineNo++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (lineNo === 1)
        throw new StateFileError(
          `${path} is not a @kaicalls/mock state file: its first line is not JSON (${(error as Error).message}). Pick another --state-file, or delete it to start fresh.`,
        );
      throw lineError(path, lineNo, `it is not valid JSON (${(error as Error).message})`);
    }
    if (lineNo === 1) {
      loaded = fromHeader(path, value);
      loaded.goodBytes = end;
      return;
    }
    const line = checkLine(value);
    if (typeof line === 'string') throw lineError(path, lineNo, line);
    if (!('commit' in line)) {
      if (pending.length === 0) pendingFrom = lineNo;
      pending.push([line, lineNo]);
      return;
    }
    for (const [change, at] of pending) {
      const wrong = apply(loaded!, change, known, unknown);
      if (wrong) throw lineError(path, at, wrong);
    }
    loaded!.lines += pending.length;
    pending = [];
    loaded!.clock = line.clock;
    loaded!.rng = line.rng;
    loaded!.goodBytes = end;
  };

  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, offset);
    if (read === 0) break;
    offset += read;
    let chunk = buffer.subarray(0, read);
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = undefined;
    }
    const chunkStart = offset - chunk.length;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      onLine(chunk.toString('utf8', start, nl), chunkStart + nl + 1);
      start = nl + 1;
    }
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (!loaded) {
    // A header cut short: the server died creating the file (it writes the header in one write). Anything
    // else without a single line break is not a state file, and is not overwritten.
    if (carry?.toString('utf8').startsWith(`{"format":"${FORMAT}"`)) return undefined;
    throw new StateFileError(
      `${path} is not a @kaicalls/mock state file (its first line has no "format":"${FORMAT}"). Pick another --state-file, or delete it to start fresh.`,
    );
  }
  if (carry) {
    loaded.warnings.push(
      `the state file ${path} ends with an incomplete line ${lineNo + 1} (${carry.length} bytes, the server stopped while writing it): dropped it.`,
    );
  }
  if (pending.length > 0) {
    loaded.warnings.push(
      `the last change in the state file ${path} (lines ${pendingFrom}–${lineNo}) was cut short before its commit line: dropped it. No answered request is lost: the server answers only once a change is written.`,
    );
  }
  if (unknown.size > 0) {
    loaded.warnings.push(
      `the state file ${path} holds collections this version does not know (${[...unknown].join(', ')}): ignored them.`,
    );
  }
  loaded.size = size;
  return loaded;
}

function fromHeader(path: string, value: unknown): Loaded {
  const header = value as Partial<Header> | null;
  if (!header || typeof header !== 'object' || header.format !== FORMAT) {
    throw new StateFileError(
      `${path} is not a @kaicalls/mock state file (its first line has no "format":"${FORMAT}"). Pick another --state-file, or delete it to start fresh.`,
    );
  }
  if (typeof header.version !== 'number' || header.version > VERSION) {
    throw new StateFileError(
      `the state file ${path} was written by a newer @kaicalls/mock (format version ${String(header.version)}; this one reads versions 1 to ${VERSION}). Upgrade @kaicalls/mock, or pick another --state-file.`,
    );
  }
  if (!Number.isInteger(header.seed))
    throw new StateFileError(`the state file ${path} is damaged at line 1: the header has no seed.`);
  return {
    seed: header.seed!,
    clock: Date.parse(header.created_at ?? '') || Date.now(),
    rng: undefined,
    collections: new Map(),
    lists: new Map(),
    live: new Map(),
    queues: new Map(),
    goodBytes: 0,
    size: 0,
    lines: 0,
    legacy: false,
    warnings: [],
  };
}

/** Applies one change; returns what is wrong when it contradicts the lines before it. */
function apply(
  loaded: Loaded,
  line: Line,
  known: ReadonlySet<string>,
  unknown: Set<string>,
): string | undefined {
  if ('reset' in line) {
    loaded.collections.clear();
    loaded.lists.clear();
    loaded.live.clear();
    loaded.queues.clear();
    return;
  }
  if ('append' in line) {
    const list = loaded.lists.get(line.append);
    if (list) list.push(line.value);
    else loaded.lists.set(line.append, [line.value]);
    return;
  }
  if ('commit' in line) return;
  const name =
    'set' in line ? line.set : 'patch' in line ? line.patch : 'push' in line ? line.push : line.delete;
  if (!known.has(name)) {
    unknown.add(name);
    return;
  }
  let records = loaded.collections.get(name);
  if (!records) {
    records = new Map();
    loaded.collections.set(name, records);
  }
  if ('push' in line) {
    const items = records.get(line.id);
    const list = Array.isArray(items) ? items : [];
    if (list.length < line.from)
      return `${name} ${line.id} has ${list.length} items, and this line adds from item ${line.from}`;
    list.length = line.from;
    for (const item of line.value) list.push(item);
    records.set(line.id, list);
  } else if ('set' in line || 'patch' in line) {
    if ('set' in line) records.set(line.id, line.value);
    else {
      const record = records.get(line.id);
      if (!record || typeof record !== 'object')
        return `${name} ${line.id} is changed here, and no line before holds it`;
      Object.assign(record, line.value);
    }
    if (name === 'calls') {
      const live = line.live as { recipe?: unknown } | undefined;
      // After its first line, a live call's lines carry where it is, not its script's recipe again.
      const before = loaded.live.get(line.id) as object | undefined;
      if (!live) loaded.live.delete(line.id);
      else if (live.recipe) loaded.live.set(line.id, live);
      else if (before) loaded.live.set(line.id, { ...before, ...live });
      else return `call ${line.id} is live, and no line before gives its script's recipe`;
    } else if (name === 'runs' && 'set' in line) {
      if (line.queue) loaded.queues.set(line.id, line.queue);
      else loaded.queues.delete(line.id);
    }
  } else {
    records.delete(line.id);
    loaded.live.delete(line.id);
    loaded.queues.delete(line.id);
  }
}

/** 0.1.0's file: the whole state as one JSON document, which 0.1.0 could only write if it fit in a string. */
function loadLegacy(path: string, size: number): Loaded {
  let saved: { seed?: unknown; now?: unknown; state?: Record<string, unknown> };
  try {
    saved = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StateFileError(
      `the state file ${path} (format 1, written by @kaicalls/mock 0.1) is not valid JSON (${(error as Error).message}). Move it aside to start fresh.`,
    );
  }
  const loaded = fromHeader(path, { format: FORMAT, version: 1, seed: saved.seed, created_at: '' });
  if (typeof saved.now === 'number') loaded.clock = saved.now;
  loaded.legacy = true;
  loaded.size = size;
  for (const [name, value] of Object.entries(saved.state ?? {})) {
    const entries = (value as { $map?: [string, unknown][] } | null)?.$map;
    if (Array.isArray(entries)) loaded.collections.set(name, new Map(entries));
    else if (Array.isArray(value)) loaded.lists.set(name, value);
  }
  return loaded;
}
