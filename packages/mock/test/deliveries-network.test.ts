// Deliveries over real HTTP (node:http endpoints on localhost): a slow endpoint times out, a closed port
// refuses the connection, a long answer is cut to a 500-character excerpt.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from './setup.js';
import { emit, verify } from './webhooks-support.js';

// Long enough for a loaded CI machine to answer on localhost, short enough to keep the test quick.
const TIMEOUT_MS = 500;

// msw intercepts this process's fetch; `bypass` sends the webhook to the real network.
const { api, mock } = await serve({
  rateLimit: false,
  webhooks: { fetch: (request) => fetch(bypass(request)), timeoutMs: TIMEOUT_MS },
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const received: Array<{ path: string; headers: Record<string, string>; body: string }> = [];
const endpoint = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    received.push({ path: req.url!, headers: req.headers as Record<string, string>, body });
    if (req.url === '/slow') return; // never answers
    if (req.url === '/verbose') return res.writeHead(500).end('x'.repeat(5000));
    res.writeHead(204).end();
  });
});
const base = await listen(endpoint);
// A port that was just free: nothing listens there, so connecting is refused.
const closed = createServer();
const refusedUrl = await listen(closed);
await new Promise((resolve) => closed.close(resolve));

// The first request through fetch loads its HTTP stack: not something a delivery should be timed on.
await fetch(bypass(new Request(`${base}/warm-up`, { method: 'POST' })));

afterAll(() => {
  endpoint.closeAllConnections();
  endpoint.close();
});

async function deliverTo(url: string) {
  const webhook = (await api('POST', '/v1/webhooks', { body: { url, events: ['call.completed'] } })).body;
  const event = emit(mock.context, 'call.completed');
  await mock.clock.advance(0);
  const [delivery] = (await api('GET', `/v1/event-deliveries?event_id=${event.id}&webhook_id=${webhook.id}`))
    .body.data;
  return { webhook, event, delivery };
}

describe('deliveries over real HTTP', () => {
  it('delivers a signed request that an independent verifier accepts', async () => {
    const { webhook, event, delivery } = await deliverTo(`${base}/ok`);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: [{ status_code: 204, error: null }] });
    const request = received.find((r) => r.path === '/ok')!;
    expect(verify(webhook.secret, request)).toEqual(event);
  });

  it('records a timeout when the endpoint does not answer in time, and schedules the retry', async () => {
    const { delivery } = await deliverTo(`${base}/slow`);
    expect(delivery.status).toBe('retrying');
    expect(delivery.attempts[0]).toMatchObject({
      status_code: null,
      error: 'timeout',
      response_excerpt: null,
    });
    expect(delivery.attempts[0].latency_ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(delivery.next_attempt_at).toBe(mock.context.iso(Date.parse(delivery.created_at) + 30_000));
  });

  it('records a refused connection', async () => {
    const { delivery } = await deliverTo(`${refusedUrl}/hooks`);
    expect(delivery.status).toBe('retrying');
    expect(delivery.attempts[0]).toMatchObject({
      status_code: null,
      error: 'connection_refused',
      response_excerpt: null,
    });
    const recorded = mock.webhookAttempts.find((d) => d.deliveryId === delivery.id)!;
    expect(recorded).toMatchObject({ status: null, error: 'connection_refused', url: `${refusedUrl}/hooks` });
  });

  it('keeps the first 500 characters of a failing answer', async () => {
    const { delivery } = await deliverTo(`${base}/verbose`);
    expect(delivery.attempts[0]).toMatchObject({ status_code: 500, error: 'http_status' });
    expect(delivery.attempts[0].response_excerpt).toBe('x'.repeat(500));
  });
});
