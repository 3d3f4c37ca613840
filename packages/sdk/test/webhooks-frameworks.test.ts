// The Web Request and Fastify helpers, and the hint each failure gives: the fix in the terms of the
// framework in use, never another framework's (the Express hint used to show in Fastify and Hono).
import { describe, expect, it } from 'vitest';
import {
  constructEvent,
  constructFastifyEvent,
  generateSecret,
  rawJsonParser,
  sign,
  verify,
  verifyAsync,
  verifyRequest,
  WebhookVerificationError,
  webhookHandler,
} from '../src/webhooks/index.js';
import { wireEvent } from './webhooks-fixtures.js';

const SECRET = generateSecret();
const completed = wireEvent('call.completed');

function request(body: string, headers: Record<string, string>) {
  return new Request('https://app.test/webhooks', { method: 'POST', body, headers });
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WebhookVerificationError))
    throw new Error(`expected a verification error, got ${error}`);
  return error;
}

function thrown(fn: () => unknown): WebhookVerificationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
  throw new Error('expected a verification error');
}

describe('verify and verifyAsync (no framework known)', () => {
  const frameworks = /express|fastify|hono|next\.js|request\.text|addContentTypeParser/i;

  it('a forged signature or a parsed body: the hint is the raw bytes as received, naming no framework', async () => {
    const forged = sign(completed, generateSecret());
    const { body, headers } = sign(completed, SECRET);
    const errors = [
      thrown(() => verify(forged.body, forged.headers, SECRET)),
      await rejection(verifyAsync(forged.body, forged.headers, SECRET)),
      thrown(() => verify(JSON.parse(body), headers, SECRET)),
      await rejection(verifyAsync(JSON.parse(body), headers, SECRET)),
    ];

    expect(errors.map((e) => e.reason)).toEqual([
      'invalid_signature',
      'invalid_signature',
      'invalid_body',
      'invalid_body',
    ]);
    for (const error of errors) {
      expect(error.message).toContain('raw body bytes exactly as received');
      expect(error.message).not.toMatch(frameworks);
    }
  });
});

describe('verifyRequest (a Web Request: Next.js, Hono, Bun, Deno, workers)', () => {
  it('reads the body and returns the typed event', async () => {
    const { body, headers } = sign(completed, SECRET);

    const event = await verifyRequest(request(body, headers), SECRET);

    expect(event).toMatchObject({ type: 'call.completed', id: completed.id });
  });

  it('a forged signature: the hint names the secret and no framework', async () => {
    const { body, headers } = sign(completed, generateSecret());

    const error = await rejection(verifyRequest(request(body, headers), SECRET));

    expect(error.reason).toBe('invalid_signature');
    expect(error.message).toContain('whsec_');
    expect(error.message).not.toMatch(/express|fastify/i);
  });

  it('a body already read by the handler: says to verify first or pass a clone', async () => {
    const { body, headers } = sign(completed, SECRET);
    const used = request(body, headers);
    await used.json();

    const error = await rejection(verifyRequest(used, SECRET));

    expect(error.reason).toBe('invalid_body');
    expect(error.message).toContain('request.clone()');
    expect(await verifyRequest(request(body, headers).clone(), SECRET)).toMatchObject({ id: completed.id });
  });
});

describe('webhookHandler', () => {
  const seen: string[] = [];
  const handler = webhookHandler({ secret: SECRET }, (event) => {
    seen.push(event.id);
    if (event.type === 'webhook.test') return Response.json({ pong: true });
    return undefined;
  });

  it('answers 204 after handling a verified event, or the Response the handler returns', async () => {
    const { body, headers } = sign(completed, SECRET);
    expect((await handler(request(body, headers))).status).toBe(204);
    const ping = sign(wireEvent('webhook.test'), SECRET);
    const res = await handler(request(ping.body, ping.headers));
    expect(await res.json()).toEqual({ pong: true });
    expect(seen).toEqual([completed.id, JSON.parse(ping.body).id]);
  });

  it('answers 400 with the reason for a delivery that fails, and does not call the handler', async () => {
    const before = seen.length;
    const old = sign(completed, SECRET, { timestamp: new Date(Date.now() - 3_600_000) });

    const res = await handler(request(old.body, old.headers));

    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'timestamp_too_old' } });
    expect(seen).toHaveLength(before);
  });
});

describe('constructFastifyEvent', () => {
  it('verifies the Buffer that rawJsonParser keeps', () => {
    const { body, headers } = sign(completed, SECRET);
    let parsed: unknown;
    rawJsonParser({}, Buffer.from(body), (_error, value) => {
      parsed = value;
    });

    expect(constructFastifyEvent({ body: parsed, headers }, SECRET)).toMatchObject({ id: completed.id });
    // fastify-raw-body keeps the bytes beside the parsed body.
    expect(constructFastifyEvent({ body: JSON.parse(body), rawBody: body, headers }, SECRET).id).toBe(
      completed.id,
    );
  });

  it("a body Fastify's JSON parser already parsed: the hint is Fastify's parser, not express.raw", () => {
    const { body, headers } = sign(completed, SECRET);

    const error = thrown(() => constructFastifyEvent({ body: JSON.parse(body), headers }, SECRET));

    expect(error.reason).toBe('invalid_body');
    expect(error.message).toContain("addContentTypeParser('application/json', { parseAs: 'buffer' }");
    expect(error.message).not.toMatch(/express/i);
  });

  it('a forged signature: the Fastify hint', () => {
    const { body, headers } = sign(completed, generateSecret());

    const error = thrown(() => constructFastifyEvent({ body: Buffer.from(body), headers }, SECRET));

    expect(error.reason).toBe('invalid_signature');
    expect(error.message).toContain('rawJsonParser');
    expect(error.message).not.toMatch(/express|request\.text/i);
  });
});

describe('constructEvent (Express)', () => {
  it('a forged signature: the Express hint alone, not the fetch one', () => {
    const { body, headers } = sign(completed, generateSecret());

    const error = thrown(() => constructEvent({ body: Buffer.from(body), headers }, SECRET));

    expect(error.message).toContain('express.raw({ type: "application/json" })');
    expect(error.message).not.toMatch(/fetch|request\.text/i);
  });
});

describe('which problem a failure names first', () => {
  it('a malformed secret, even when the timestamp is off too: no timestamp would ever verify with it', () => {
    const { body, headers } = sign(completed, SECRET, { timestamp: new Date(Date.now() - 3_600_000) });

    const error = thrown(() => verifyRequestSync(body, headers, 'whsec_***'));

    expect(error.reason).toBe('invalid_secret');
    expect(thrown(() => verifyRequestSync(body, headers, SECRET)).reason).toBe('timestamp_too_old');
  });
});

function verifyRequestSync(body: string, headers: Record<string, string>, secret: string) {
  return constructEvent({ body, headers }, secret);
}
