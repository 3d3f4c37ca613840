// How results are printed: `--json` prints the wire JSON (snake_case, as the HTTP docs show it); on a
// terminal, tables for lists and key-value views for single resources; piped, tab-separated values.
// Every human mode shows the API's text through `printable` (control characters escaped); JSON is exact.
import { printable } from './printable.js';
import { style as makeStyle, type Style, visibleLength } from './style.js';

export type OutputMode = 'json' | 'human' | 'tsv';

/** Where and how a command prints. */
export interface Output {
  mode: OutputMode;
  /** Colours on stdout. */
  style: Style;
  /** Terminal width (columns), for tables. */
  width: number;
  write(text: string): void;
}

/**
 * Picks the output mode: `--json` wins, else a table on a terminal, else tab-separated values.
 *
 * @example
 * const out = createOutput({ json: false, isTTY: true, color: true, width: 100 });
 */
export function createOutput(options: {
  json: boolean;
  isTTY: boolean;
  color: boolean;
  width?: number;
  write?: (text: string) => void;
}): Output {
  return {
    mode: options.json ? 'json' : options.isTTY ? 'human' : 'tsv',
    style: makeStyle(options.color && !options.json),
    width: options.width ?? 100,
    write: options.write ?? ((text) => process.stdout.write(text)),
  };
}

/** A cell's text: scalars as they are, null as empty, objects as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A TSV field: tabs and newlines would break the columns, so they become spaces; controls are escaped. */
function tsvField(value: unknown): string {
  return printable(cellText(value));
}

function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Lays out a table that fits the terminal: the widest column shrinks first. */
export function renderTable(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  style: Style,
  width: number,
): string {
  const header = columns.map((c) => c.toUpperCase().replace(/_/g, ' '));
  const cells = rows.map((row) => columns.map((c) => printable(cellText(row[c])).replace(/\s+/g, ' ')));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const gap = 2;
  let total = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  while (total > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  const line = (values: string[], paint?: (t: string, i: number) => string) =>
    values
      .map((v, i) => {
        const text = truncate(v, widths[i] ?? 0);
        const padded =
          i === values.length - 1 ? text : text + ' '.repeat((widths[i] ?? 0) - visibleLength(text));
        return paint ? paint(padded, i) : padded;
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const lines = [line(header, (t) => style.bold(t))];
  for (const row of cells) lines.push(line(row, (t, i) => (i === 0 ? style.cyan(t) : colorStatus(t, style))));
  return `${lines.join('\n')}\n`;
}

const GOOD = new Set(['completed', 'succeeded', 'delivered', 'active', 'true', 'booked', 'scheduled']);
const BAD = new Set(['failed', 'canceled', 'cancelled', 'busy', 'no-answer', 'false', 'revoked', 'missed']);

function colorStatus(text: string, style: Style): string {
  const word = text.trim();
  if (GOOD.has(word)) return text.replace(word, style.green(word));
  if (BAD.has(word)) return text.replace(word, style.red(word));
  return text;
}

/** Flattens an object to dotted keys (`quality_dimensions.empathy`), arrays of scalars joined by commas. */
export function flatten(value: unknown, prefix = '', out: [string, unknown][] = []): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.push([prefix, '']);
    for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((item, index) => {
      flatten(item, `${prefix}[${index}]`, out);
    });
    if (value.length === 0) out.push([prefix, '']);
  } else {
    out.push([prefix, Array.isArray(value) ? value.join(',') : value]);
  }
  return out;
}

/**
 * A single resource on a terminal: aligned `key  value` lines, nested keys dotted; a value's own line
 * breaks continue under the value column.
 */
export function renderObject(value: Record<string, unknown>, style: Style, width: number): string {
  const pairs = flatten(value).map(([key, item]) => [printable(key), item] as const);
  const keyWidth = Math.min(32, Math.max(...pairs.map(([k]) => k.length)));
  const valueWidth = Math.max(20, width - keyWidth - 2);
  const indent = `\n${' '.repeat(keyWidth + 2)}`;
  return `${pairs
    .map(([key, item]) => {
      if (item === null || item === undefined)
        return `${style.bold(key.padEnd(keyWidth))}  ${style.dim('—')}`;
      const text = printable(cellText(item), 'block');
      const shown = text.length > valueWidth * 4 ? truncate(text, valueWidth * 4) : text;
      return `${style.bold(key.padEnd(keyWidth))}  ${colorStatus(shown, style).replace(/\n/g, indent)}`;
    })
    .join('\n')}\n`;
}

/** A list in the current mode (`--json` prints the whole envelope: data, has_more, next_cursor). */
export function printList(
  out: Output,
  page: { data: Record<string, unknown>[]; has_more: boolean; next_cursor: string | null },
  columns: readonly string[],
  more?: string,
): void {
  if (out.mode === 'json') {
    out.write(`${JSON.stringify(page, null, 2)}\n`);
    return;
  }
  const cols = columns.length > 0 ? columns : ['id'];
  if (out.mode === 'tsv') {
    for (const row of page.data) out.write(`${cols.map((c) => tsvField(row[c])).join('\t')}\n`);
    return;
  }
  if (page.data.length === 0) {
    out.write(`${out.style.dim('No results.')}\n`);
    return;
  }
  out.write(renderTable(cols, page.data, out.style, out.width));
  // The hint quotes the API's next_cursor.
  if (page.has_more && more) out.write(`${out.style.dim(printable(more))}\n`);
}

/** One resource in the current mode. */
export function printObject(out: Output, value: unknown): void {
  if (out.mode === 'json') {
    out.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  if (value === null || typeof value !== 'object') {
    out.write(`${printable(cellText(value), 'block')}\n`);
    return;
  }
  if (out.mode === 'tsv') {
    for (const [key, item] of flatten(value)) out.write(`${tsvField(key)}\t${tsvField(item)}\n`);
    return;
  }
  out.write(renderObject(value as Record<string, unknown>, out.style, out.width));
}
