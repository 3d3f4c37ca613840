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
import { declaredStatuses, example, idFields, idPrefix, responseValidator } from './spec-responses.js';

const BASE = 'https://kaicalls.com/api';
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

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

/**
 * Whatever the mock answers, success or error, is a status the spec declares for the operation, with a body
 * valid against the spec's schema for that status (the error envelope, its code from the spec's enum).
 */
function expectDeclared(operation: Operation, reply: Reply, where: string) {
  const declared = declaredStatuses(operation);
  expect(declared, `${where}: status ${reply.status} is not declared in the spec`).toContain(reply.status);
  if (reply.stream) return; // a stream's events are checked by the conformance suite
  const validate = responseValidator(operation, reply.status)!;
  const valid = validate(JSON.parse(reply.body));
  expect(valid, `${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

/** A success is fine when the input happens to be valid; it must still be declared and valid. */
function expectDeclaredOrClientError(operation: Operation, reply: Reply, label: string) {
  if (reply.status < 400) expectDeclared(operation, reply, `${label} → ${reply.status}`);
  else expectClientError(operation, reply, label);
}

function expectClientError(operation: Operation, reply: Reply, label: string) {
  const where = `${label} → ${reply.status} ${reply.body.slice(0, 300)}`;
  expect(reply.status, where).toBeGreaterThanOrEqual(400);
  expect(reply.status, where).toBeLessThan(500);
  expectDeclared(operation, reply, where);
  const body = JSON.parse(reply.body);
  expect(body.error.request_id, where).toBe(reply.headers['x-request-id']);
  expect(errors, where).not.toHaveBeenCalled();
}

/** An existing record for the operation's path parameter, so that only the fuzzed field is wrong. */
function pathOf(operation: Operation): string {
  const prefix = idPrefix(operation, operation.pathParams[0]!);
  for (const collection of Object.values(mock.state)) {
    if (!(collection instanceof Map)) continue;
    for (const id of collection.keys()) if (String(id).startsWith(`${prefix}_`)) return String(id);
  }
  throw new Error(`no ${prefix}_ record for ${operation.operationId}`);
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
          operation,
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
        // A random value that happens to be valid may succeed.
        expectDeclaredOrClientError(
          operation,
          reply,
          `${operation.operationId} body ${JSON.stringify(body).slice(0, 200)}`,
        );
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
        expectClientError(operation, reply, `${operation.operationId} unknown field ${JSON.stringify(name)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('well-formed ids of records that do not exist, in bodies and query filters', async () => {
    // Every id field of every operation (from the spec), each with a few random ids: none is left to chance.
    const fields = operations.flatMap((operation) =>
      idFields(operation).map((field) => ({ operation, field })),
    );
    expect(fields.length).toBeGreaterThan(20);
    for (const { operation, field } of fields) {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9]{6,40}$/), async (suffix) => {
          const id = `${field.prefix}_${suffix}`;
          const good = operation.body ? (example(operation.body.schema) ?? {}) : undefined;
          const body = field.in === 'body' ? { ...good, [field.name]: id } : good;
          const reply = await send({
            operation,
            ...(operation.pathParams.length ? { path: pathOf(operation) } : {}),
            ...(field.in === 'query' ? { query: `?${field.name}=${id}` } : {}),
            ...(body ? { body: JSON.stringify(body) } : {}),
            headers: { 'idempotency-key': crypto.randomUUID() },
          });
          // A filter on an unknown id may match nothing (200); whatever it answers is declared and valid.
          expectDeclaredOrClientError(operation, reply, `${operation.operationId} ${field.name}=${id}`);
        }),
        { numRuns: 5 },
      );
    }
  });

  it('bad ids in the path', async () => {
    await fc.assert(
      fc.asyncProperty(
        withId,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        async (operation, id) => {
          expectClientError(
            operation,
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
        if (q.startsWith('?cursor=') && reply.status === 200) return expectDeclared(operation, reply, q); // decodes as a cursor
        expectClientError(operation, reply, `${operation.operationId}${q}`);
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
        // A success is possible, e.g. a content type on a request without a body.
        expectDeclaredOrClientError(operation, reply, `${operation.operationId} ${JSON.stringify(headers)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('stream resume points and filters: a stream (never opened here) or a 4xx, never a 5xx', async () => {
    const streams = operations.filter(
      (o) => o.operationId === 'streamCallEvents' || o.operationId === 'streamEvents',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer().map(String),
      fc.constantFrom(
        '0',
        '999999999',
        '1000000000',
        '-1',
        'evt_Missing0000',
        'evt_',
        'call.completed,',
        ',',
      ),
    );
    const input = fc.record({
      header: fc.option(
        value.map((v) => v.replace(/[^ -~]/g, 'x')),
        { nil: undefined },
      ),
      query: fc.constantFrom('after_sequence', 'after', 'types'),
      queryValue: fc.option(value, { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...streams),
        input,
        async (operation, { header, query, queryValue }) => {
          const calls = [...mock.state.calls.keys()];
          const reply = await send({
            operation,
            ...(operation.pathParams.length ? { path: calls[0]! } : {}),
            query: queryValue === undefined ? '' : `?${query}=${encodeURIComponent(queryValue)}`,
            headers: header === undefined ? {} : { 'last-event-id': header },
          });
          const label = `${operation.operationId} ${query}=${queryValue} Last-Event-ID: ${header}`;
          if (reply.status === 200) expect(reply.stream, label).toBeDefined();
          else expectClientError(operation, reply, label);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('huge bodies, and bodies that are not UTF-8', async () => {
    for (const operation of operations.filter((o) => o.body)) {
      const huge = `{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
      expectClientError(
        operation,
        await send({ operation, body: huge }),
        `${operation.operationId} huge body`,
      );
      const binary = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      expectClientError(
        operation,
        await send({ operation, body: binary }),
        `${operation.operationId} binary body`,
      );
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
