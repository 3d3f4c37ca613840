// printable(): what a terminal would act on is shown, per layout.
import { describe, expect, it } from 'vitest';
import { printable, printableData } from '../src/output/printable.js';

describe('printable', () => {
  it.each([
    ['plain text as it is', 'John Smith — café 日本', 'line', 'John Smith — café 日本'],
    [
      'OSC title, clear screen, OSC 52',
      '\u001b]0;PWNED\u0007\u001b[2J',
      'line',
      '\\x1b]0;PWNED\\x07\\x1b[2J',
    ],
    ['NUL, backspace, DEL', 'a\u0000b\bc\u007f', 'line', 'a\\x00b\\x08c\\x7f'],
    ['C1 controls (CSI, NEL, OSC)', '\u009b2J\u0085\u009d', 'line', '\\x9b2J\\x85\\x9d'],
    [
      'bidi overrides and isolates',
      '\u202eabc\u202c \u2066x\u2069 \u200f',
      'line',
      '\\u202eabc\\u202c \\u2066x\\u2069 \\u200f',
    ],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'line', 'a\\u2028b\\u2029c'],
    ['line: tabs and line breaks are shown as escapes', 'a\tb\r\n\r\nc\rd', 'line', 'a\\tb\\r\\n\\r\\nc\\rd'],
    ['block: line breaks kept, CRLF as LF', 'a\r\nb\nc', 'block', 'a\nb\nc'],
    [
      'block: a lone CR and a tab are shown as escapes',
      'total: 100\rtotal: 0\tEUR',
      'block',
      'total: 100\\rtotal: 0\\tEUR',
    ],
    ['block: still escapes ESC', 'x\n\u001b[2J', 'block', 'x\n\\x1b[2J'],
  ] as const)('%s', (_, text, layout, want) => {
    expect(printable(text, layout)).toBe(want);
  });

  it('printableData escapes every string of a value, keys too, and leaves the rest', () => {
    expect(printableData({ 'k\u001b': ['a\u0007', 1, null, { t: 'b\u009b' }], n: 2, ok: true })).toEqual({
      'k\\x1b': ['a\\x07', 1, null, { t: 'b\\x9b' }],
      n: 2,
      ok: true,
    });
  });
});
