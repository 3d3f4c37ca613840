// src/core/sse.ts against the WHATWG standard's examples and rules, each stream fed whole, byte by byte, and
// split in two and in three at every position, so a chunk boundary anywhere (mid-CRLF, mid-codepoint, inside
// a field name) changes nothing.
import { describe, expect, it } from 'vitest';
import { EventTooLarge, type SSEMessage, SSEParser } from '../src/core/sse.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function parse(chunks: Uint8Array[], maxEventBytes?: number) {
  const parser = new SSEParser(maxEventBytes);
  const events: SSEMessage[] = [];
  for (const chunk of chunks) events.push(...parser.feed(chunk));
  return { events, retry: parser.retry, lastEventId: parser.lastEventId };
}

/** Every way of cutting `all` into one, two or three chunks, and byte by byte. */
function* splits(all: Uint8Array): Generator<Uint8Array[]> {
  yield [all];
  yield Array.from(all, (byte) => Uint8Array.of(byte));
  for (let i = 0; i <= all.length; i++) {
    yield [all.subarray(0, i), all.subarray(i)];
    for (let j = i; j <= all.length; j++) yield [all.subarray(0, i), all.subarray(i, j), all.subarray(j)];
  }
}

const msg = (data: string, event = 'message', id = ''): SSEMessage => ({ event, data, id });

const cases: [string, string | Uint8Array, SSEMessage[], { retry?: number | null; lastEventId?: string }?][] =
  [
    ['multi-line data is joined with LF', 'data: YHOO\ndata: +2\ndata: 10\n\n', [msg('YHOO\n+2\n10')]],
    [
      'comments are skipped; an empty id resets the last event id',
      ': test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n',
      [msg('first event', 'message', '1'), msg('second event'), msg(' third event')],
    ],
    [
      'a data field without a colon is an empty line of data; an unterminated event is dropped',
      'data\n\ndata\ndata\n\ndata:',
      [msg(''), msg('\n')],
    ],
    ['one optional space after the colon', 'data:test\n\ndata: test\n\n', [msg('test'), msg('test')]],
    [
      'CRLF, CR and LF line ends, mixed',
      'event: ready\r\ndata: {"a":1}\r\n\r\nid: 7\rdata: x\r\rdata: y\n\r\n',
      [msg('{"a":1}', 'ready'), msg('x', 'message', '7'), msg('y', 'message', '7')],
    ],
    [
      'a leading BOM is stripped once; a second one is part of the field name',
      '\ufeffdata: a\n\n\ufeffdata: b\n\n',
      [msg('a')],
    ],
    [
      'the id persists; an id with NUL is ignored; retry takes digits only',
      'retry: 1000\nid: 5\ndata: a\n\nid: 6\u0000x\ndata: b\n\nretry: 2s\ndata: c\n\n',
      [msg('a', 'message', '5'), msg('b', 'message', '5'), msg('c', 'message', '5')],
      { retry: 1000, lastEventId: '5' },
    ],
    [
      'an event type without data dispatches nothing, and does not leak into the next event',
      'event: ping\n\ndata: z\n\n',
      [msg('z')],
    ],
    [
      'unknown fields and field names with spaces are ignored; a colon in the value stays',
      'foo: bar\n data: not data\ndata: a:b: c\n\n',
      [msg('a:b: c')],
    ],
    [
      'multi-byte characters survive any cut (2, 3 and 4 bytes)',
      'event: transcript.turn\ndata: {"text":"é€😀 señor"}\nid: 12\n\n',
      [msg('{"text":"é€😀 señor"}', 'transcript.turn', '12')],
    ],
    [
      'a frame as the API sends it: ready, a heartbeat, a timeline event, the end',
      'retry: 1000\nevent: ready\ndata: {"object":"stream.ready","heartbeat_seconds":15}\n\n: heartbeat\n\nid: 1\nevent: call.queued\ndata: {"sequence":1}\n\nevent: end\ndata: {"object":"stream.end","last_sequence":1}\n\n',
      [
        msg('{"object":"stream.ready","heartbeat_seconds":15}', 'ready'),
        msg('{"sequence":1}', 'call.queued', '1'),
        msg('{"object":"stream.end","last_sequence":1}', 'end', '1'),
      ],
      { retry: 1000, lastEventId: '1' },
    ],
    [
      'invalid UTF-8 becomes U+FFFD, as the standard decodes',
      Uint8Array.of(...bytes('data: '), 0xff, 0xc3, ...bytes('\n\n')),
      [msg('\ufffd\ufffd')],
    ],
  ];

describe('SSEParser', () => {
  it.each(cases)('%s, at every split', (_, stream, want, state) => {
    const all = typeof stream === 'string' ? bytes(stream) : stream;
    for (const chunks of splits(all)) {
      const got = parse(chunks);
      expect(got.events, `cut at ${chunks.map((c) => c.length).join('+')} bytes`).toEqual(want);
      if (state?.retry !== undefined) expect(got.retry).toBe(state.retry);
      if (state?.lastEventId !== undefined) expect(got.lastEventId).toBe(state.lastEventId);
    }
  });

  it('a CR at the end of a chunk and an LF at the start of the next are one line end', () => {
    const parser = new SSEParser();
    expect(parser.feed(bytes('data: a\r'))).toEqual([]);
    expect(parser.feed(bytes('\n'))).toEqual([]);
    expect(parser.feed(bytes('\r'))).toEqual([msg('a')]);
    // The LF after that CR is the same line end, not a second blank line.
    expect(parser.feed(bytes('\ndata: b\n\n'))).toEqual([msg('b')]);
  });

  it('empty chunks change nothing', () => {
    expect(parse([bytes('data: a\r'), new Uint8Array(0), bytes('\n\n')]).events).toEqual([msg('a')]);
  });

  describe('maxEventBytes', () => {
    it('stops at an event over the limit, whole or in pieces: the events before it come, then EventTooLarge', () => {
      const big = `data: a\n\ndata: ${'x'.repeat(2_000)}\n\ndata: b\n\n`;
      const whole = new SSEParser(1_000);
      expect(whole.feed(bytes(big))).toEqual([msg('a')]);
      expect(whole.tooLarge).toBe(true);
      expect(() => whole.feed(bytes('data: c\n\n'))).toThrow(EventTooLarge);
      const parser = new SSEParser(1_000);
      const events: SSEMessage[] = [];
      expect(() => {
        for (let i = 0; i < big.length; i += 100) events.push(...parser.feed(bytes(big.slice(i, i + 100))));
      }).toThrow(/more than 1000 bytes/);
      expect(events).toEqual([msg('a')]);
    });

    it('counts one event, not the stream: many small events pass', () => {
      const small = 'id: 1\ndata: ' + 'x'.repeat(500) + '\n\n';
      const { events } = parse([bytes(small.repeat(100))], 1_000);
      expect(events).toHaveLength(100);
    });

    it('counts a huge comment or a line that never ends', () => {
      for (const text of [`:${' '.repeat(5_000)}\n`, `data: ${'x'.repeat(5_000)}`]) {
        const parser = new SSEParser(1_000);
        parser.feed(bytes(text));
        expect(parser.tooLarge).toBe(true);
      }
    });
  });
});
