// Property-based robustness: generated bad requests at every operation always get a 4xx with the error
// envelope — never a 5xx, never a crash. Requests go straight through each route's pipeline (what its msw
// handler runs), so thousands of cases stay fast.

import { type Operation, operations } from '@kaicalls/contract/operations';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SCENARIOS } from '../src/http/chaos.js';
import type { Reply } from '../src/http/pipeline.js';
import { MAX_BODY_BYTES } from '../src/http/validation.js';
import { createMock, type Mock } from '../src/index.js';
import { example } from './spec-responses.js';

const CODES = new Set([
  'invalid_request',
  'unauthorized',
  'upgrade_required',
  'forbidden',
  'not_found',
  'conflict',
  'idempotency_conflict',
  'limit_reached',
  'rate_limited',
]);
const BASE = 'https://kaicalls.com/api';
const RUNS = 150;

let mock: Mock;
const errors = vi.spyOn(console, 'error');
beforeAll(async () => {
  mock = createMock({ rateLimit: false });
  await mock.ready;
});
afterAll(() => errors.mockRestore());

interface Bad {
  operation: Operation;
  path?: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

async function send({ operation, path, query = '', headers = {}, body }: Bad): Promise<Reply> {
  const route = mock.routes.find((r) => r.operation === operation)!;
  const params: Record<string, string> = {};
  const real = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    params[name] = path ?? `${name.split('_')[0]}_Missing0000`;
    return encodeURIComponent(params[name]);
  });
  const hasBody = body !== undefined && operation.method !== 'GET';
  const request = new Request(`${BASE}${real}${query}`, {
    method: operation.method,
    headers: {
      authorization: `Bearer ${mock.testKey}`,
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(hasBody ? { body: body as BodyInit } : {}),
  });
  return route.respond(request, params);
}

function expectClientError(reply: Reply, label: string) {
  const where = `${label} → ${reply.status} ${reply.body.slice(0, 300)}`;
  expect(reply.status, where).toBeGreaterThanOrEqual(400);
  expect(reply.status, where).toBeLessThan(500);
  const body = JSON.parse(reply.body);
  expect(CODES.has(body.error?.code), where).toBe(true);
  expect(typeof body.error.message, where).toBe('string');
  expect(body.error.request_id, where).toBe(reply.headers['x-request-id']);
  expect(errors, where).not.toHaveBeenCalled();
}

const anyOperation = fc.constantFrom(...operations);
const withBody = fc.constantFrom(...operations.filter((o) => o.body));
const withId = fc.constantFrom(...operations.filter((o) => o.pathParams.length > 0));
const lists = fc.constantFrom(...operations.filter((o) => o.paginated));
const text = fc.string({ unit: 'binary', maxLength: 200 });

