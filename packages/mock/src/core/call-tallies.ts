// What analytics count, kept as calls change: each call's contribution (completed, missed, booked, an
// emergency, its duration, whether a later completed call to the same number recovered it) is added to the
// tallies of its minute, its hour and its day, per agent. A range is answered from whole days, the hours
// and minutes at its ends, and the calls of its first and last partial minute, so `GET /v1/analytics`
// costs about the same at a thousand calls and at a million.
//
// The rules (what is missed, who the other party is) are the spec's analytics rules; they live here because
// the tallies follow them as calls end, not only when a request asks.
import type { MockEvent } from './context.js';
import type { Indexes } from './indexes.js';
import type { Schemas, State } from './state.js';

type Call = Schemas['Call'];

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Inbound calls nobody answered, and outbound calls no person answered. */
export function isMissed(call: Call): boolean {
  if (call.direction === 'inbound') return call.outcome === 'missed' || call.status === 'no-answer';
  return call.status === 'no-answer' || call.status === 'busy' || call.status === 'voicemail';
}

/** The other party's number: who called in, or who was called. */
export const counterpart = (call: Call) => (call.direction === 'inbound' ? call.from : call.to);

const COMPLETED = 1;
const MISSED = 2;
const BOOKED = 4;
const EMERGENCY = 8;
const TIMED = 16;
/** Missed, and a later call to the same number completed (any business's: what an account's key sees). */
const RECOVERED_ANY = 32;
/** Missed, and a later call of its own business to the same number completed (what a bound key sees). */
const RECOVERED_OWN = 64;

/** The counts of a range. */
export class Tally {
  calls = 0;
  completed = 0;
  missed = 0;
  appointments_booked = 0;
  emergencies = 0;
  recoveredAny = 0;
  recoveredOwn = 0;
  durationSum = 0;
  durationCount = 0;

  add(flags: number, duration: number, sign = 1) {
    this.calls += sign;
    if (flags & COMPLETED) this.completed += sign;
    if (flags & MISSED) this.missed += sign;
    if (flags & BOOKED) this.appointments_booked += sign;
    if (flags & EMERGENCY) this.emergencies += sign;
    if (flags & RECOVERED_ANY) this.recoveredAny += sign;
    if (flags & RECOVERED_OWN) this.recoveredOwn += sign;
    if (flags & TIMED) {
      this.durationSum += sign * duration;
      this.durationCount += sign;
    }
  }

  merge(other: Tally | undefined) {
    if (!other) return;
    this.calls += other.calls;
    this.completed += other.completed;
    this.missed += other.missed;
    this.appointments_booked += other.appointments_booked;
    this.emergencies += other.emergencies;
    this.recoveredAny += other.recoveredAny;
    this.recoveredOwn += other.recoveredOwn;
    this.durationSum += other.durationSum;
    this.durationCount += other.durationCount;
  }
}

interface Contribution {
  group: Group;
  /** The call's counterpart (its number). */
  number: string;
  created: number;
  flags: number;
  duration: number;
}

/** One agent's calls (of one business): tallies by minute, hour and day. */
interface Group {
  business: string;
  agent: string;
  levels: [minutes: Map<number, Tally>, hours: Map<number, Tally>, days: Map<number, Tally>];
}

interface Completion {
  id: string;
  created: number;
  business: string;
}

const floorTo = (ms: number, unit: number) => ms - (((ms % unit) + unit) % unit);
const ceilTo = (ms: number, unit: number) => floorTo(ms + unit - 1, unit);

export class CallTallies {
  private readonly contributions = new Map<string, Contribution>();
  private readonly groups = new Map<string, Group>();
  /** Appointments per call, and the call of each appointment (to follow a change of it). */
  private readonly booked = new Map<string, number>();
  private readonly bookedBy = new Map<string, string>();
  /** `emergency.detected` events per call. */
  private readonly emergencies = new Map<string, number>();
  private readonly emergencyOf = new Map<string, string>();
  /** Per counterpart: its completed calls in creation order, and its missed calls (all; not yet recovered by their own business). */
  private readonly completions = new Map<string, Completion[]>();
  private readonly missedBy = new Map<string, Set<string>>();
  private readonly pending = new Map<string, Set<string>>();

