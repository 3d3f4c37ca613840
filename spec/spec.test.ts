// Checks that every operation and event of spec/openapi.yaml follows the API's conventions, so a new
// operation or event is held to them automatically.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { createSpecAjv, schemaRef } from '../scripts/generate/ajv.mjs';
// @ts-expect-error: plain ESM helper without types
import { loadSpec, operations, resolve } from '../scripts/generate/spec.mjs';

const root = join(import.meta.dirname, '..');
const spec = await loadSpec(root);
const ops: Array<Record<string, any>> = operations(spec);
const ajv = createSpecAjv(spec);
const schemas: Record<string, any> = spec.components.schemas;
const scopes: string[] = schemas.Scope.enum;

function raw(op: Record<string, any>) {
  return spec.paths[op.path][op.method.toLowerCase()];
}
function errors(list: ErrorObject[] | null | undefined) {
  return (list ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

describe('operations', () => {
  it('covers every operation of the product (59)', () => {
    expect(ops.length).toBe(59);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });

  it.each(ops.map((o) => [o.operationId, o]))(
    '%s has a tag, an action, a summary, a description and a scope',
    (_, op) => {
      const tags = spec.tags.map((t: { name: string }) => t.name);
      expect(tags).toContain(op.tag);
      expect(op.action).toMatch(/^[a-z][A-Za-z]+$/);
      expect(raw(op).summary).toBeTruthy();
      expect(raw(op).description?.length).toBeGreaterThan(20);
      expect(op.scopes).toHaveLength(1);
      expect(scopes).toContain(op.scopes[0]);
    },
  );

  it.each(ops.map((o) => [o.operationId, o]))(
    '%s accepts the key as a Bearer token or as X-API-Key, with the same scope',
    (_, op) => {
      // Two requirements are alternatives (either header); one requirement with both would demand both.
      expect(raw(op).security).toEqual([{ bearerAuth: op.scopes }, { apiKeyAuth: op.scopes }]);
    },
  );

  it('declares X-API-Key as an apiKey scheme in a header beside bearerAuth', () => {
    expect(spec.components.securitySchemes.apiKeyAuth).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
    });
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(spec.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }]);
  });

  it.each(ops.map((o) => [o.operationId, o]))('%s answers its errors with the one envelope', (_, op) => {
    const responses = raw(op).responses;
    for (const status of ['401', '403', '429', '500']) expect(responses).toHaveProperty(status);
    if (op.pathParams.length > 0) expect(responses).toHaveProperty('404');
    for (const [status, response] of Object.entries<any>(responses)) {
      if (status.startsWith('2')) continue;
      expect(response.$ref, `${status} uses a shared error response`).toMatch(/^#\/components\/responses\//);
      expect(resolve(spec, response).content['application/json'].schema.$ref).toBe(
        '#/components/schemas/ErrorEnvelope',
      );
    }
    expect(responses['429'].$ref).toBe('#/components/responses/RateLimited');
  });

  it.each(ops.map((o) => [o.operationId, o]))(
    '%s documents the request id and rate-limit headers',
    (_, op) => {
      const ok = raw(op).responses[String(op.successStatus)];
      for (const header of [
        'X-Request-Id',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ]) {
        expect(ok.headers).toHaveProperty(header);
      }
    },
  );

  it('every list operation uses the shared cursor pagination, and only list operations do', () => {
    for (const op of ops) {
      const isList = op.action.startsWith('list');
      expect(op.paginated, op.operationId).toBe(isList);
      if (!isList) continue;
      const refs = raw(op).parameters.map((p: { $ref?: string }) => p.$ref);
      expect(refs, op.operationId).toEqual(
        expect.arrayContaining(['#/components/parameters/Limit', '#/components/parameters/Cursor']),
      );
    }
  });

  it('every create takes an Idempotency-Key, required to create a communication run', () => {
    for (const op of ops.filter((o) => o.action === 'create')) {
      expect(op.idempotency, op.operationId).not.toBe('none');
      const ok = raw(op).responses[String(op.successStatus)];
      expect(ok.headers).toHaveProperty('Idempotency-Replayed');
    }
    expect(ops.find((o) => o.operationId === 'createRun')?.idempotency).toBe('required');
  });

  it('every request body and success response is a named schema', () => {
    for (const op of ops) {
      if (op.body) expect(schemas, op.operationId).toHaveProperty(op.body.schema);
      expect(schemas, op.operationId).toHaveProperty(op.response);
    }
  });
});