describe('fuzz: bad requests get a 4xx with the error envelope', () => {
  it('invalid JSON bodies', async () => {
    const notJson = text.filter((t) => {
      try {
        JSON.parse(t);
        return false;
      } catch {
        return t.trim() !== '';
      }
    });
    await fc.assert(
      fc.asyncProperty(withBody, notJson, async (operation, body) => {
        expectClientError(
          await send({ operation, body }),
          `${operation.operationId} body ${JSON.stringify(body)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('bodies of the wrong type, and objects with wrong field types', async () => {
    await fc.assert(
      fc.asyncProperty(withBody, fc.jsonValue(), fc.boolean(), async (operation, value, mutate) => {
        // Either any JSON at all, or the spec's own example with one field replaced by a random value.
        const good = example(operation.body!.schema) ?? {};
        const field = Object.keys(good)[0];
        const body = mutate && field ? { ...good, [field]: value } : value;
        const reply = await send({
          operation,
          body: JSON.stringify(body),
          headers: { 'idempotency-key': crypto.randomUUID() },
        });
        if (reply.status < 400) return; // a random value that happens to be valid
        expectClientError(reply, `${operation.operationId} body ${JSON.stringify(body).slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('unknown fields', async () => {
    const unknownName = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((n) => !/^[a-z_]+$/.test(n) || n.startsWith('zz'));
    await fc.assert(
      fc.asyncProperty(withBody, unknownName, fc.jsonValue(), async (operation, name, value) => {
        const body = { ...(example(operation.body!.schema) ?? {}), [name]: value };
        const reply = await send({
          operation,
          body: JSON.stringify(body),
          headers: { 'idempotency-key': crypto.randomUUID() },
        });
        expectClientError(reply, `${operation.operationId} unknown field ${JSON.stringify(name)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('bad ids in the path', async () => {
    await fc.assert(
      fc.asyncProperty(
        withId,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        async (operation, id) => {
          expectClientError(
            await send({ operation, path: id, body: '{}' }),
            `${operation.operationId} id ${JSON.stringify(id)}`,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('bad cursors, limits and unknown query parameters', async () => {
    const query = fc.oneof(
      text.map((c) => `?cursor=${encodeURIComponent(c)}`),
      fc
        .oneof(fc.integer(), fc.double(), fc.string())
        .map((l) => `?limit=${encodeURIComponent(String(l))}`)
        .filter((q) => !/^\?limit=(100|[1-9][0-9]?)$/.test(q)),
      fc.string({ minLength: 1 }).map((name) => `?zz${encodeURIComponent(name)}=1`),
      fc.constant('?limit=5&limit=6'),
      fc.constant('?cursor=%E0%A4%A'),
    );
    await fc.assert(
      fc.asyncProperty(lists, query, async (operation, q) => {
        const reply = await send({ operation, query: q });
        if (q.startsWith('?cursor=') && reply.status === 200) return; // a string that decodes as a cursor
        expectClientError(reply, `${operation.operationId}${q}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('bad headers: keys, content types, idempotency keys, scenarios', async () => {
    const header = fc.oneof(
      fc.string({ maxLength: 80 }).map((v) => ({ authorization: v.replace(/[\r\n\0]/g, '') })),
      fc
        .string({ minLength: 1, maxLength: 40 })
        .map((v) => ({ authorization: `Bearer kc_test_${v.replace(/[^ -~]/g, 'x')}` })),
      fc
        .constantFrom('text/plain', 'application/xml', 'multipart/form-data', '')
        .map((v) => ({ 'content-type': v })),
      fc
        .string({ minLength: 256, maxLength: 400 })
        .map((v) => ({ 'idempotency-key': v.replace(/[^ -~]/g, 'x') })),
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((v) => !(SCENARIOS as readonly string[]).includes(v))
        .map((v) => ({ 'x-mock-scenario': v.replace(/[^ -~]/g, 'x') })),
    );
    await fc.assert(
      fc.asyncProperty(anyOperation, header, async (operation, headers) => {
        const body = operation.body ? JSON.stringify(example(operation.body.schema)) : undefined;
        const reply = await send({ operation, headers, ...(body ? { body } : {}) });
        if (reply.status < 400) return; // e.g. a content type on a request without a body
        expectClientError(reply, `${operation.operationId} ${JSON.stringify(headers)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('huge bodies, and bodies that are not UTF-8', async () => {
    for (const operation of operations.filter((o) => o.body)) {
      const huge = `{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
      expectClientError(await send({ operation, body: huge }), `${operation.operationId} huge body`);
      const binary = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      expectClientError(await send({ operation, body: binary }), `${operation.operationId} binary body`);
    }
  });
});

describe('fuzz: wrong methods and paths over real HTTP', () => {
  it('answers 404 or 405 (or the operation’s own 4xx) with the envelope, never a 5xx', async () => {
    const { startMockServer } = await import('../src/server.js');
    const server = await startMockServer({ rateLimit: false });
    try {
      const segment = fc.oneof(
        fc.constantFrom('v1', 'calls', 'agents', '_mock', 'events', 'backfill', '..', '%', '%E0%A4%A', ''),
        fc.string({ maxLength: 12 }).map(encodeURIComponent),
      );
      const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}`);
      const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
      await fc.assert(
        fc.asyncProperty(method, path, async (m, p) => {
          const res = await fetch(`${server.url}${p}`, {
            method: m,
            headers: { authorization: `Bearer ${server.testKey}` },
          });
          const text = await res.text();
          const where = `${m} ${p} → ${res.status} ${text.slice(0, 200)}`;
          expect(res.status, where).toBeLessThan(500);
          if (res.status >= 400 && m !== 'HEAD')
            expect(JSON.parse(text).error.code, where).toBeTypeOf('string');
        }),
        { numRuns: 200 },
      );
    } finally {
      await server.close();
    }
  });
});
