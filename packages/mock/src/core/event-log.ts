// The event log (`state.events`) and its compact call snapshots. Seven events of a call each carried a
// full copy of the call (30 fields) as it was then; a snapshot now keeps the call record, the status it had
// and which of its later fields were set by then (the engine writes each of them once, and never again),
// and is made into the same object on read. Reading the log (`get`, iterating it, the state file) gives
// plain events, exactly as `GET /v1/events/{id}` and the webhooks send them.

import { type ChangeListener, Collection } from './collection.js';
import type { MockEvent } from './context.js';
import type { Schemas } from './state.js';

type Call = Schemas['Call'];

/** The fields a call gets as its timeline plays, null until then; each is written once. */
const LATER = [
  'started_at',
  'answered_at',
  'ended_at',
  'duration',
  'transcript',
  'summary',
  'recording_url',
  'sentiment',
  'quality_dimensions',
  'outcome',
  'ended_reason',
] as const satisfies readonly (keyof Call)[];
const BIT = new Map<string, number>(LATER.map((field, i) => [field, 1 << i]));

/** A call as it was when an event was emitted. */
export class CallSnapshot {
  readonly status: Call['status'];
  /** Bit i: `LATER[i]` was set when the snapshot was taken. */
  private readonly set: number;

  constructor(
    readonly call: Call,
    status = call.status,
    set = LATER.reduce((bits, field, i) => (call[field] === null ? bits : bits | (1 << i)), 0),
  ) {
    this.status = status;
    this.set = set;
  }

  /**
   * The snapshot of `call` that reads as `data` (a call read back from a state file), or undefined when
   * none does: its fields in the record's order, each the record's value or a later field still null.
   */
  static matching(call: Call, data: Call): CallSnapshot | undefined {
    const fields = Object.keys(call) as (keyof Call)[];
    const given = Object.keys(data);
    if (given.length !== fields.length) return undefined;
    let set = 0;
    for (const [i, field] of fields.entries()) {
      if (given[i] !== field) return undefined;
      if (field === 'status') continue;
      const value = data[field];
      const bit = BIT.get(field);
      if (bit !== undefined && value === null) continue;
      if (!same(value, call[field])) return undefined;
      if (bit !== undefined) set |= bit;
    }
    return new CallSnapshot(call, data.status, set);
  }

  /** Owners are read from events' data (../core/ownership.ts): a call's business never changes. */
  get business_id() {
    return this.call.business_id;
  }

  get id() {
    return this.call.id;
  }

  /** The call as it was, field for field in the record's order. */
  materialize(): Call {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(this.call)) {
      const bit = BIT.get(field);
      out[field] = field === 'status' ? this.status : bit === undefined || this.set & bit ? value : null;
    }
    return out as Call;
  }

  toJSON() {
    return this.materialize();
  }
}

/**
 * The data of an event that carries the call as it is now: kept compact, the same on the wire.
 * @example ctx.emit('call.answered', snapshot(call))
 */
export function snapshot(call: Call): Call {
  return new CallSnapshot(call) as unknown as Call;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

function plain(event: MockEvent | undefined): MockEvent | undefined {
  if (event === undefined || !(event.data instanceof CallSnapshot)) return event;
  return {
    id: event.id,
    type: event.type,
    created_at: event.created_at,
    data: event.data.materialize(),
  } as MockEvent;
}

/** `state.events`: a collection whose reads and change reports give plain events. */
export class EventLog extends Collection<MockEvent> {
  /**
   * Puts back an event read from outside (a state file) in the compact form the engine writes: a call in
   * its data becomes a snapshot of that call's record in `calls` when it reads the same (else it is kept).
   */
  restore(id: string, event: MockEvent, calls: ReadonlyMap<string, Call>): void {
    const data = event.data as Partial<Call> & { call_id?: unknown };
    const call = typeof data?.id === 'string' ? calls.get(data.id) : undefined;
    const compact = call && CallSnapshot.matching(call, data as Call);
    if (compact) this.set(id, { ...event, data: compact } as unknown as MockEvent);
    else {
      // The data of a call's later events (its transcript, its analysis) shares the call's fields again.
      const of = typeof data?.call_id === 'string' ? calls.get(data.call_id) : undefined;
      if (of) {
        const fields = data as Record<string, unknown>;
        const own = of as unknown as Record<string, unknown>;
        for (const field in fields)
          if (field in own && same(fields[field], own[field])) fields[field] = own[field];
      }
      this.set(id, event);
    }
  }

  override onChange(listener: ChangeListener<MockEvent>): () => void {
    return super.onChange((id, event) => listener(id, plain(event)));
  }

  /**
   * Change reports with the event as stored (its call a snapshot, which reads as the call): for the
   * indexes and tallies, which read a few fields of every event and need no plain copy of it.
   */
  onStoredChange(listener: ChangeListener<MockEvent>): () => void {
    return super.onChange(listener);
  }

  override get(id: string): MockEvent | undefined {
    return plain(super.get(id));
  }

  override *values(): MapIterator<MockEvent> {
    for (const event of super.values()) yield plain(event)!;
  }

  override *entries(): MapIterator<[string, MockEvent]> {
    for (const [id, event] of super.entries()) yield [id, plain(event)!];
  }

  override [Symbol.iterator](): MapIterator<[string, MockEvent]> {
    return this.entries();
  }

  override forEach(fn: (event: MockEvent, id: string, map: Map<string, MockEvent>) => void, self?: unknown) {
    for (const [id, event] of this.entries()) fn.call(self, event, id, this);
  }
}
