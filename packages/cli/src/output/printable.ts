// Text from the API is third parties' text: call names, transcripts, summaries and SMS bodies come from
// callers and CRMs. Printed raw, an ESC or a C1 control in it would drive the terminal (retitle the
// window, clear the screen, write the clipboard with OSC 52), a carriage return would overwrite what was
// printed, and a bidi override would show text in another order than it is. Every human output (tables,
// key-value views, TSV, progress and listen lines, errors) passes API text through `printable`; `--json`
// does not, so scripts get the bytes the API sent.

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi marks, embeddings,
// overrides and isolates (ALM, LRM, RLM, LRE…RLO, LRI…PDI).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * How line breaks are laid out: `line` keeps a value on one line (a table cell, a TSV field, a progress,
 * listen or error line), so a line break is shown as `\n` (and `\r`); `block` is the one layout that shows
 * multi-line text, a value of the key-value view (`get`, a final call) and a log line, whose line breaks
 * (CRLF as LF) are kept and indented by the caller. A tab is `\t` in both, so it can't split a TSV field or
 * misalign a table, and a carriage return that is not part of a CRLF is `\r`: it would overwrite the line.
 */
export type Layout = 'line' | 'block';

const NAMED: Record<string, string> = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes a text safe to print on a terminal: every control character is shown as an escape (`\x1b`,
 * `\x9b`, `\u202e`, `\t`, `\r`, `\n`) instead of acting; line breaks are kept only in the `block` layout.
 *
 * @example
 * printable('\u001b]0;PWNED\u0007 John'); // '\\x1b]0;PWNED\\x07 John'
 * printable('first\nsecond'); // 'first\\nsecond'
 * printable('first\r\nsecond', 'block'); // 'first\nsecond'
 */
export function printable(text: string, layout: Layout = 'line'): string {
  const laidOut = layout === 'line' ? text : text.replace(/\r\n/g, '\n');
  return laidOut.replace(CONTROL, (char) => (char === '\n' && layout === 'block' ? char : escapeChar(char)));
}

/**
 * {@link printable} applied to every string inside a value (an event's data), keys included.
 *
 * @example
 * printableData({ text: 'hi\u001b[2J' }); // { text: 'hi\\x1b[2J' }
 */
export function printableData(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return value.map(printableData);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableData(v)]));
  return value;
}
