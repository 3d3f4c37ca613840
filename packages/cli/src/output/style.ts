// ANSI styling that honours NO_COLOR (https://no-color.org) and FORCE_COLOR, and is off when piped.

/** Whether a stream gets colours: NO_COLOR wins, then FORCE_COLOR, then whether it is a terminal. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

/**
 * Colour helpers that are identity functions when colours are off.
 *
 * @example
 * const s = style(colorEnabled(process.stdout));
 * console.log(s.green('completed'));
 */
export function style(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what it strips
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The visible width of a text (without ANSI sequences). */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}
