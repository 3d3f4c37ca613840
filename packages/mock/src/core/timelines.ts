// Calls' timelines (`state.timelines`), kept compact. A call has ~18 timeline events, and each was an
// object of eight fields with an id and a time string of its own; almost all of it follows from the call
// (its id, when it was created) and the event's place in the timeline. The engine writes what does not:
// each event's type, the call's status then, its offset from the call's creation and its data. Reads
// (`get`, iterating, change reports, the state file) give the events exactly as the API returns them.
import { type ChangeListener, Collection } from './collection.js';
import type { Schemas } from './state.js';

type TimelineEvent = Schemas['CallTimelineEvent'];
type Turn = Schemas['TranscriptTurn'];
/** A turn's data is the transcript turn itself (role and text on the wire): the call already holds it. */
type Data = TimelineEvent['data'] | Turn;

/** Types, statuses and empty data read back (a state file): one of each, shared, as the engine's are. */
const shared = new Map<string, string>();
const intern = <T extends string>(value: T): T => {
  const known = shared.get(value);
  if (known !== undefined) return known as T;
  shared.set(value, value);
  return value;
};
const NO_DATA = Object.freeze({}) as Data;

/**
 * One call's timeline as the engine writes it: four slots per event in one array (its type, the call's
 * status then, its offset from the call's creation, its data), so that a call holds one small array and no
 * object per event.
 */
export class CompactTimeline {
  private slots: unknown[] = [];

  constructor(
    readonly callId: string,
    /** When the call was created (ms): each event's `occurred_at` is this plus its `offset_ms`. */
    readonly created: number,
  ) {}

  get length() {
    return this.slots.length / 4;
  }

  push(type: TimelineEvent['type'], status: TimelineEvent['status'], offsetMs: number, data: Data) {
    this.slots.push(type, status, offsetMs, data);
  }

  /** The timeline is complete: its array shrinks to its length (a growing array keeps up to half again). */
  seal() {
    this.slots = this.slots.slice();
  }

  /** The events from index `from` on, as the API returns them. */
  materialize(from = 0): TimelineEvent[] {
    const prefix = `tle_${this.callId.slice(5)}`;
    const events: TimelineEvent[] = [];
    for (let i = from * 4; i < this.slots.length; i += 4) {
      const sequence = i / 4 + 1;
      const offset = this.slots[i + 2] as number;
      const data = this.slots[i + 3] as Data;
      events.push({
        // Derived from the call id: unique, and no randomness spent.
        id: prefix + sequence,
        call_id: this.callId,
        sequence,
        type: this.slots[i] as TimelineEvent['type'],
        status: this.slots[i + 1] as TimelineEvent['status'],
        occurred_at: new Date(this.created + offset).toISOString(),
        offset_ms: offset,
        data: 'offset_ms' in data ? { role: data.role, text: data.text } : data,
      } as TimelineEvent);
    }
    return events;
  }

  /**
   * The compact form of `events` (a timeline read back, as from a state file), or undefined when they are
   * not what the engine writes for this call (ids, sequence, times that follow from `created`). A turn's
   * data becomes the call's own transcript turn when it says the same, so the two share it again.
   */
  static from(
    callId: string,
    created: number,
    events: readonly TimelineEvent[],
    transcript: readonly Turn[] = [],
  ): CompactTimeline | undefined {
    const timeline = new CompactTimeline(callId, created);
    const prefix = `tle_${callId.slice(5)}`;
    let turn = 0;
    for (const [i, event] of events.entries()) {
      const sequence = i + 1;
      if (
        event.id !== prefix + sequence ||
        event.call_id !== callId ||
        event.sequence !== sequence ||
        typeof event.offset_ms !== 'number' ||
        Date.parse(event.occurred_at) !== created + event.offset_ms
      )
        return undefined;
      let data: Data = event.data;
      if (event.type === 'transcript.turn') {
        const said = data as { role?: unknown; text?: unknown };
        const own = transcript[turn++];
        if (own && own.role === said.role && own.text === said.text && Object.keys(said).length === 2)
          data = own;
      }
      // A data object holding `offset_ms` would be read as a turn: such a timeline stays as given.
      else if (data && typeof data === 'object' && 'offset_ms' in data) return undefined;
      else if (data && typeof data === 'object' && Object.keys(data).length === 0) data = NO_DATA;
      timeline.slots.push(intern(event.type), intern(event.status), event.offset_ms, data);
    }
    return timeline;
  }

  toJSON() {
    return this.materialize();
  }
}

