// Real signed deliveries over HTTP to the real Express app; then the offline run against the mock API.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSecret, sign, type WebhookEvent } from 'kaicalls/webhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExample } from '../run-example.js';
import { createWebhookApp } from './app.js';

const secret = generateSecret();
const booked = {
  id: 'evt_bookedAppt01',
  type: 'appointment.booked',
  createdAt: new Date().toISOString(),
  data: {
    id: 'apt_3Gh6tY9pVe',
    businessId: 'biz_7Tn3wR8cLs',
    leadId: null,
    callId: 'call_8fK2pQ7vN3',
    title: 'Site visit with Jordan Lee',
    notes: null,
    startTime: '2026-12-01T15:00:00Z',
    endTime: '2026-12-01T15:30:00Z',
    status: 'scheduled',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  },
} as const;

let server: Server;
let url: string;
let handled: WebhookEvent[];
let failNext: boolean;

beforeEach(async () => {
  handled = [];
  failNext = false;
  const app = createWebhookApp({
    secret,
    handle: (event) => {
      if (failNext) {
        failNext = false;
        throw new Error('database unavailable');
      }
      handled.push(event);
    },
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(body: string, headers: Record<string, string>) {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('express-webhooks', () => {
  it('verifies a delivery and hands the typed event to the app once', async () => {
    const { body, headers } = sign(booked, secret);

    const res = await post(body, headers);

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true });
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'appointment.booked',
      data: { title: 'Site visit with Jordan Lee' },
    });
  });

  it('acknowledges a duplicate delivery (same webhook-id, new timestamp and signature) without processing it', async () => {
    const first = sign(booked, secret);
    await post(first.body, first.headers);
    const retry = sign(booked, secret, { timestamp: Math.floor(Date.now() / 1000) + 5 });

    const res = await post(retry.body, retry.headers);

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, duplicate: true });
    expect(handled).toHaveLength(1);
  });

  it('rejects a bad signature with 400 and its reason, and processes nothing', async () => {
    const forged = sign(booked, generateSecret());

    const res = await post(forged.body, forged.headers);

    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    expect(handled).toHaveLength(0);
  });

  it('rejects a body that was tampered with after signing', async () => {
    const { body, headers } = sign(booked, secret);

    const res = await post(body.replace('Site visit', 'Free money'), headers);

    expect(res.status).toBe(400);
    expect(handled).toHaveLength(0);
  });

  it('rejects a delivery replayed outside the timestamp tolerance', async () => {
    const old = sign(booked, secret, { timestamp: new Date(Date.now() - 10 * 60_000) });

    const res = await post(old.body, old.headers);

    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'timestamp_too_old' } });
  });

  it('answers 500 when processing fails, so the retry of the same webhook-id is processed', async () => {
    failNext = true;
    const { body, headers } = sign(booked, secret);

    expect((await post(body, headers)).status).toBe(500);
    expect((await post(body, headers)).status).toBe(200);
    expect(handled).toHaveLength(1);
  });
});

describe('express-webhooks against the mock API', () => {
  it('runs offline: processes each subscribed event once, and a replayed one is acknowledged only', async () => {
    const { stdout } = await runExample(import.meta.url, 'server.ts', {
      env: { KAICALLS_MOCK_SPEED: '200' },
      unset: ['KAICALLS_WEBHOOK_SECRET'],
      timeout: 30_000,
    });

    expect(stdout).toMatch(/^processed {2}analysis\.complete +evt_\w+$/m);
    expect(stdout).toMatch(/^processed {2}call\.completed +evt_\w+$/m);
    const completedId = /^processed {2}call\.completed +(evt_\w+)$/m.exec(stdout)![1];
    expect(stdout).toContain(
      `replayed   call.completed     ${completedId}: acknowledged, not processed again`,
    );
    expect(stdout).toMatch(/^2 events processed, 2 webhook-ids remembered$/m);
  }, 60_000);
});
