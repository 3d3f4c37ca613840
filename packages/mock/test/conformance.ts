// Every operation, driven through its happy path and its error responses; every answer must be a status
// the spec declares for the operation, with a body that validates against the spec's schema for it, and
// the standard headers. Run twice (conformance.test.ts, conformance-http.test.ts): in-process through msw,
// and over real HTTP against the built server, where HEAD, CORS (preflights and exposed headers) and
// oversized bodies are checked for every operation too.

import { pathToFileURL } from 'node:url';
import { type Operation, operations } from '@kaicalls/contract/operations';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import type * as ServerModule from '../src/server.js';
import { type Answer, checkAnswer } from './conformance-check.js';
import { type ApiInit, request, serve } from './setup.js';
import { example, idPrefix, streamOf } from './spec-responses.js';
import type { Message } from './sse.js';
export const ORIGIN = 'http://localhost:5173';

/** The built server over real HTTP; `corsOrigin` as `--cors-origin` gives it (`*` by default). */
export async function overHttp({ corsOrigin }: { corsOrigin?: string } = {}) {
  ensureBuilt('packages/mock');
  const built: typeof ServerModule = await import(
    pathToFileURL(new URL('../dist/server.js', import.meta.url).pathname).href
  );
  // Pinned inside a US business day, so runs dispatch at once, as in-process.
  const server = await built.startMockServer({
    rateLimit: false,
    seed: 1,
    startTime: '2026-02-16T15:00:00Z',
    ...(corsOrigin ? { corsOrigin } : {}),
  });
  afterAll(() => server.close());
  const api = (method: string, path: string, init: ApiInit = {}) =>
    request(server.baseUrl, method, path, {
      key: server.testKey,
      ...init,
      headers: { origin: ORIGIN, ...init.headers },
    });
  // Port 9 (discard) refuses at once: deliveries exist, and fail, without leaving the machine.
  const hooks = 'http://127.0.0.1:9/hooks';
  return { api, mock: server.mock, base: server.baseUrl, hooks, http: true, cors: corsOrigin ?? '*' };
}

export async function inProcess() {
  const { api, mock } = await serve({ rateLimit: false });
  const base = mock.context.options.baseUrl;
  return { api, mock, base, hooks: 'https://example.com/hooks', http: false, cors: undefined };
}

