import { KaiCallsError } from './errors.js';

/**
 * Whether `error` is an error of the SDK, or of one of its classes when `type` is given, with its type
 * narrowed to match. An {@link APIPromise} rejects with `unknown`, on purpose: besides the SDK's errors it
 * passes on the reason your `AbortSignal` was aborted with, and whatever your own callbacks (`onEvent`, a
 * custom `fetch`) throw. This guard is the typed way to read a rejection, `.catch()` included.
 *
 * @example
 * const error = await kai.calls.create({ agentId, to: '+15005550001' }).catch((e: unknown) => e);
 * if (isKaiCallsError(error, BadRequestError)) console.log(error.param); // 'to'
 */
export function isKaiCallsError<T extends KaiCallsError = KaiCallsError>(
  error: unknown,
  type?: abstract new (...args: never[]) => T,
): error is T {
  return error instanceof (type ?? KaiCallsError);
}
