// What tells a wait that the server does not stream, so it polls instead: the stream route is missing
// (404) or refused (406), the key may not read it (403), the answer is not an event stream (a proxy that
// rewrites it), or no `ready` came within seconds (a proxy that buffers the response until it ends).
import { APIError, APITimeoutError, ResponseTooLargeError, UnexpectedResponseError } from '../core/errors.js';
import { routes } from '../generated/routes.js';

/** An operation as a log line names it, from the spec: `GET /v1/events/stream`. */
export const endpoint = (id: keyof typeof routes): string => `${routes[id][0]} ${routes[id][1]}`;

/** How long a wait gives a stream to send `ready` before it takes the server for one that does not stream. */
export const READY_TIMEOUT_MS = 5_000;

/** Whether a stream's error, before it was ever live, means that waiting should poll instead. */
export function doesNotStream(error: unknown): boolean {
  if (error instanceof APIError) return error.status === 404 || error.status === 406 || error.status === 403;
  if (error instanceof ResponseTooLargeError) return false;
  return error instanceof UnexpectedResponseError || error instanceof APITimeoutError;
}
