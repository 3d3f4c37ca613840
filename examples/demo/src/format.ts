// How the demo writes to the terminal: one short line per thing that happened, colour only on a terminal
// that wants it (NO_COLOR is honoured, pipes and CI logs stay plain).
import type { CallTimelineEvent } from 'kaicalls';

export type Paint = (style: 'dim' | 'bold' | 'green' | 'cyan' | 'yellow' | 'red', text: string) => string;

const CODES = {
  dim: [2, 22],
  bold: [1, 22],
  green: [32, 39],
  cyan: [36, 39],
  yellow: [33, 39],
  red: [31, 39],
};

/** Colours for a stream, or none when it is not a terminal or NO_COLOR is set. */
export function painter(stream: { isTTY?: boolean } = process.stdout): Paint {
  const enabled = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return (style, text) => (enabled ? `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : text);
}

/** `whsec_MfKQ9r…` — enough to recognise a secret, never enough to use it. */
export function maskSecret(secret: string): string {
  const prefix = /^(whsec_|kc_(?:live|test)_)/.exec(secret)?.[1] ?? '';
  return `${prefix}${secret.slice(prefix.length, prefix.length + 4)}…`;
}

/** Seconds since the call was created, right-aligned to the width of the word `webhook`. */
export function offset(ms: number): string {
  return `+${(ms / 1000).toFixed(1)}s`.padStart(7);
}

const day = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** `Tue, Feb 17, 19:00–19:30 UTC` */
export function when(start: string, end: string): string {
  return `${day.format(new Date(start))}, ${hour.format(new Date(start))}–${hour.format(new Date(end))} UTC`;
}

/** What a timeline event says, in a few words. */
export function describe(event: CallTimelineEvent): string {
  const { data } = event;
  switch (event.type) {
    case 'transcript.turn':
      return `${data.role}: “${data.text}”`;
    case 'call.ended':
      return `${data.status ?? event.status}, ${data.duration ?? 0}s (${data.endedReason ?? 'ended'})`;
    case 'analysis.complete':
      return `${data.outcome ?? ''}, ${data.sentiment ?? ''}`.replace(/^, |, $/g, '');
    case 'appointment.booked':
      return data.appointmentId ?? '';
    case 'sms.sent':
    case 'sms.delivered':
      return data.smsId ?? '';
    case 'sms.failed':
      return data.error ?? '';
    case 'emergency.detected':
      return (data.keywords ?? []).join(', ');
    default:
      return event.status;
  }
}

/** `1m 47s` */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}
