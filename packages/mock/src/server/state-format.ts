// The state file's format (version 2): JSON lines, appended as the state changes. The first line is the
// header; then one line per change, grouped in batches that each end with a commit line:
//
//   {"format":"kaicalls-mock-state","version":2,"seed":1,"created_at":"2026-03-02T14:00:00.000Z"}
//   {"set":"calls","id":"call_8fK2pQ7vN3","value":{...},"live":{...}}     a record as it now is
//   {"patch":"calls","id":"call_8fK2pQ7vN3","value":{"status":"ringing"},"live":{"next":3,...}}
//                                                                        the fields of a record that changed
//   {"push":"timelines","id":"call_8fK2pQ7vN3","from":3,"value":[...]}    a list record's items from index 3
//   {"delete":"webhooks","id":"whk_J3cE8itnz1"}                          a record removed
//   {"append":"webhookAttempts","value":{...}}                           one more item of a list
//   {"reset":true}                                                        everything before is forgotten
//   {"commit":true,"clock":1772460000000,"rng":123456789}                the batch is whole
//
// A batch is applied on load only once its commit line is read, so a write cut short by a crash leaves
// out that whole change, never half of one. `live` (a call still playing) and `queue` (a run still
// dialing) carry what the engine and the dispatcher need to go on after a restart; a live call's first
// line carries what its script is written from (its recipe), its later lines (patches) its changed
// fields and its place in the script. `push` replaces a timeline's
// items from `from` on (so it can follow a snapshot that already holds some of them). Compaction rewrites
// the file as one batch holding every record once.

/** What the first line's `format` says. */
export const FORMAT = 'kaicalls-mock-state';
/** The version this code writes; it also reads version 1 (0.1.0's single JSON document). */
export const VERSION = 2;

export interface Header {
  format: typeof FORMAT;
  version: number;
  seed: number;
  created_at: string;
}

/** The idempotency store is kept next to the state's collections under this name. */
export const IDEMPOTENCY = 'idempotency';

/** A state file that cannot be used: the message names the file (and the line) and says what to do. */
export class StateFileError extends Error {
  constructor(message: string) {
    super(`@kaicalls/mock: ${message}`);
    this.name = 'StateFileError';
  }
}

export type Line =
  | { set: string; id: string; value: unknown; live?: unknown; queue?: unknown }
  | { patch: string; id: string; value: Record<string, unknown>; live?: unknown }
  | { push: string; id: string; from: number; value: unknown[] }
  | { delete: string; id: string }
  | { append: string; value: unknown }
  | { reset: true }
  | { commit: true; clock: number; rng: number };

export const headerLine = (seed: number, now: number): string =>
  `${JSON.stringify({ format: FORMAT, version: VERSION, seed, created_at: new Date(now).toISOString() })}\n`;

export const commitLine = (clock: number, rng: number): string =>
  `{"commit":true,"clock":${clock},"rng":${rng}}\n`;

/** The shape of a parsed change line, or a sentence saying what is wrong with it. */
export function checkLine(value: unknown): Line | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it is not a JSON object';
  const line = value as Record<string, unknown>;
  if (typeof line.set === 'string')
    return typeof line.id === 'string' && 'value' in line
      ? (line as Line)
      : 'a "set" line needs an id and a value';
  if (typeof line.patch === 'string')
    return typeof line.id === 'string' && line.value && typeof line.value === 'object'
      ? (line as Line)
      : 'a "patch" line needs an id and an object of fields';
  if (typeof line.push === 'string')
    return typeof line.id === 'string' && Number.isInteger(line.from) && Array.isArray(line.value)
      ? (line as Line)
      : 'a "push" line needs an id, a from index and a list of values';
  if (typeof line.delete === 'string')
    return typeof line.id === 'string' ? (line as Line) : 'a "delete" line needs an id';
  if (typeof line.append === 'string')
    return 'value' in line ? (line as Line) : 'an "append" line needs a value';
  if (line.reset === true) return line as Line;
  if (line.commit === true)
    return Number.isFinite(line.clock) && Number.isInteger(line.rng)
      ? (line as Line)
      : 'a "commit" line needs a clock and an rng';
  return 'it is none of set, patch, push, delete, append, reset or commit';
}
