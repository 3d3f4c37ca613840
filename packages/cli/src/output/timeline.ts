// One line per item of a live view: a call's timeline event (`calls wait`, `calls watch`, `calls stream`)
// and an account event (`listen`, `events stream`), in words, with the API's text escaped.
import type { TimelineEventType } from '../generated/events.js';
import { printable, printableData } from './printable.js';
import type { Style } from './style.js';

/** A timeline event as the SDK gives it (camelCase). */
export interface TimelineEvent {
  /** Typed by the spec's CallTimelineEventType: a new type fails to compile until it is described below. */
  type: TimelineEventType;
  status?: string;
  offsetMs?: number;
  data?: Record<string, unknown> | null;
}

function seconds(ms: number | undefined): string {
  return `+${((ms ?? 0) / 1000).toFixed(1)}s`.padStart(7);
}

/** One line per timeline event: what happened, in words (the API's text with its controls escaped). */
export function describeEvent(event: TimelineEvent, s: Style): string {
  const data = printableData(event.data ?? {}) as Record<string, unknown>;
  const at = s.dim(seconds(event.offsetMs));
  const text = (() => {
    switch (event.type) {
      case 'call.queued':
        return 'queued';
      case 'call.dialing':
        return 'dialing';
      case 'call.ringing':
        return 'ringing';
      case 'call.answered':
        return s.green('answered');
      case 'transcript.turn':
        return `${s.bold(data.role === 'agent' ? 'agent:   ' : 'customer:')} ${String(data.text ?? '')}`;
      case 'voicemail.left':
        return 'voicemail left';
      case 'call.ended': {
        const status = printable(String(data.status ?? event.status ?? ''));
        const paint = status === 'completed' ? s.green : s.red;
        const details = [data.endedReason, data.duration !== undefined ? `${data.duration} s` : null]
          .filter((v) => v !== null && v !== undefined)
          .join(', ');
        return `ended: ${paint(status)}${details ? ` (${details})` : ''}`;
      }
      case 'transcript.ready':
        return 'transcript ready';
      case 'analysis.complete':
        return `analysis: ${[data.outcome, data.sentiment].filter(Boolean).join(', ')}${data.summary ? ` — ${data.summary}` : ''}`;
      case 'emergency.detected':
        return s.red(
          `emergency detected${Array.isArray(data.keywords) ? `: ${data.keywords.join(', ')}` : ''}`,
        );
      case 'appointment.booked':
        return `appointment booked ${data.appointmentId ?? ''}`.trim();
      case 'sms.failed':
        return s.red(`sms failed${data.error ? `: ${data.error}` : ''}`);
      case 'sms.sent':
      case 'sms.delivered':
        return `${event.type.replace('.', ' ')}${data.smsId ? ` ${data.smsId}` : ''}`;
      default: {
        const unknown: never = event.type;
        return printable(String(unknown));
      }
    }
  })();
  return `${at}  ${text}`;
}

/** An event of the account's log, as on the wire. */
export interface WireEvent {
  id: string;
  type: string;
  created_at: string;
}

function timestamp(): string {
  return new Date().toISOString().replace('T', ' ').slice(0, 19);
}

/** `listen`'s line for an event: `2026-02-16 10:00:00   --> call.completed [evt_…]`. */
export function eventLine(event: WireEvent, s: Style): string {
  return `${s.dim(timestamp())}   --> ${s.bold(printable(String(event.type)))} [${printable(String(event.id))}]`;
}

/** `listen`'s line for a forward's result: `…  <--  [204] POST http://… (3 ms) [evt_…]`. */
export function forwardLine(
  result: { status: number | null; ms: number; error?: string },
  url: string,
  id: string,
  s: Style,
): string {
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const status =
    result.status === null
      ? s.red(`[${printable(String(result.error))}]`)
      : ok
        ? s.green(`[${result.status}]`)
        : s.red(`[${result.status}]`);
  return `${s.dim(timestamp())}  <--  ${status} POST ${url} (${result.ms} ms) [${printable(String(id))}]`;
}