  constructor(
    private readonly state: State,
    private readonly indexes: Indexes,
  ) {
    for (const appointment of state.appointments.values()) this.appointment(appointment.id, appointment);
    for (const event of state.events.values()) this.event(event.id, event);
    for (const id of state.calls.keys()) this.update(id);
    state.appointments.onChange((id, appointment) => this.appointment(id, appointment));
    state.events.onStoredChange((id, event) => this.event(id, event));
    state.calls.onChange((id) => this.update(id));
  }

  private appointment(id: string, appointment: Schemas['Appointment'] | undefined) {
    const before = this.bookedBy.get(id);
    const now = appointment?.call_id ?? undefined;
    if (before === now) return;
    if (before !== undefined) {
      this.bookedBy.delete(id);
      this.count(this.booked, before, -1);
      this.update(before);
    }
    if (now !== undefined) {
      this.bookedBy.set(id, now);
      this.count(this.booked, now, 1);
      this.update(now);
    }
  }

  private event(id: string, event: MockEvent | undefined) {
    const before = this.emergencyOf.get(id);
    if (before !== undefined) {
      this.emergencyOf.delete(id);
      this.count(this.emergencies, before, -1);
      this.update(before);
    }
    if (event?.type !== 'emergency.detected') return;
    const callId = (event.data as { call_id?: unknown }).call_id;
    if (typeof callId !== 'string') return;
    this.emergencyOf.set(id, callId);
    this.count(this.emergencies, callId, 1);
    this.update(callId);
  }

  private count(counts: Map<string, number>, id: string, by: number) {
    const n = (counts.get(id) ?? 0) + by;
    if (n === 0) counts.delete(id);
    else counts.set(id, n);
  }

  /** Whether a completed call to `number` was created after `created`: by any business, by `business`. */
  private recovery(number: string, created: number, business: string): number {
    const list = this.completions.get(number);
    let flags = 0;
    for (let i = (list?.length ?? 0) - 1; i >= 0 && list![i]!.created > created; i--) {
      flags |= RECOVERED_ANY;
      if (list![i]!.business === business) return RECOVERED_ANY | RECOVERED_OWN;
    }
    return flags;
  }

