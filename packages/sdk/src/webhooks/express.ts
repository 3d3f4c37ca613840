// Express is not a dependency: these helpers take the few members they use, structurally, so they also
// fit Node's http, Connect, and frameworks built on Express.
import { WebhookVerificationError } from './errors.js';
import { isRawBody, notRawBody, withFrameworkHint } from './hints.js';
import type { VerifyOptions, WebhookBody, WebhookEvent, WebhookSecret } from './types.js';
import { verify } from './verify.js';

const RAW_BODY =
  'mount express.raw({ type: "application/json" }) on the route, before any express.json() (the signature covers the bytes as sent)';

/** What the Express helpers read from a request. */
export interface WebhookRequestLike {
  /** The raw body, as set by `express.raw({ type: 'application/json' })`. */
  body?: unknown;
  /** Set by some hosts (e.g. Google Cloud Functions) beside a parsed `body`. */
  rawBody?: unknown;
  /** The request headers, as Node gives them (`req.headers`). */
  headers: Record<string, string | string[] | undefined>;
}

/** What {@link webhookMiddleware} uses of a response. */
export interface WebhookResponseLike {
  /**
   * Sets the status code, as Express's `res.status`; `json` then sends the body.
   * @example res.status(400).json({ error: { code: 'invalid_signature', message } })
   */
  status(code: number): {
    /**
     * Sends `body` as JSON, as Express's `res.json`.
     * @example res.status(200).json({ received: true })
     */
    json(body: unknown): unknown;
  };
}

/** A request that went through {@link webhookMiddleware}. */
export interface WebhookRequest extends WebhookRequestLike {
  /** The verified event, set by {@link webhookMiddleware}. */
  webhookEvent?: WebhookEvent;
}

/**
 * Verifies the delivery an Express handler received and returns its event. Mount
 * `express.raw({ type: 'application/json' })` on the route: a body already parsed by `express.json()` has
 * lost the bytes the signature covers, and is rejected with reason `invalid_body`, saying so.
 *
 * @throws {WebhookVerificationError} when the delivery must be rejected (answer it with a 400).
 * @example
 * app.post('/hooks/kaicalls', express.raw({ type: 'application/json' }), (req, res) => {
 *   const event = constructEvent(req, process.env.KAICALLS_WEBHOOK_SECRET!);
 *   res.sendStatus(204);
 * });
 */
export function constructEvent(
  req: WebhookRequestLike,
  secret: WebhookSecret,
  options?: VerifyOptions,
): WebhookEvent {
  const body = req.rawBody ?? req.body;
  if (!isRawBody(body)) throw notRawBody(body, RAW_BODY);
  try {
    return verify(body as WebhookBody, req.headers, secret, options);
  } catch (error) {
    throw withFrameworkHint(error, RAW_BODY);
  }
}

/** Options of {@link webhookMiddleware}. */
export interface WebhookMiddlewareOptions extends VerifyOptions {
  /** The webhook's `whsec_…` signing secret, or both while it rotates. */
  secret: WebhookSecret;
}

/**
 * Express middleware that verifies each delivery and puts its event on `req.webhookEvent`. A delivery that
 * fails answers 400 `{ error: { code: reason, message } }`, so the delivery log shows why.
 *
 * @example
 * import express from 'express';
 * import { webhookMiddleware, type WebhookEvent } from 'kaicalls/webhooks';
 *
 * app.post(
 *   '/hooks/kaicalls',
 *   express.raw({ type: 'application/json' }),
 *   webhookMiddleware({ secret: process.env.KAICALLS_WEBHOOK_SECRET! }),
 *   (req, res) => {
 *     const event = (req as typeof req & { webhookEvent: WebhookEvent }).webhookEvent;
 *     res.sendStatus(204);
 *   },
 * );
 */
export function webhookMiddleware(
  options: WebhookMiddlewareOptions,
): (req: WebhookRequest, res: WebhookResponseLike, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    try {
      req.webhookEvent = constructEvent(req, options.secret, options);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) return next(error);
      res.status(400).json({ error: { code: error.reason, message: error.message } });
      return;
    }
    next();
  };
}
