/** How much the SDK logs: `debug` shows every request and response, `info` retries, `off` nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/**
 * Where log lines go; `console` fits, and so do pino or winston loggers. Each line starts with `kaicalls:`;
 * the API key in it is masked.
 * @example
 * const kai = new KaiCalls({ logger: console, logLevel: 'debug' });
 */
export interface Logger {
  /**
   * Every request and response: method, path, masked headers, status, duration, request id.
   * @example logger.debug('kaicalls: ← GET /v1/calls/{call_id} 200 in 84 ms', { requestId: 'req_7Yc2' })
   */
  debug(message: string, ...args: unknown[]): void;
  /**
   * Retries: why the request is retried and after how many milliseconds.
   * @example logger.info('kaicalls: POST /v1/calls answered 503; retrying in 612 ms (retry 1 of 2, request id req_7Yc2)')
   */
  info(message: string, ...args: unknown[]): void;
  /**
   * Warnings; `warn` is the default level, so without `logLevel` only this and `error` are shown. The SDK
   * writes nothing at this level today: failures are thrown, not logged.
   * @example logger.warn('kaicalls: something to look at')
   */
  warn(message: string, ...args: unknown[]): void;
  /**
   * Errors. The SDK writes nothing at this level today (it throws instead); a `console`-like logger has it.
   * @example logger.error('kaicalls: something failed')
   */
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