  private groupOf(call: Call): Group {
    const key = `${call.business_id}|${call.agent_id}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { business: call.business_id, agent: call.agent_id, levels: [new Map(), new Map(), new Map()] };
      this.groups.set(key, group);
    }
    return group;
  }

  private apply(contribution: Contribution, sign: number) {
    const { group, created, flags, duration } = contribution;
    [MINUTE, HOUR, DAY].forEach((unit, level) => {
      const at = floorTo(created, unit);
      const tallies = group.levels[level]!;
      let tally = tallies.get(at);
      if (!tally) {
        tally = new Tally();
        tallies.set(at, tally);
      }
      tally.add(flags, duration, sign);
    });
  }

  /** Follows a call's change: its contribution, the completions of its number, the missed calls they recover. */
  private update(id: string) {
    const call = this.state.calls.get(id);
    const before = this.contributions.get(id);
    const wasCompleted = before !== undefined && (before.flags & COMPLETED) !== 0;
    const wasMissed = before !== undefined && (before.flags & MISSED) !== 0;
    let next: Contribution | undefined;
    if (call) {
      let flags = 0;
      if (call.status === 'completed') flags |= COMPLETED;
      if (isMissed(call)) flags |= MISSED;
      if (call.outcome === 'appointment_booked' || this.booked.has(id)) flags |= BOOKED;
      if (call.outcome === 'emergency' || this.emergencies.has(id)) flags |= EMERGENCY;
      if (call.answered_at !== null && call.duration !== null) flags |= TIMED;
      const created = Date.parse(call.created_at);
      if (flags & MISSED) flags |= this.recovery(counterpart(call), created, call.business_id);
      next = {
        group: this.groupOf(call),
        number: counterpart(call),
        created,
        flags,
        duration: call.duration ?? 0,
      };
    }
    const same =
      before !== undefined &&
      next !== undefined &&
      before.group === next.group &&
      before.created === next.created &&
      before.flags === next.flags &&
      before.duration === next.duration;
    if (same || (before === undefined && next === undefined)) return;
    if (before) this.apply(before, -1);
    if (next) {
      this.apply(next, 1);
      this.contributions.set(id, next);
    } else this.contributions.delete(id);

    // Its number's missed calls, and those its own business has not recovered yet.
    const number = (next ?? before)!.number;
    const missedNow = next !== undefined && (next.flags & MISSED) !== 0;
    if (missedNow) this.setOf(this.missedBy, number).add(id);
    else if (wasMissed) this.missedBy.get(number)?.delete(id);
    if (missedNow && !(next!.flags & RECOVERED_OWN)) this.setOf(this.pending, number).add(id);
    else this.pending.get(number)?.delete(id);

    // Its number's completed calls: when they change, so does what they recover.
    const isCompleted = next !== undefined && (next.flags & COMPLETED) !== 0;
    if (!isCompleted && !wasCompleted) return;
    if (isCompleted && wasCompleted && before!.created === next!.created) return;
    const list = this.completions.get(number) ?? [];
    this.completions.set(number, list);
    const at = list.findIndex((c) => c.id === id);
    if (at >= 0) list.splice(at, 1);
    if (isCompleted) {
      const entry = { id, created: next!.created, business: call!.business_id };
      let i = list.length;
      while (i > 0 && list[i - 1]!.created > entry.created) i--;
      list.splice(i, 0, entry);
      // A new completion only adds recoveries: the missed calls not yet recovered by their business.
      for (const missed of [...(this.pending.get(number) ?? [])]) this.update(missed);
    } else for (const missed of [...(this.missedBy.get(number) ?? [])]) this.update(missed);
  }

  private setOf(map: Map<string, Set<string>>, key: string) {
    let set = map.get(key);
    if (!set) {
      set = new Set();
      map.set(key, set);
    }
    return set;
  }

  /**
   * The tally of the calls created in [from, to) of the groups that pass `keep` (an agent, a business):
   * whole days, then hours, then minutes at the ends, then the calls of the partial minutes themselves.
   */
  sum(from: number, to: number, keep: (group: { business: string; agent: string }) => boolean): Tally {
    const total = new Tally();
    const groups = [...this.groups.values()].filter(keep);
    if (groups.length === 0) return total;
    const scan = (a: number, b: number) => {
      if (a >= b) return;
      const range = { from: new Date(a).toISOString(), to: new Date(b).toISOString() };
      this.indexes.calls.each(range, 'asc', (call) => {
        const contribution = this.contributions.get(call.id);
        if (contribution && groups.includes(contribution.group))
          total.add(contribution.flags, contribution.duration);
        return true;
      });
    };
    const a = ceilTo(from, MINUTE);
    const b = floorTo(to, MINUTE);
    if (a >= b) {
      scan(from, to);
      return total;
    }
    scan(from, a);
    scan(b, to);
    let x = a;
    let y = b;
    const take = (level: number, start: number, end: number, unit: number) => {
      for (let at = start; at < end; at += unit)
        for (const group of groups) total.merge(group.levels[level]!.get(at));
    };
    for (const [level, unit, next] of [
      [0, MINUTE, HOUR],
      [1, HOUR, DAY],
    ] as const) {
      const x2 = Math.min(ceilTo(x, next), y);
      take(level, x, x2, unit);
      x = x2;
      const y2 = Math.max(floorTo(y, next), x);
      take(level, y2, y, unit);
      y = y2;
    }
    take(2, x, y, DAY);
    return total;
  }
}
