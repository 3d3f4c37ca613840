// Server-Sent Events, parsed as the WHATWG HTML standard's EventSource does ("Interpreting an event
// stream"), from bytes as they arrive. Lines are split on the bytes themselves: CR and LF never occur inside
// a UTF-8 sequence, so a line is decoded only once it is complete and a chunk may end anywhere (mid-CRLF,
// mid-codepoint). Counting bytes also bounds what one event may hold before it is dispatched.
// @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation

/** One dispatched event. */
export interface SSEMessage {
  /** The `event` field, or `message` when the event named none. */
  event: string;
  /** The `data` lines, joined with `\n`. */
  data: string;
  /** The last event id as of this event (an `id` field sets it for this and every later event). */
  id: string;
}

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const EMPTY = new Uint8Array(0);
// A BOM is stripped once, at the start of the stream; TextDecoder would strip one on every call otherwise.
const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { ignoreBOM: true });
const DIGITS = /^[0-9]+$/;

/**
 * Parses an event stream chunk by chunk: `feed` returns the events its chunk completed. An event is
 * complete at its blank line; what is pending when the stream ends is discarded, as the standard says.
 * When the bytes since the last dispatched event pass `maxEventBytes`, parsing stops there: `feed` returns
 * the events completed before, `tooLarge` becomes true, and any later `feed` throws `EventTooLarge`.
 */
export class SSEParser {
  /** The last event id seen (the `id` of the last dispatched event that set one), sent as `Last-Event-ID`. */
  lastEventId = '';
  /** The reconnection time the server asked for (`retry:`), in ms, or null. */
  retry: number | null = null;
  /** An event passed `maxEventBytes`; the stream cannot be parsed further. */
  tooLarge = false;
  readonly #maxEventBytes: number;
  #line: Uint8Array[] = [];
  #lineBytes = 0;
  #pendingBytes = 0;
  #afterCR = false;
  #started = false;
  #event = '';
  #data: string[] = [];
  #id: string | null = null;

  constructor(maxEventBytes = Number.POSITIVE_INFINITY) {
    this.#maxEventBytes = maxEventBytes;
  }

  feed(chunk: Uint8Array): SSEMessage[] {
    const out: SSEMessage[] = [];
    if (this.tooLarge) throw new EventTooLarge(this.#maxEventBytes);
    try {
      this.#feed(chunk, out);
    } catch (error) {
      if (!(error instanceof EventTooLarge)) throw error;
      this.tooLarge = true;
    }
    return out;
  }

  #feed(chunk: Uint8Array, out: SSEMessage[]): void {
    let start = 0;
    if (this.#afterCR && chunk.length > 0) {
      this.#afterCR = false;
      if (chunk[0] === LF) start = 1;
    }
    for (let at = start; at < chunk.length; at++) {
      const byte = chunk[at];
      if (byte !== LF && byte !== CR) continue;
      this.#endLine(chunk.subarray(start, at), out);
      if (byte === CR) {
        if (at + 1 === chunk.length) this.#afterCR = true;
        else if (chunk[at + 1] === LF) at++;
      }
      start = at + 1;
    }
    if (start < chunk.length) {
      this.#line.push(chunk.subarray(start));
      this.#lineBytes += chunk.length - start;
    }
    this.#check(this.#pendingBytes + this.#lineBytes);
  }

  #endLine(tail: Uint8Array, out: SSEMessage[]): void {
    let bytes = tail;
    if (this.#line.length > 0) {
      this.#line.push(tail);
      bytes = new Uint8Array(this.#lineBytes + tail.length);
      let offset = 0;
      for (const part of this.#line) {
        bytes.set(part, offset);
        offset += part.length;
      }
      this.#line = [];
      this.#lineBytes = 0;
    }
    this.#pendingBytes += bytes.length;
    this.#check(this.#pendingBytes);
    if (!this.#started) {
      this.#started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (bytes.length === 0) {
      this.#dispatch(out);
      return;
    }
    if (bytes[0] === COLON) return; // a comment (a heartbeat)
    const colon = bytes.indexOf(COLON);
    const name = decoder.decode(colon === -1 ? bytes : bytes.subarray(0, colon));
    let value = colon === -1 ? EMPTY : bytes.subarray(colon + 1);
    if (value[0] === SPACE) value = value.subarray(1);
    const text = decoder.decode(value);
    switch (name) {
      case 'event':
        this.#event = text;
        break;
      case 'data':
        this.#data.push(text);
        break;
      case 'id':
        if (!text.includes('\0')) this.#id = text;
        break;
      case 'retry':
        if (DIGITS.test(text)) this.retry = Number(text);
        break;
    }
  }

  #check(bytes: number): void {
    if (bytes > this.#maxEventBytes) throw new EventTooLarge(this.#maxEventBytes);
  }

  #dispatch(out: SSEMessage[]): void {
    this.#pendingBytes = 0;
    if (this.#id !== null) this.lastEventId = this.#id;
    this.#id = null;
    const event = this.#event || 'message';
    this.#event = '';
    if (this.#data.length === 0) return;
    out.push({ event, data: this.#data.join('\n'), id: this.lastEventId });
    this.#data = [];
  }
}

/** One event (the bytes since the last one was dispatched) passed the parser's limit. */
export class EventTooLarge extends Error {
  override name = 'EventTooLarge';
  constructor(readonly limit: number) {
    super(`an event of more than ${limit} bytes`);
  }
}
