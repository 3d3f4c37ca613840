// The conformance suite's one check of an answer: its status is declared for the operation, its body (or each
// event of a stream) validates against the spec's schema for that status, every header the spec declares
// for the response is there and valid, and no API header the spec leaves undeclared for it is sent.

import type { Operation } from '@kaicalls/contract/operations';
import { expect } from 'vitest';
import type { request } from './setup.js';
import {
  API_HEADERS,
  componentHeaders,
  componentValidator,
  declaredHeaders,
  headerValid,
  responseValidator,
  streamOf,
} from './spec-responses.js';
import type { Message } from './sse.js';

export type Answer = Pick<Awaited<ReturnType<typeof request>>, 'status' | 'headers' | 'body'>;

/**
 * Headers the spec declares but sends only sometimes, as their descriptions say: `Idempotency-Replayed` on a
 * replay, `X-Poll-Interval-Ms` while a call is live. Every other declared header is always sent.
 */
const CONDITIONAL = new Set(['idempotency-replayed', 'x-poll-interval-ms']);

export interface CheckOptions {
  /** A HEAD answer: headers only. */
  head?: boolean;
  /** Over HTTP: the CORS headers are checked too, for this allowed origin. */
  cors?: string | undefined;
}

/**
 * Checks one answer of `operation`, or (null) an answer no operation makes, such as a routing 404 or 405,
 * which is the error envelope with the shared headers (those of `components.responses.NotFound`).
 */
export function checkAnswer(
  operation: Operation | null,
  res: Answer,
  label: string,
  { head = false, cors }: CheckOptions = {},
) {
  const name = operation?.operationId ?? 'no operation';
  const where = `${name} (${label}) → ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`;
  const validate = operation ? responseValidator(operation, res.status) : componentValidator('ErrorEnvelope');
  expect(validate, `${where}: status not declared in the spec`).not.toBeNull();
  const stream = operation ? streamOf(operation) : null;
  if (!head && stream && res.status === 200) {
    // A stream: `ready` first, each event named by its type with its resume point as id, `end` last (for a
    // stream that ends), and every event's data valid.
    const messages = res.body as Message[];
    expect(res.headers.get('content-type'), where).toMatch(/^text\/event-stream/);
    expect(messages[0]?.event, where).toBe('ready');
    for (const message of messages) {
      const valid = validate!(message.data);
      expect(valid, `${where}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
      if (message.event === 'ready' || message.event === 'end') continue;
      expect(message.event, where).toBe(message.data.type);
      expect(message.id, where).toBe(String(message.data[stream.resume]));
    }
    if (stream.ends) expect(messages.at(-1)?.event, where).toBe('end');
  } else if (!head) {
    const valid = validate!(res.body);
    expect(valid, `${where}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
  }
  const declared = operation ? declaredHeaders(operation, res.status) : componentHeaders('NotFound');
  expect(declared.get('x-request-id'), `${where}: the spec declares X-Request-Id`).toBeDefined();
  expect(res.headers.get('x-request-id'), where).toMatch(/^req_/);
  for (const [header, schema] of declared) {
    const value = res.headers.get(header);
    if (value === null && CONDITIONAL.has(header)) continue;
    expect(value, `${where}: declared header ${header} missing`).not.toBeNull();
    expect(headerValid(schema, value!), `${where}: ${header}: ${value}`).toBe(true);
  }
  for (const header of API_HEADERS)
    if (res.headers.get(header) !== null)
      expect(declared.has(header), `${where}: sends ${header}, which the spec does not declare here`).toBe(
        true,
      );
  if (res.status >= 400 && !head) expect(res.body.error.request_id).toBe(res.headers.get('x-request-id'));
  if (cors !== undefined) {
    expect(res.headers.get('access-control-allow-origin'), `${where}: CORS`).toBe(cors);
    expect(res.headers.get('access-control-expose-headers'), where).toContain('x-ratelimit-remaining');
    if (cors !== '*') expect(res.headers.get('vary'), `${where}: Vary`).toMatch(/\borigin\b/i);
  }
}
