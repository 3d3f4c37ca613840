// Every operation of spec/openapi.yaml is a method `kai.<tag>.<action>`, read from the spec itself (not from
// the generated table), and calling it sends the operation's method to its path.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { loadSpec, operations as specOperations } from '../../../scripts/generate/spec.mjs';
import { operations, Stream } from '../src/index.js';
import { client, json } from './fetch-recorder.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const spec = await loadSpec(root);
const fromSpec: {
  operationId: string;
  method: string;
  path: string;
  tag: string;
  action: string;
  idempotency: string;
  pathParams: string[];
  queryParams: string[];
  body: unknown;
}[] = specOperations(spec);

describe('every operation of the spec is a method', () => {
  it('the spec has them all, and the exported table is the same list', () => {
    expect(fromSpec.length).toBe(59);
    expect(operations.map((op) => op.operationId)).toEqual(fromSpec.map((op) => op.operationId));
  });

  it.each(fromSpec.map((op) => [`${op.tag}.${op.action}`, op] as const))('%s', async (_, op) => {
    const { kai, requests } = client(() =>
      json({ object: 'list', data: [], has_more: false, next_cursor: null }),
    );
    const resource = (kai as unknown as Record<string, Record<string, unknown>>)[op.tag];
    expect(resource, `kai.${op.tag} is missing`).toBeTypeOf('object');
    const method = resource![op.action];
    expect(method, `kai.${op.tag}.${op.action}() is missing`).toBeTypeOf('function');

    const ids = op.pathParams.map((name) => `${name}_1`);
    const takesParams = op.queryParams.length > 0 || op.body !== null;
    const result = (method as (...args: unknown[]) => unknown).apply(resource, [
      ...ids,
      ...(takesParams ? [{}] : []),
    ]);
    // A stream opens when it is read; this server answers JSON, not an event stream, so it then throws.
    if (result instanceof Stream) await result.result().catch(() => {});
    else await result;

    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.method).toBe(op.method);
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => `${name}_1`);
    expect(new URL(request.url).pathname).toBe(`/api${path}`);
    expect(request.headers.has('idempotency-key')).toBe(op.idempotency !== 'none');
  });
});
