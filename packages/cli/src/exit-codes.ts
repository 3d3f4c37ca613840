/**
 * The exit codes of `kaicalls`, stable for scripts (documented in the README).
 * Call outcomes (`calls create --wait`, `calls wait`) have codes of their own, from 10 up.
 */
export const ExitCode = {
  /** Success; for a waited call: it completed (a conversation took place). */
  ok: 0,
  /** The API answered with an error (400, 404, 409, 429, 5xx...), or the command failed (a payload did not verify). */
  apiError: 1,
  /** Wrong usage: unknown command or flag, missing or invalid argument, unreadable --data. */
  usage: 2,
  /** Authentication: no API key, or the API answered 401 (bad key) or 403 (missing scope, IP not allowed). */
  auth: 3,
  /**
   * The API could not be reached (connection refused, DNS, timeout), or something other than the API answered
   * (an HTML page, a redirect, a body over the size limit).
   */
  network: 4,
  /** The config file or its directory is writable by other users: refused until its mode is fixed. */
  configPermissions: 5,
  /** The waited call ended in voicemail: the agent left a message, nobody was reached. */
  voicemail: 10,
  /** The waited call failed to connect. */
  failed: 11,
  /** The waited call rang out. */
  noAnswer: 12,
  /** The waited call was busy. */
  busy: 13,
  /** The waited call was canceled. */
  canceled: 14,
  /** The wait timed out before the call ended (the call goes on). */
  waitTimeout: 15,
  /** Interrupted with Ctrl+C. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