describe('examples', () => {
  const named = Object.entries(schemas).flatMap(([name, schema]) =>
    (schema.examples ?? []).map((example: unknown, i: number) => [`${name} #${i}`, name, example] as const),
  );

  it('every request body and every response that is not a list page has an example', () => {
    const used = new Set(ops.flatMap((o) => [o.body?.schema, o.response]).filter(Boolean));
    // A union (Event) is exemplified by each of its branches.
    const missing = [...used].filter(
      (name) => !name.endsWith('List') && !schemas[name].oneOf && !schemas[name].examples,
    );
    expect(missing).toEqual([]);
  });

  it.each(named)('%s validates against its schema', (_, name, example) => {
    const validate = ajv.getSchema(schemaRef(name))!;
    expect(validate(example), errors(validate.errors)).toBe(true);
  });

  it('every media-type example of a response validates against its schema', () => {
    let checked = 0;
    for (const response of Object.values<any>(spec.components.responses)) {
      const media = response.content['application/json'];
      const validate = ajv.compile({
        $ref: `${schemaRef('x').replace(/schemas\/x$/, '')}${media.schema.$ref.split('#/components/')[1]}`,
      });
      expect(validate(media.example), errors(validate.errors)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('every parameter example validates against its schema', () => {
    for (const parameter of Object.values<any>(spec.components.parameters)) {
      for (const example of resolve(spec, parameter.schema).examples ?? []) {
        expect(ajv.validate(resolve(spec, parameter.schema), example), parameter.name).toBe(true);
      }
    }
  });
});

describe('webhooks', () => {
  const types: string[] = schemas.EventType.enum;
  const product = [
    'call.queued',
    'call.started',
    'call.answered',
    'call.completed',
    'call.failed',
    'call.missed',
    'voicemail.received',
    'transcript.ready',
    'analysis.complete',
    'appointment.booked',
    'emergency.detected',
    'sms.sent',
    'sms.delivered',
    'sms.failed',
    'run.started',
    'run.paused',
    'run.resumed',
    'run.completed',
    'run.canceled',
    'webhook.test',
  ];

  it('has every event type of the product, each under webhooks:', () => {
    expect(types).toEqual(expect.arrayContaining(product));
    expect(Object.keys(spec.webhooks).sort()).toEqual([...types].sort());
  });

  it.each(types)(
    '%s has a payload schema discriminated by type, a valid example and the signature headers',
    (type) => {
      const operation = spec.webhooks[type].post;
      const ref: string = operation.requestBody.content['application/json'].schema.$ref;
      const schema = resolve(spec, { $ref: ref });
      expect(schema.properties.type.const).toBe(type);
      expect(schemas.Event.discriminator.mapping[type]).toBe(ref);
      const headers = operation.parameters.map((p: any) => resolve(spec, p).name);
      expect(headers).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
      const validate = ajv.getSchema(schemaRef('Event'))!;
      expect(schema.examples).toHaveLength(1);
      expect(validate(schema.examples[0]), errors(validate.errors)).toBe(true);
    },
  );
});

describe('the voice loop contract', () => {
  it('documents every magic destination number', () => {
    for (const n of ['0001', '0100', '0101', '0102', '0103', '0104', '0105', '0106', '0107']) {
      expect(spec.info.description).toContain(`+1500555${n}`);
    }
  });
  it('describes every call status', () => {
    for (const status of schemas.CallStatus.enum)
      expect(schemas.CallStatus.description).toContain(`\`${status}\``);
  });
});

describe('machine-readable contract (vendor extensions agree with the prose docs render)', () => {
  const testNumbers: Record<string, string> = spec['x-test-numbers'];
  const intro: string = spec.info.description;
  const table = intro.slice(intro.indexOf('## Test numbers'));

  it('x-test-numbers maps valid E.164 numbers to distinct snake_case scenario names', () => {
    const numbers = Object.keys(testNumbers);
    expect(numbers.length).toBeGreaterThan(0);
    const e164 = ajv.getSchema(schemaRef('PhoneNumberE164'))!;
    for (const to of numbers) expect(e164(to), to).toBe(true);
    const names = Object.values(testNumbers);
    for (const name of names) expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('rejected');
  });

  it('x-test-numbers and the introduction table list the same numbers', () => {
    const rows = [...table.matchAll(/^\| `(\+\d+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(Object.keys(testNumbers));
    // The rejected number's row says it is rejected.
    const rejected = Object.keys(testNumbers).find((to) => testNumbers[to] === 'rejected');
    expect(table).toMatch(new RegExp(`\\| \`\\${rejected}\` \\| rejected at once`));
  });

  it("CallCreate.to's description names the range of test numbers", () => {
    const numbers = Object.keys(testNumbers).sort();
    const described: string = schemas.CallCreate.properties.to.description;
    expect(described).toContain(`\`${numbers[0]}\`…\`${numbers[numbers.length - 1]}\``);
  });

  const schedule: number[] = spec['x-webhook-retry-schedule-seconds'];
  const spoken = schedule.map((s) => (s < 60 ? `${s} s` : s < 3600 ? `${s / 60} min` : `${s / 3600} h`));

  it('x-webhook-retry-schedule-seconds is a rising list of whole seconds', () => {
    expect(schedule.length).toBeGreaterThan(0);
    for (const [i, seconds] of schedule.entries()) {
      expect(Number.isInteger(seconds) && seconds > 0).toBe(true);
      if (i > 0) expect(seconds).toBeGreaterThan(schedule[i - 1]!);
    }
  });

  it('every webhook and Delivery.next_attempt_at state the same retry schedule', () => {
    const list = `${spoken.slice(0, -1).join(', ')} and ${spoken.at(-1)}`;
    for (const [type, item] of Object.entries<any>(spec.webhooks))
      expect(item.post.description, type).toContain(`retried after ${list}.`);
    expect(schemas.Delivery.properties.next_attempt_at.description).toContain(
      `${spoken.slice(0, -1).join(', ')}, then ${spoken.at(-1)} after a failure`,
    );
  });

  const limits = ops
    .filter((op) => raw(op)['x-rate-limit'])
    .map((op) => [op.operationId, raw(op)['x-rate-limit']] as const);
  const fallback = spec['x-rate-limit'];

  it('x-rate-limit, at the root and on an operation, is whole requests per whole seconds', () => {
    for (const limit of [fallback, ...limits.map(([, l]) => l)]) {
      expect(Object.keys(limit).sort()).toEqual(['requests', 'window_seconds']);
      expect(Number.isInteger(limit.requests) && limit.requests > 0).toBe(true);
      expect(Number.isInteger(limit.window_seconds) && limit.window_seconds > 0).toBe(true);
    }
    expect(limits.map(([id]) => id)).toEqual(['createCall']);
  });

  it('the introduction and createCall state the same rate limits', () => {
    const createCall = limits.find(([id]) => id === 'createCall')![1];
    expect(fallback.window_seconds).toBe(60);
    expect(createCall.window_seconds).toBe(60);
    expect(intro).toContain(
      `${createCall.requests} requests a minute per key for creating calls, ${fallback.requests} a minute per key for everything`,
    );
    const create = raw(ops.find((op) => op.operationId === 'createCall')!);
    expect(create.description).toContain(`Rate limit: ${createCall.requests} creates a minute per key.`);
    expect(spec.components.headers.RateLimitLimit.schema.examples).toContain(fallback.requests);
  });
});

describe('generated code', () => {
  it('is current with the spec', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('everything is current');
    // Generating every derived file takes a few seconds, more on a loaded CI machine.
  }, 60_000);
});
