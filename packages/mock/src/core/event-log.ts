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

  constructor(readonly call: Call) {
    this.status = call.status;
    let set = 0;
    LATER.forEach((field, i) => {
      if (call[field] !== null) set |= 1 << i;
    });
    this.set = set;
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
