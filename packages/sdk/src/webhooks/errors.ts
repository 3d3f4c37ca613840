import { KaiCallsError } from '../core/errors.js';

/** The Standard Webhooks headers a delivery carries. */
export type WebhookHeaderName = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

/**
 * Why a delivery was rejected; stable, for code to branch on.
 * - `missing_header` / `invalid_header`: see `error.header`.
 * - `invalid_signature`: no signature in the header matches any of the secrets.
 * - `timestamp_too_old` / `timestamp_too_new`: outside the tolerance (a replay, or a wrong clock).
 * - `invalid_secret`: the secret is not a `whsec_…` signing secret (or its 24 to 64 raw bytes).
 * - `invalid_tolerance` / `invalid_now`: an option that would switch the replay check off (NaN, a string, ...).
 * - `invalid_body`: the body is not the raw bytes (e.g. already parsed into an object).
 * - `invalid_payload`: the body is correctly signed but is not JSON.
 */
export type WebhookVerificationReason =
  | 'missing_header'
  | 'invalid_header'
  | 'invalid_signature'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_secret'
  | 'invalid_tolerance'
  | 'invalid_now'
  | 'invalid_body'
  | 'invalid_payload';

/**
 * A webhook delivery failed verification. Answer the delivery with a 4xx: KaiCalls retries it later.
 * The message says what to do and never contains the secret.
 *
 * @example
 * try {
 *   event = verify(body, headers, secret);
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) return res.status(400).send(error.reason);
 *   throw error;
 * }
 */
export class WebhookVerificationError extends KaiCallsError {
  override readonly name = 'WebhookVerificationError';
  /** Why verification failed. */
  readonly reason: WebhookVerificationReason;
  /** The header at fault, for `missing_header` and `invalid_header`. */
  readonly header: WebhookHeaderName | undefined;

  constructor(reason: WebhookVerificationReason, message: string, header?: WebhookHeaderName) {
    super(`kaicalls: ${message}`);
    this.reason = reason;
    this.header = header;
  }
}
