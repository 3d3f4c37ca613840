/** How much the SDK logs: `debug` shows every request and response, `info` retries, `off` nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Where log lines go; `console` fits, and so do pino or winston loggers. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

const levels: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** A logger that drops lines below `level` and prefixes the rest with `kaicalls:`. */
export function levelLogger(logger: Logger, level: LogLevel): Logger {
  const threshold = levels[level] ?? levels.warn;
  const at =
    (name: Exclude<LogLevel, 'off'>) =>
    (message: string, ...args: unknown[]) => {
      if (levels[name] >= threshold) logger[name](`kaicalls: ${message}`, ...args);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Whether `level` is a known log level. */
export function isLogLevel(level: unknown): level is LogLevel {
  return typeof level === 'string' && level in levels;
}

/**
 * An API key as it may appear in logs: its prefix and last four characters (`kc_test_…a1b2`), enough to
 * tell keys apart and useless to an attacker.
 */
export function maskKey(key: string): string {
  const prefix = /^(kc_(?:live|test)_)/.exec(key)?.[1] ?? '';
  return key.length - prefix.length > 8 ? `${prefix}…${key.slice(-4)}` : `${prefix}…`;
}

/** Headers for a log line: the `Authorization` value masked. */
export function headersForLog(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] =
      name.toLowerCase() === 'authorization' ? `Bearer ${maskKey(value.replace(/^Bearer\s+/i, ''))}` : value;
  }
  return out;
}
