// The Express helpers against a real Express 5 app over real HTTP.
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  constructEvent,
  sign,
  type WebhookEvent,
  WebhookVerificationError,
  webhookMiddleware,
} from '../src/webhooks/index.js';
import { wireEvent } from './webhooks-fixtures.js';

const SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
const completed = wireEvent('call.completed');

let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const app = express();
  const reply = (req: Request, res: express.Response) => {
    const event = (req as Request & { webhookEvent: WebhookEvent }).webhookEvent;
    res.json({ type: event.type, id: event.id });
  };
  // The recommended setups.
  app.post('/raw', express.raw({ type: 'application/json' }), webhookMiddleware({ secret: SECRET }), reply);
  app.post('/construct', express.raw({ type: 'application/json' }), (req, res) => {
    try {
      const event = constructEvent(req, [SECRET]);
      res.json({ type: event.type, id: event.id });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      res.status(400).json({ reason: error.reason });
    }
  });
  // The mistakes.
  app.post('/json', express.json(), webhookMiddleware({ secret: SECRET }), reply);
  app.post('/none', webhookMiddleware({ secret: SECRET }), reply);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(() => close());

function post(path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('webhookMiddleware with express.raw', () => {
  it('verifies a delivery and hands the typed event on', async () => {
    const { body, headers } = sign(completed, SECRET);
    const response = await post('/raw', body, headers);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 'call.completed', id: completed.id });
  });

  it('verifies a body that is not valid UTF-8, from its raw bytes', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const raw = new Uint8Array([
      ...encode(
        '{"id":"evt_latin1","type":"webhook.test","created_at":"2026-02-15T14:32:13Z","data":{"message":"caf',
      ),
      0xe9,
      ...encode('"}}'),
    ]);
    const { headers } = sign(raw, SECRET);
    const response = await post('/raw', raw, headers);
    expect(await response.json()).toEqual({ type: 'webhook.test', id: 'evt_latin1' });
  });

  it('answers 400 with the reason when the signature does not match', async () => {
    const { body, headers } = sign(completed, 'whsec_Ze1r8Ej6FLk5B7tjHT2nXcE4CXtZk3LZ');
    const response = await post('/raw', body, headers);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_signature');
    expect(error.message).not.toContain(SECRET.slice(6));
  });

  it('answers 400 missing_header for a request that is not a delivery', async () => {
    const response = await post('/raw', '{}', {});
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('missing_header');
  });
});

describe('constructEvent with express.raw', () => {
  it('returns the event', async () => {
    const { body, headers } = sign(completed, SECRET);
    expect(await (await post('/construct', body, headers)).json()).toEqual({
      type: 'call.completed',
      id: completed.id,
    });
  });

  it('throws a WebhookVerificationError for a stale delivery', async () => {
    const { body, headers } = sign(completed, SECRET, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    const response = await post('/construct', body, headers);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ reason: 'timestamp_too_old' });
  });
});

describe('the most common mistake: a body parser that is not express.raw', () => {
  it('express.json(): answers 400 invalid_body, saying to use express.raw', async () => {
    const { body, headers } = sign(completed, SECRET);
    const response = await post('/json', body, headers);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_body');
    expect(error.message).toContain('already parsed');
    expect(error.message).toContain('express.raw({ type: "application/json" })');
  });

  it('no body parser at all: answers 400 invalid_body, saying to use express.raw', async () => {
    const { body, headers } = sign(completed, SECRET);
    const response = await post('/none', body, headers);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_body');
    expect(error.message).toContain('is empty');
    expect(error.message).toContain('express.raw');
  });
});