function plain(timeline: TimelineEvent[] | CompactTimeline | undefined): TimelineEvent[] | undefined {
  return timeline instanceof CompactTimeline ? timeline.materialize() : timeline;
}

/**
 * `state.timelines`: each call's timeline in sequence order. The engine writes with `begin` and `append`;
 * a timeline `set` from outside (a state file, a test) is kept as given.
 */
export class Timelines extends Collection<TimelineEvent[]> {
  /** Starts the (empty) timeline of a call created at `created` (ms). */
  begin(callId: string, created: number): void {
    this.set(callId, new CompactTimeline(callId, created) as unknown as TimelineEvent[]);
  }

  /** Adds the next event of a call's timeline (its sequence is the next one), `offsetMs` after its creation. */
  append(
    callId: string,
    type: TimelineEvent['type'],
    status: TimelineEvent['status'],
    offsetMs: number,
    data: Data,
  ): void {
    const timeline = super.get(callId) as unknown as CompactTimeline | TimelineEvent[] | undefined;
    if (timeline instanceof CompactTimeline) {
      timeline.push(type, status, offsetMs, data);
      return;
    }
    // A timeline set from outside (restored from a state file) goes on in its own form.
    const events = timeline ?? [];
    const first = events[0];
    const created = first ? Date.parse(first.occurred_at) - first.offset_ms : Date.now();
    const compact = new CompactTimeline(callId, created);
    compact.push(type, status, offsetMs, data);
    const [event] = compact.materialize();
    events.push({ ...event!, id: `tle_${callId.slice(5)}${events.length + 1}`, sequence: events.length + 1 });
    if (!timeline) super.set(callId, events);
  }

  /**
   * Puts back a call's timeline read from outside (a state file) in the compact form the engine writes,
   * when it is that form (else as given): `created` is the call's creation (ms), `transcript` its turns.
   */
  restore(
    callId: string,
    events: TimelineEvent[],
    created: number | undefined,
    transcript?: readonly Turn[],
  ): void {
    const first = events[0];
    const start = created ?? (first ? Date.parse(first.occurred_at) - first.offset_ms : undefined);
    const compact = start === undefined ? undefined : CompactTimeline.from(callId, start, events, transcript);
    this.set(callId, (compact ?? events) as unknown as TimelineEvent[]);
  }

  /** The events of a call's timeline from index `from` on (its new events, for the state file). */
  since(callId: string, from: number): TimelineEvent[] {
    const timeline = super.get(callId) as unknown as CompactTimeline | TimelineEvent[] | undefined;
    if (timeline instanceof CompactTimeline) return timeline.materialize(from);
    return timeline ? timeline.slice(from) : [];
  }

  /** The last event of a call's timeline, as the API returns it. */
  last(callId: string): TimelineEvent | undefined {
    const count = this.count(callId);
    return count > 0 ? this.since(callId, count - 1)[0] : undefined;
  }

  /**
   * What holds a call's timeline: the same object while the timeline grows, another once it is replaced
   * (`set`). The state file writes only the new events of a timeline it wrote before, and grown since.
   */
  holder(callId: string): object | undefined {
    return super.get(callId) as unknown as object | undefined;
  }

  /** A call's timeline is complete (its call is over): kept in as little memory as it takes. */
  seal(callId: string): void {
    const timeline = super.get(callId) as unknown;
    if (timeline instanceof CompactTimeline) timeline.seal();
  }

  /** How many events a call's timeline holds (without reading them). */
  count(callId: string): number {
    return (super.get(callId) as unknown as { length: number } | undefined)?.length ?? 0;
  }

  override onChange(listener: ChangeListener<TimelineEvent[]>): () => void {
    return super.onChange((id, timeline) => listener(id, plain(timeline)));
  }

  override get(id: string): TimelineEvent[] | undefined {
    return plain(super.get(id));
  }

  override *values(): MapIterator<TimelineEvent[]> {
    for (const timeline of super.values()) yield plain(timeline)!;
  }

  override *entries(): MapIterator<[string, TimelineEvent[]]> {
    for (const [id, timeline] of super.entries()) yield [id, plain(timeline)!];
  }

  override [Symbol.iterator](): MapIterator<[string, TimelineEvent[]]> {
    return this.entries();
  }

  override forEach(
    fn: (timeline: TimelineEvent[], id: string, map: Map<string, TimelineEvent[]>) => void,
    self?: unknown,
  ) {
    for (const [id, timeline] of this.entries()) fn.call(self, timeline, id, this);
  }
}
