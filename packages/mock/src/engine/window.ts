// Call windows: the hours of the day, in a run's IANA timezone, when its calls may start. Wall-clock math
// goes through Intl (the only timezone database every runtime ships), with formatters cached per zone.
import type { Schemas } from '../core/state.js';

type CallWindow = Schemas['CallWindow'];
type Day = NonNullable<CallWindow['days']>[number];

export const DEFAULT_DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DAYS: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

function wallTime(at: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY[parts.weekday!] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The UTC instant of a wall-clock time in `timeZone` (two passes settle DST offsets). */
function instant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const target = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const wall = wallTime(guess, timeZone);
    const seen = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
    guess += target - seen;
  }
  return guess;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a window can ever open: it needs at least one day and a start different from its end. */
export function windowProblem(window: CallWindow | null | undefined): string | null {
  if (!window) return null;
  if (window.days && window.days.length === 0)
    return 'call_window.days is empty: no day is allowed, so no call would ever start.';
  if (window.start === window.end)
    return `call_window starts and ends at ${window.start}: the window is empty, so no call would ever start.`;
  return null;
}

/**
 * The earliest instant at or after `at` inside the window (`at` itself when it is inside). A window whose
 * end is before its start runs overnight, and its days name the evening it opens.
 * @example nextWindowStart(Date.now(), 'America/Chicago', { start: '09:00', end: '17:00' })
 */
export function nextWindowStart(at: number, timeZone: string, window: CallWindow | null | undefined): number {
  if (!window) return at;
  const days = new Set(window.days ?? DEFAULT_DAYS);
  const start = toMinutes(window.start);
  const end = toMinutes(window.end);
  const wall = wallTime(at, timeZone);
  const allowed = (weekday: number) => days.has(DAYS[(weekday + 7) % 7]!);
  if (start < end) {
    if (allowed(wall.weekday) && wall.minutes >= start && wall.minutes < end) return at;
  } else {
    if (allowed(wall.weekday) && wall.minutes >= start) return at;
    if (allowed(wall.weekday - 1) && wall.minutes < end) return at;
  }
  for (let offset = 0; offset <= 7; offset++) {
    const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + offset));
    if (!allowed(date.getUTCDay())) continue;
    const opening = instant(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      start,
      timeZone,
    );
    if (opening > at) return opening;
  }
  return at;
}