/** The conformance suite of every operation, against the mock `transport` gives. */
export function describeConformance(name: string, transport: typeof inProcess | typeof overHttp) {
  describe(`response conformance, ${name}`, async () => {
    const { api, mock, base, hooks, http, cors } = await transport();
    let n = 0;

    const check = (operation: Operation, res: Answer, label: string, { head = false } = {}) =>
      checkAnswer(operation, res, label, { head, cors });

    /** Records a happy path can act on: an active agent, an open appointment, an enabled subscription. */
    const usable: Record<string, (value: any) => boolean> = {
      agt: (a) => a.is_active,
      apt: (a) => a.status === 'scheduled',
      whk: (w) => w.record.enabled,
      key: (k) => k.record.name !== 'Mock test key' && k.record.revoked_at === null,
    };

    /** An id of an existing record with this prefix. */
    function existing(prefix: string): string {
      for (const collection of Object.values(mock.state)) {
        if (!(collection instanceof Map)) continue;
        for (const [id, value] of collection)
          if (id.startsWith(`${prefix}_`) && (usable[prefix]?.(value) ?? true)) return id;
      }
      throw new Error(`no ${prefix}_ record to use`);
    }

    /** Example bodies whose effect would spoil later happy paths. */
    const overrides: Record<string, unknown> = {
      updateAgent: { name: 'Kai (evenings)' },
      updateWebhook: { description: 'Renamed' },
    };

    /** The spec's example body, its ids pointed at records that exist. */
    function body(operation: Operation): any {
      if (!operation.body) return undefined;
      const point = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(point);
        if (value && typeof value === 'object')
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, point(v)]));
        const prefix =
          typeof value === 'string' ? /^([a-z]+)_[A-Za-z0-9]{6,40}$/.exec(value)?.[1] : undefined;
        return prefix ? existing(prefix) : value;
      };
      return point(overrides[operation.operationId] ?? example(operation.body.schema));
    }

    /** The same body with one free-text field changed (for an idempotency conflict). */
    function changed(value: any): any {
      const field = ['name', 'title', 'description', 'context', 'notes'].find(
        (f) => typeof value[f] === 'string',
      );
      return { ...value, [field ?? 'name']: `${value[field!] ?? ''} (changed)` };
    }

    const path = (operation: Operation, id: (name: string) => string) =>
      operation.path.replace(/\{(\w+)\}/g, (_, name: string) => id(name));
    const headersFor = (operation: Operation): Record<string, string> =>
      operation.idempotency === 'none' ? {} : { 'idempotency-key': `conformance-${n++}` };

    // Activity first, so that every collection has records: a call that books an appointment (events,
    // evidence, deliveries), a subscription, a run.
    const agent = existing('agt');
    await api('POST', '/v1/webhooks', { body: { url: hooks } });
    await api('POST', '/v1/calls', { body: { agent_id: agent, to: '+15005550100' } });
    if (http) await mock.clock.advance(600_000);
    else await mock.clock.runUntilIdle();

    // Destructive operations run last, so the others still find their records.
    const destructive = (o: Operation) => o.method === 'DELETE' || /^(cancel|revoke)/.test(o.operationId);
    const ordered = [...operations.filter((o) => !destructive(o)), ...operations.filter(destructive)];

    /** Fresh state where an operation needs it: a call still ringing, a run still going. */
    /** A running communication run whose calls ring long enough to pause, resume or cancel it. */
    function createRun() {
      return api('POST', '/v1/communication-runs', {
        headers: { 'idempotency-key': `prepare-${n++}` },
        body: {
          name: 'Conformance',
          agent_id: existing('agt'),
          contacts: [{ to: '+15005550105' }, { to: '+15005550101' }],
        },
      });
    }

    async function prepare(operation: Operation): Promise<Record<string, string>> {
      if (operation.operationId === 'cancelCall') {
        const call = await api('POST', '/v1/calls', {
          body: { agent_id: existing('agt'), to: '+15005550105' },
        });
        expect(call.status).toBe(201);
        return { call_id: call.body.id };
      }
      if (['pauseRun', 'cancelRun'].includes(operation.operationId)) {
        const run = await createRun();
        return { run_id: run.body.id };
      }
      if (operation.operationId === 'resumeRun') {
        const run = await createRun();
        await api('POST', `/v1/communication-runs/${run.body.id}/pause`);
        return { run_id: run.body.id };
      }
      return {};
    }

    it.each(ordered.map((o) => [o.operationId, o] as const))('%s', async (_, operation) => {
      const prepared = await prepare(operation);
      const real = path(operation, (name) => prepared[name] ?? existing(idPrefix(operation, name)));
      const query = operation.paginated ? '?limit=2' : '';
      // A stream that never ends is read until it is live.
      const endless = streamOf(operation)?.ends === false;
      const happy = await api(operation.method, real + query, {
        body: body(operation),
        headers: headersFor(operation),
        ...(endless ? { until: (messages: Message[]) => messages.some((m) => m.event === 'ready') } : {}),
      });
      check(operation, happy, 'happy path');
      expect(happy.status, JSON.stringify(happy.body)).toBe(operation.successStatus);

      check(operation, await api(operation.method, real, { key: '', body: body(operation) }), 'no key');

      const { key: narrow } = await mock.createKey({
        scopes: [
          (operation.scopes as readonly string[]).includes('account:read') ? 'calls:read' : 'account:read',
        ],
      });
      const denied = await api(operation.method, real, { key: narrow, body: body(operation) });
      check(operation, denied, 'missing scope');
      expect(denied.status).toBe(403);

      if (operation.pathParams.length > 0) {
        const malformed = await api(
          operation.method,
          path(operation, () => 'not-an-id'),
          { body: body(operation) },
        );
        check(operation, malformed, 'malformed id');
        expect(malformed.status).toBe(400);
        const missing = await api(
          operation.method,
          path(operation, (name) => `${idPrefix(operation, name)}_Missing0000`),
          { body: body(operation), headers: headersFor(operation) },
        );
        check(operation, missing, 'unknown id');
        expect(missing.status).toBe(404);
      }
      if (operation.paginated) {
        const bad = await api(operation.method, `${real}?limit=0`);
        check(operation, bad, 'bad limit');
        expect(bad.status).toBe(400);
      }
      if (operation.body) {
        const bad = await api(operation.method, real, {
          body: { unknown_field: true },
          headers: headersFor(operation),
        });
        check(operation, bad, 'bad body');
        expect(bad.status).toBe(400);
      }
      if (operation.idempotency !== 'none') {
        const headers = { 'idempotency-key': `conflict-${n++}` };
        await api(operation.method, real, { body: body(operation), headers });
        const conflict = await api(operation.method, real, { body: changed(body(operation)), headers });
        check(operation, conflict, 'idempotency conflict');
        expect(conflict.status).toBe(409);
        expect(conflict.body.error.code).toBe('idempotency_conflict');
      }
      for (const scenario of ['429', '500', '503', '408', '409-lock']) {
        const forced = await api(operation.method, real, { headers: { 'x-mock-scenario': scenario } });
        check(operation, forced, `scenario ${scenario}`);
        expect(forced.status).toBe(Number.parseInt(scenario, 10));
      }
      const unknownQuery = await api(operation.method, `${real}?unknown_param=1`, {
        body: body(operation),
        headers: headersFor(operation),
      });
      check(operation, unknownQuery, 'unknown query parameter');
      expect(unknownQuery.status).toBe(400);
      if (!http) return;

      if (operation.method === 'GET') {
        const head = await fetch(`${base}${real}${query}`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${mock.testKey}`, origin: ORIGIN },
        });
        const answer = { status: head.status, headers: head.headers, body: await head.text() };
        expect(answer.body).toBe('');
        check(operation, answer, 'HEAD', { head: true });
        expect(head.status).toBe(operation.successStatus);
      }
      const preflight = await fetch(`${base}${real}`, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': operation.method,
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')?.split(', ')).toContain(operation.method);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
      if (operation.body) {
        const huge = await api(operation.method, real, { body: { name: 'x'.repeat(1_100_000) } });
        check(operation, huge, 'oversized body');
        expect(huge.status).toBe(400);
      }
    });
  });
}
