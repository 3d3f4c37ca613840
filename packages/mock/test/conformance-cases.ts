// The answers the per-operation conformance suite (./conformance.ts) cannot reach by its generic requests:
// 402 (a plan rule), 422 (a plan limit), 403 `ip_restricted`, 409 `conflict` and `idempotency_in_progress`,
// an idempotent replay (`Idempotency-Replayed`), `X-Poll-Interval-Ms` on a live call, and over HTTP the
// routing answers (405 with `Allow`, 404 for an unknown path) and a configured CORS origin (`Vary: Origin`).
// Every answer goes through the same check (./conformance-check.ts); which operations declare a header or a
// status is read from the spec.

import { type Operation, type OperationId, operations } from '@kaicalls/contract/operations';
import { describe, expect, it } from 'vitest';
import type { inProcess, overHttp } from './conformance.js';
import { checkAnswer } from './conformance-check.js';
import { declaredHeaders, declaredStatuses, specPaths } from './spec-responses.js';

const op = (id: OperationId): Operation => operations.find((o) => o.operationId === id)!;
/** Fills a path template from the operation's parameters. */
const fill = (operation: Operation, ids: Record<string, string>) =>
  operation.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);

export function describeStatusCases(name: string, transport: typeof inProcess | typeof overHttp) {
  describe(`status and header conformance, ${name}`, async () => {
    const { api, mock, http, cors } = await transport();
    let n = 0;

    /** Sends `operation`'s request and checks the answer; `status` and `code` are what it must be. */
    async function expectAnswer(
      operation: Operation,
      ids: Record<string, string>,
      init: Parameters<typeof api>[2],
      status: number,
      code?: string,
    ) {
      const res = await api(operation.method, fill(operation, ids), init);
      checkAnswer(operation, res, `${status}${code ? ` ${code}` : ''}`, { cors });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (code) expect(res.body.error.code).toBe(code);
      return res;
    }

    /** A key for `scopes`, made through the API (so its options are the wire's). */
    async function key(body: Record<string, unknown>): Promise<string> {
      const made = await api('POST', '/v1/keys', { body, headers: { 'idempotency-key': `key-${n++}` } });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      return made.body.key;
    }

    const businesses = () => [...mock.state.businesses.values()];
    const agent = () => [...mock.state.agents.values()].find((a) => a.is_active)!;

    it('402 upgrade_required: an analytics range over 90 days for a Starter business', async () => {
      const starter = businesses().find((b) => b.plan === 'starter');
      expect(starter, 'a Starter business in the fixtures').toBeDefined();
      const bound = await key({ scopes: ['analytics:read'], business_id: starter!.id });
      const to = new Date(mock.clock.now()).toISOString();
      const from = new Date(mock.clock.now() - 120 * 86_400_000).toISOString();
      expect(declaredStatuses(op('getAnalytics'))).toContain(402);
      const res = await api('GET', `/v1/analytics?from=${from}&to=${to}`, { key: bound });
      checkAnswer(op('getAnalytics'), res, '402 range', { cors });
      expect(res.status, JSON.stringify(res.body)).toBe(402);
      expect(res.body.error).toMatchObject({ code: 'upgrade_required', param: 'from' });
    });

    it('422 limit_reached: more agents than the plan allows, and more webhook subscriptions', async () => {
      const business = businesses()[0]!;
      for (const [operationId, body] of [
        ['createAgent', { name: 'Limit', business_id: business.id }],
        ['createWebhook', { url: 'https://example.com/limit' }],
      ] as const) {
        const operation = op(operationId);
        let res = await api(operation.method, operation.path, { body });
        for (let i = 0; i < 50 && res.status === 201; i++)
          res = await api(operation.method, operation.path, { body });
        checkAnswer(operation, res, '422', { cors });
        expect(res.status, JSON.stringify(res.body)).toBe(422);
        expect(res.body.error.code).toBe('limit_reached');
      }
    });

    it('403 ip_restricted: a key with an IP allowlist used from another address', async () => {
      const restricted = await key({ scopes: ['calls:read'], ip_allowlist: ['203.0.113.0/24'] });
      const res = await expectAnswer(op('listCalls'), {}, { key: restricted }, 403, 'ip_restricted');
      // It names the caller's address, never the key's allowlist (a stolen key learns nothing from it).
      expect(res.body.error.message).toMatch(/came from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
      expect(res.body.error.message).not.toContain('203.0.113');
    });

    it('409 conflict: canceling a call that was answered', async () => {
      const answered = [...mock.state.calls.values()].find((c) => c.answered_at !== null)!;
      expect(answered, 'an answered call in the fixtures').toBeDefined();
      await expectAnswer(op('cancelCall'), { call_id: answered.id }, {}, 409, 'conflict');
    });

    // Over HTTP each request arrives in its own turn of the event loop and every idempotent resolver finishes
    // within its turn, so no second request can overlap the first: the answer is reachable in-process only.
    it.runIf(!http)(
      '409 idempotency_in_progress: the same key again while the first request runs',
      async () => {
        const operation = op('createAppointment');
        const body = {
          title: 'In progress',
          start_time: new Date(mock.clock.now() + 86_400_000).toISOString(),
          end_time: new Date(mock.clock.now() + 86_400_000 + 1_800_000).toISOString(),
        };
        // Concurrent requests with one key: one runs, each other one replays it or is told it is in progress.
        // Whether one overlaps the first depends on scheduling, so rounds go on until one does.
        let seen: Awaited<ReturnType<typeof api>> | undefined;
        for (let round = 0; round < 30 && !seen; round++) {
          const headers = { 'idempotency-key': `in-progress-${round}` };
          const answers = await Promise.all(
            Array.from({ length: 8 }, () => api(operation.method, operation.path, { body, headers })),
          );
          for (const res of answers) {
            checkAnswer(operation, res, 'concurrent', { cors });
            expect([201, 409], JSON.stringify(res.body)).toContain(res.status);
          }
          seen = answers.find((a) => a.body.error?.code === 'idempotency_in_progress');
        }
        expect(seen, 'a request overlapped the first one with its key').toBeDefined();
        expect(seen!.body.error.param).toBe('Idempotency-Key');
      },
    );

    it('a replay carries Idempotency-Replayed: true on every operation that declares it', async () => {
      const replayable = operations.filter((o) =>
        declaredHeaders(o, o.successStatus).has('idempotency-replayed'),
      );
      expect(replayable.map((o) => o.operationId)).toContain('createCall');
      const bodies: Partial<Record<OperationId, unknown>> = {
        createAgent: { name: 'Replayed' },
        createCall: { agent_id: agent().id, to: '+15005550105' },
        createAppointment: {
          title: 'Replayed',
          start_time: new Date(mock.clock.now() + 2 * 86_400_000).toISOString(),
          end_time: new Date(mock.clock.now() + 2 * 86_400_000 + 1_800_000).toISOString(),
        },
        createKey: { scopes: ['calls:read'] },
        createRun: { name: 'Replayed', agent_id: agent().id, contacts: [{ to: '+15005550105' }] },
        createWebhook: { url: 'https://example.com/replayed' },
      };
      // The 422 case may have filled the plan; make room for one more of each.
      for (const operation of replayable) {
        expect(bodies[operation.operationId], `a body for ${operation.operationId}`).toBeDefined();
        if (operation.operationId === 'createAgent')
          for (const a of [...mock.state.agents.values()].filter((a) => a.name === 'Limit'))
            await api('DELETE', `/v1/agents/${a.id}`);
        if (operation.operationId === 'createWebhook')
          for (const w of [...mock.state.webhooks.values()].filter((w) => w.record.url.endsWith('/limit')))
            await api('DELETE', `/v1/webhooks/${w.record.id}`);
        const init = { body: bodies[operation.operationId], headers: { 'idempotency-key': `replay-${n++}` } };
        const first = await expectAnswer(operation, {}, init, operation.successStatus);
        expect(first.headers.get('idempotency-replayed')).toBeNull();
        const again = await expectAnswer(operation, {}, init, operation.successStatus);
        expect(again.headers.get('idempotency-replayed'), operation.operationId).toBe('true');
        expect(again.body.id).toBe(first.body.id);
      }
    });

    it('X-Poll-Interval-Ms on a live call, on every operation that declares it; none once it ended', async () => {
      const polled = operations.filter((o) => declaredHeaders(o, o.successStatus).has('x-poll-interval-ms'));
      expect(polled.map((o) => o.operationId)).toEqual(expect.arrayContaining(['getCall']));
      const live = await api('POST', '/v1/calls', { body: { agent_id: agent().id, to: '+15005550105' } });
      expect(live.status).toBe(201);
      const ended = [...mock.state.calls.values()].find((c) => c.status === 'completed')!;
      for (const operation of polled) {
        const res = await expectAnswer(operation, { call_id: live.body.id }, {}, operation.successStatus);
        expect(Number(res.headers.get('x-poll-interval-ms')), operation.operationId).toBeGreaterThan(0);
        const done = await expectAnswer(operation, { call_id: ended.id }, {}, operation.successStatus);
        expect(done.headers.get('x-poll-interval-ms'), operation.operationId).toBeNull();
      }
    });

    it.runIf(http)('405 with Allow on every path, for a method the spec does not define there', async () => {
      const sample = (template: string) => template.replace(/\{(\w+)\}/g, 'x_Sample0000');
      const paths = specPaths();
      const matches = (template: string, path: string) =>
        new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(path);
      for (const { path } of paths) {
        // A method no template that matches the path defines (GET /v1/communication-runs/validate is getRun's).
        const wrong = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'].find(
          (m) => !paths.some((p) => p.methods.includes(m) && matches(p.path, sample(path))),
        )!;
        const res = await api(wrong, sample(path), wrong === 'GET' ? {} : { body: {} });
        checkAnswer(null, res, `${wrong} ${path}`, { cors });
        expect(res.status, `${wrong} ${path}`).toBe(405);
        expect(res.body.error).toMatchObject({ code: 'invalid_request', param: 'method' });
        const allow = res.headers.get('allow')?.split(', ');
        const defined = [
          ...new Set(paths.filter((p) => matches(p.path, sample(path))).flatMap((p) => p.methods)),
        ];
        const expected = [...defined, ...(defined.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
        expect(allow?.sort(), `${wrong} ${path}`).toEqual(expected.sort());
      }
    });

    it.runIf(http)('404 not_found for a path no operation has', async () => {
      for (const path of ['/v1/nothing-here', '/v2/calls', '/v1/calls/call_Sample0000/nothing']) {
        const res = await api('GET', path);
        checkAnswer(null, res, path, { cors });
        expect(res.status, path).toBe(404);
        expect(res.body.error.code).toBe('not_found');
        expect(res.body.error.message).toContain('/v1/');
      }
    });
  });
}
