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
 * listen or error line), so tabs and line breaks become one space; `block` keeps line breaks (a value of
 * the key-value view, whose caller indents them) and turns tabs into a space.
 */
export type Layout = 'line' | 'block';

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes a text safe to print on a terminal: every control character is shown as an escape (`\x1b`,
 * `\x9b`, `\u202e`) instead of acting; tabs and line breaks are laid out as `layout` says.
 *
 * @example
 * printable('\u001b]0;PWNED\u0007 John'); // '\\x1b]0;PWNED\\x07 John'
 * printable('first\nsecond'); // 'first second'
 * printable('first\r\nsecond', 'block'); // 'first\nsecond'
 */
export function printable(text: string, layout: Layout = 'line'): string {
  const laidOut =
    layout === 'line' ? text.replace(/[\t\r\n]+/g, ' ') : text.replace(/\r\n/g, '\n').replace(/\t/g, ' ');
  return laidOut.replace(CONTROL, (char) => (char === '\n' ? char : escapeChar(char)));
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
