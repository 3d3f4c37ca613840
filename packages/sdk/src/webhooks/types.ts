import type { components } from '@kaicalls/contract/api';

/** Every event KaiCalls delivers, camelCase, discriminated by `type` (generated from the spec's `webhooks:`). */
export type WebhookEvent = components['schemas']['Event'];

/** The event type names, e.g. `'call.completed'`. */
export type WebhookEventType = WebhookEvent['type'];

/**
 * The event of one type.
 *
 * @example
 * function onCompleted(event: WebhookEventOf<'call.completed'>) {
 *   console.log(event.data.summary);
 * }
 */
export type WebhookEventOf<T extends WebhookEventType> = Extract<
  WebhookEvent,
  {
    /** The event type to select. */
    type: T;
  }
>;

/**
 * The body exactly as received. Verification hashes these bytes; a string is hashed as UTF-8.
 * Not a parsed object: its original bytes are gone (Express: `express.raw({ type: 'application/json' })`;
 * Fastify: `rawJsonParser`; a Web `Request`: `await request.arrayBuffer()`, or `verifyRequest`).
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * Request headers: a Fetch `Headers`, Node's `req.headers`, or a plain record (names in any case).
 */
export type WebhookHeaders =
  | {
      /**
       * A header's value by name, case-insensitively, as Fetch's `Headers.get`.
       * @example request.headers.get('webhook-signature')
       */
      get(name: string): string | null;
    }
  | Record<string, string | readonly string[] | undefined>;

/**
 * A `whsec_…` signing secret (or its raw bytes, 24 to 64), or several while one rotates (a delivery verifies
 * if any one matches).
 */
export type WebhookSecret = string | Uint8Array | readonly (string | Uint8Array)[];

/** Options of `verify` and `verifyAsync`. */
export interface VerifyOptions {
  /**
   * How far `webhook-timestamp` may be from now, in seconds (default 300): a finite number, 0 or more. NaN,
   * a negative number or `Infinity` throws (`invalid_tolerance`) rather than accept replays.
   */
  tolerance?: number | undefined;
  /**
   * The current time, for tests: a valid `Date` or milliseconds since the epoch (default `Date.now()`);
   * anything else throws (`invalid_now`).
   */
  now?: Date | number | undefined;
}
