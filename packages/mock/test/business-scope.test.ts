// A key bound to one business reaches that business alone, in every operation of the spec, over real HTTP:
// lists hold none of another business's records, and every operation on another business's record is 404
// (and changes nothing). Driven by the generated operation table, so a new operation is held to it at once;
// a new operation that takes no id and lists nothing must be added to `CREATES` below, saying how it could
// reach another business.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Operation, operations } from '@kaicalls/contract/operations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/server.js';
import { request } from './setup.js';
import { example, idPrefix } from './spec-responses.js';
import { type Message, readEvents } from './sse.js';

type Business = 'law' | 'plumbing';

// The clock starts where the seeded past calls and the analytics range below are (a server starts at now).
const server = await startMockServer({ rateLimit: false, startTime: '2026-02-16T15:00:00Z' });
// Webhook deliveries go by real HTTP: a receiver that accepts them, so every business has deliveries.
const receiver: Server = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
afterAll(async () => {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const call = (key: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  request(server.baseUrl, method, path, { key, body, ...(headers ? { headers } : {}) });
const admin = (method: string, path: string, body?: unknown) => call(server.testKey, method, path, body);

const [lawId, plumbingId] = [...server.mock.state.businesses.keys()] as [string, string];
const businessIds: Record<Business, string> = { law: lawId, plumbing: plumbingId };
const keys = {} as Record<Business, string>;

/** Every item of a list, page after page. */
async function listAll(key: string, path: string): Promise<Array<Record<string, any>>> {
  const items: Array<Record<string, any>> = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await call(key, 'GET', `${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, `GET ${path}`).toBe(200);
    items.push(...page.body.data);
    cursor = page.body.next_cursor;
  } while (cursor);
  return items;
}

/** Records of every kind for a business, made through its own key (law also has the seeded past calls). */
async function populate(business: Business) {
  const key = keys[business];
  const mine = (item: Record<string, any>) => item.business_id === businessIds[business];
  const lead = (await listAll(key, '/v1/leads')).find(mine)!;
  const agent = (await listAll(key, '/v1/agents')).find(mine)!;
  const webhook = await call(key, 'POST', '/v1/webhooks', { url: hookUrl });
  expect(webhook.status).toBe(201);
  expect((await call(key, 'POST', `/v1/webhooks/${webhook.body.id}/test`)).status).toBe(200);
  // Answered and booked (the test number says so whatever the ids): a timeline, an appointment, an SMS and
  // its conversation, a job, an attempt, a recording.
  const booked = await call(key, 'POST', '/v1/calls', {
    agent_id: agent.id,
    to: '+15005550100',
    lead_id: lead.id,
  });
  expect(booked.status).toBe(201);
  const run = await call(
    key,
    'POST',
    '/v1/communication-runs',
    { name: `${business} outreach`, agent_id: agent.id, contacts: [{ to: '+15005550105' }] },
    { 'idempotency-key': `run-${business}` },
  );
  expect(run.status).toBe(201);
}

beforeAll(async () => {
  for (const business of ['law', 'plumbing'] as const) {
    const created = await admin('POST', '/v1/keys', {
      name: business,
      scopes: ['*'],
      business_id: businessIds[business],
    });
    expect(created.status).toBe(201);
    keys[business] = created.body.key;
  }
  await populate('law');
  await populate('plumbing');
  await server.mock.clock.advance(10 * 60_000);
});

const listOps = operations.filter((op) => op.paginated && op.pathParams.length === 0);
const idOps = operations.filter((op) => op.pathParams.length > 0);
/** Where the records a path parameter names are listed: `/v1/calls/{call_id}/cancel` → `/v1/calls`. */
const listPathOf = (op: Operation) => op.path.slice(0, op.path.indexOf(`/{${op.pathParams[0]}}`));
const withId = (op: Operation, id: string) => op.path.replace(`{${op.pathParams[0]}}`, id);
/** A valid body for the operation (the spec's example), so that the answer comes from the resolver. */
const bodyOf = (op: Operation) => (op.body ? example(op.body.schema) : undefined);

/** Operations that take no id and list nothing: how each could reach another business, and what it must do. */
const CREATES: Record<
  string,
  (foreign: Record<string, string>) => { path?: string; body?: unknown; want: (res: any) => void }
> = {
  createAgent: (f) => ({
    body: { name: 'Intruder', business_id: f.business },
    want: notFound('business_id'),
  }),
  createCall: (f) => ({ body: { agent_id: f.agent, to: '+15005550105' }, want: notFound('agent_id') }),
  createAppointment: (f) => ({
    body: {
      title: 'Intruder',
      start_time: '2026-03-01T10:00:00Z',
      end_time: '2026-03-01T10:30:00Z',
      lead_id: f.lead,
    },
    want: notFound('lead_id'),
  }),
  createKey: (f) => ({
    body: { scopes: ['agents:read'], business_id: f.business },
    want: notFound('business_id'),
  }),
  createRun: (f) => ({
    body: { name: 'Intruder', agent_id: f.agent, contacts: [{ to: '+15005550105' }] },
    want: notFound('agent_id'),
  }),
  previewRun: (f) => ({
    body: { name: 'Intruder', agent_id: f.agent, contacts: [{ to: '+15005550105' }] },
    want: notFound('agent_id'),
  }),
  validateRun: (f) => ({
    body: { name: 'Intruder', agent_id: f.agent, contacts: [{ to: '+15005550105', lead_id: f.lead }] },
    want: (res) => {
      expect(res.status).toBe(200);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'agent_id', code: 'not_found' }),
          expect.objectContaining({ field: 'contacts[0].lead_id', code: 'not_found' }),
        ]),
      );
    },
  }),
  createWebhook: (f) => ({ body: { url: hookUrl, business_id: f.business }, want: notFound('business_id') }),
  // Resuming after another business's event is 404, as for an event that does not exist.
  streamEvents: (f) => ({ path: `/v1/events/stream?after=${f.event}`, want: notFound('after') }),
  backfillEvents: (f) => ({
    body: { webhook_id: f.webhook, from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' },
    want: notFound('webhook_id'),
  }),
  getBalance: (f) => ({
    want: (res) => {
      expect(res.status).toBe(200);
      expect(res.body.businesses.map((b: any) => b.business_id)).toEqual([lawId]);
      expect(res.body.businesses.map((b: any) => b.business_id)).not.toContain(f.business);
    },
  }),
  // Another business's agent filters its calls in no more than any other filter does: nothing counts.
  getAnalytics: (f) => ({
    path: `/v1/analytics?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&agent_id=${f.agent}`,
    want: (res) => {
      expect(res.status).toBe(200);
      expect(res.body.totals.calls).toBe(0);
    },
  }),
};

function notFound(param: string) {
  return (res: any) => {
    expect(res.status, JSON.stringify(res.body)).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', param });
  };
}

describe('a key bound to a business reaches only that business (over HTTP)', () => {
  it('sorts every operation of the spec: by id, a list, or a create that names what it refers to', () => {
    const rest = operations.filter((op) => !listOps.includes(op) && !idOps.includes(op));
    expect(rest.map((op) => op.operationId).sort()).toEqual(Object.keys(CREATES).sort());
  });

  it.each(listOps.map((op) => [op.operationId, op] as const))(
    '%s lists none of the other business’s records',
    async (_, op) => {
      const seen = {} as Record<Business, Array<Record<string, any>>>;
      for (const business of ['law', 'plumbing'] as const) {
        seen[business] = await listAll(keys[business], op.path);
        // Not vacuous: each business has records of this kind, and those that say their business say its own.
        expect(seen[business].length, `${business} has no ${op.path}`).toBeGreaterThan(0);
        for (const item of seen[business])
          if ('business_id' in item) expect(item.business_id).toBe(businessIds[business]);
      }
      const law = new Set(seen.law.map((item) => item.id));
      expect(seen.plumbing.filter((item) => law.has(item.id))).toEqual([]);
      // The account-wide key sees both.
      const all = new Set((await listAll(server.testKey, op.path)).map((item) => item.id));
      for (const item of [...seen.law, ...seen.plumbing]) expect(all.has(item.id)).toBe(true);
    },
  );

  it.each(idOps.map((op) => [op.operationId, op] as const))(
    '%s of the other business’s record is 404, and changes nothing',
    async (_, op) => {
      const param = op.pathParams[0]!;
      const [foreign] = await listAll(keys.plumbing, listPathOf(op));
      const [own] = await listAll(keys.law, listPathOf(op));
      expect(foreign && own, `both businesses have ${listPathOf(op)}`).toBeTruthy();
      // What its owner reads of it (a key's last use moves with every request of that key).
      const read = async () => {
        const res = await call(keys.plumbing, 'GET', `${listPathOf(op)}/${foreign!.id}`);
        expect(res.status).toBe(200);
        const { last_used_at: _, ...rest } = res.body;
        return rest;
      };
      const before = await read();
      const send = (id: string) =>
        call(keys.law, op.method, withId(op, id), bodyOf(op), {
          'idempotency-key': `${op.operationId}-${id}`,
        });
      const res = await send(foreign!.id);
      notFound(param)(res);
      // The same answer as for an id that names nothing: nothing tells another business's record apart.
      const absent = `${idPrefix(op, param)}_doesNotExist00`;
      const none = await send(absent);
      expect(res.body.error.message).toBe(none.body.error.message.replace(absent, foreign!.id));
      expect(await read()).toEqual(before);
      // Not vacuous: the same operation reaches the key's own record.
      if (op.method === 'GET') expect((await call(keys.law, 'GET', withId(op, own!.id))).status).toBe(200);
    },
  );

  it.each(Object.keys(CREATES).map((id) => [id, operations.find((op) => op.operationId === id)!] as const))(
    '%s cannot reach into the other business',
    async (id, op) => {
      const foreign = {
        business: plumbingId,
        agent: (await listAll(keys.plumbing, '/v1/agents'))[0]!.id,
        lead: (await listAll(keys.plumbing, '/v1/leads'))[0]!.id,
        webhook: (await listAll(keys.plumbing, '/v1/webhooks'))[0]!.id,
        event: (await listAll(keys.plumbing, '/v1/events'))[0]!.id,
      };
      const { path, body, want } = CREATES[id]!(foreign);
      const headers = op.idempotency === 'required' ? { 'idempotency-key': `x-${id}` } : undefined;
      want(await call(keys.law, op.method, path ?? op.path, body, headers));
    },
  );

  it('a create that names another business’s lead is refused even with its own agent', async () => {
    const agent = (await listAll(keys.law, '/v1/agents'))[0]!;
    const lead = (await listAll(keys.plumbing, '/v1/leads'))[0]!;
    const res = await call(keys.law, 'POST', '/v1/calls', {
      agent_id: agent.id,
      to: '+15005550105',
      lead_id: lead.id,
    });
    notFound('lead_id')(res);
  });

  it('analytics count the key’s own business only', async () => {
    const range = '/v1/analytics?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z';
    const [law, plumbing, all] = await Promise.all(
      [keys.law, keys.plumbing, server.testKey].map((key) => call(key, 'GET', range)),
    );
    expect(law!.body.totals.calls).toBeGreaterThan(0);
    expect(plumbing!.body.totals.calls).toBeGreaterThan(0);
    expect(law!.body.totals.calls + plumbing!.body.totals.calls).toBe(all!.body.totals.calls);
  });

  it('a subscription made by a bound key receives only its business’s events', async () => {
    const hooks = await listAll(server.testKey, '/v1/webhooks');
    const plumbingHook = hooks.find((h) => h.business_id === plumbingId)!;
    const deliveries = await listAll(server.testKey, `/v1/event-deliveries?webhook_id=${plumbingHook.id}`);
    expect(deliveries.length).toBeGreaterThan(0);
    const lawEvents = new Set((await listAll(keys.law, '/v1/events')).map((e) => e.id));
    expect(deliveries.filter((d) => lawEvents.has(d.event_id))).toEqual([]);
  });
});

describe('a key bound to a business follows only that business’s live events (over HTTP)', () => {
  it('GET /v1/events/stream with the law key carries law’s new events and none of plumbing’s', async () => {
    const open = (key: string) =>
      fetch(`${server.baseUrl}/v1/events/stream`, { headers: { authorization: `Bearer ${key}` } });
    const agentOf = async (business: Business) =>
      (await listAll(keys[business], '/v1/agents')).find((a) => a.is_active)!.id as string;
    const [lawStream, adminStream] = await Promise.all([open(keys.law), open(server.testKey)]);
    expect(lawStream.status).toBe(200);
    // Plumbing's call first: had its events leaked, they would reach the law stream before law's own.
    const place = async (business: Business) => {
      const res = await call(keys[business], 'POST', '/v1/calls', {
        agent_id: await agentOf(business),
        to: '+15005550102',
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const plumbingCall = await place('plumbing');
    const lawCall = await place('law');
    const mentions = (m: Message, id: string) => JSON.stringify(m.data).includes(id);
    const [law, all] = await Promise.all([
      readEvents(lawStream, (got) => got.some((m) => mentions(m, lawCall))),
      readEvents(adminStream, (got) => got.some((m) => mentions(m, lawCall))),
    ]);
    // The account-wide stream saw plumbing's event go by (the check below is not vacuous).
    expect(all.messages.some((m) => mentions(m, plumbingCall))).toBe(true);
    expect(law.messages.some((m) => mentions(m, lawCall))).toBe(true);
    const plumbingEvents = new Set((await listAll(keys.plumbing, '/v1/events')).map((e) => e.id));
    expect(law.messages.filter((m) => mentions(m, plumbingCall) || plumbingEvents.has(m.id))).toEqual([]);
  });
});
