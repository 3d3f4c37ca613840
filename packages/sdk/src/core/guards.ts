import { KAICALLS_ERROR, KaiCallsError } from './errors.js';

/**
 * Whether `error` is an error of the SDK, or of one of its classes when `type` is given, with its type
 * narrowed to match. Unlike `instanceof`, it also knows the errors of another copy of the package (its
 * CommonJS and ESM builds both loaded, as a test runner or a bundler can do): every SDK error carries a
 * global brand, and a class is recognised by its name along the error's prototype chain. Use it where a
 * value is `unknown` (a `catch (error)` block, `calls.wait`, a stream's loop); an `APIPromise`'s own
 * `.catch()` and `.then()` already give a `KaiCallsError`.
 *
 * @example
 * try {
 *   await kai.calls.create({ agentId, to: '+15005550001' });
 * } catch (error) {
 *   if (isKaiCallsError(error, BadRequestError)) console.log(error.param); // 'to'
 * }
 */
export function isKaiCallsError<T extends KaiCallsError = KaiCallsError>(
  error: unknown,
  type?: abstract new (...args: never[]) => T,
): error is T {
  if (error instanceof (type ?? KaiCallsError)) return true;
  if (typeof error !== 'object' || error === null || !(KAICALLS_ERROR in error)) return false;
  if (!type) return true;
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, 'constructor') && proto.constructor.name === type.name) return true;
  }
  return false;
}
