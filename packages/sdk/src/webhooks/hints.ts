// What a framework helper adds to a failed verification: the fix in that framework's terms. `verify` itself
// cannot know where its body came from, so its message names no framework (the raw bytes as received); a
// helper that does know replaces that hint with its own, or drops it when it read the body itself.
import { WebhookVerificationError } from './errors.js';

const SECRET = "pass your webhook's whsec_… signing secret (both while it rotates)";

/**
 * `error` with the raw-body hint of the framework in use: `rawBody` says how to get the raw body there, or
 * is null when the helper read the body itself (nothing for the user to fix about it).
 */
export function withFrameworkHint(error: unknown, rawBody: string | null): unknown {
  if (!(error instanceof WebhookVerificationError) || error.reason !== 'invalid_signature') return error;
  const body = rawBody
    ? ` and ${rawBody}`
    : '; the body was read as received, so also check that no proxy rewrites it';
  return new WebhookVerificationError('invalid_signature', `no signature matches: ${SECRET}${body}`);
}

/** The error for a body that is not the raw bytes, with the framework's fix. */
export function notRawBody(body: unknown, rawBody: string): WebhookVerificationError {
  return new WebhookVerificationError(
    'invalid_body',
    `the body ${body == null ? 'is empty' : 'was already parsed, so the signed bytes are lost'}: ${rawBody}`,
  );
}

/** Whether `body` holds raw bytes or text, as verification needs. */
export function isRawBody(body: unknown): boolean {
  return typeof body === 'string' || ArrayBuffer.isView(body) || body instanceof ArrayBuffer;
}
