// Test helper: validators for every response the spec declares, by operation and status, compiled from the
// same JSON spec the mock ships.

import type { Operation } from '@kaicalls/contract/operations';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spec } from '../src/generated/spec.js';

const SPEC_ID = 'https://kaicalls.com/api/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas } });

const deref = (node: any): any => {
  let current = node;
  while (current?.$ref?.startsWith('#/'))
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: any, key: string) => at[key], spec);
  return current;
};
const absolute = (schema: unknown) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`));

const cache = new Map<string, ValidateFunction | null>();

/** The statuses the spec declares for `operation`, read from its `responses` (never a hand list). */
export function declaredStatuses(operation: Operation): number[] {
  const responses = spec.paths[operation.path][operation.method.toLowerCase()].responses;
  return Object.keys(responses).map(Number);
}

/**
 * The validator of `operation`'s response body for `status` (of one event's data, for a stream), or null when
 * the spec does not declare it.
 */
export function responseValidator(operation: Operation, status: number): ValidateFunction | null {
  const id = `${operation.operationId} ${status}`;
  if (cache.has(id)) return cache.get(id)!;
  const responses = spec.paths[operation.path][operation.method.toLowerCase()].responses;
  const declared = responses[String(status)];
  const content = declared ? deref(declared).content : undefined;
  const schema = content?.['application/json']?.schema ?? content?.['text/event-stream']?.schema;
  const validate = schema ? ajv.compile(absolute(schema)) : null;
  cache.set(id, validate);
  return validate;
}

/** The id prefix of a path parameter (`agent_id` → `agt`), read from its schema's pattern. */
export function idPrefix(operation: Operation, name: string): string {
  const item = spec.paths[operation.path];
  const op = item[operation.method.toLowerCase()];
  const parameter = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .map(deref)
    .find((p: any) => p.in === 'path' && p.name === name);
  const pattern: string = deref(parameter.schema).pattern;
  return /^\^([a-z]+)_/.exec(pattern)![1]!;
}

/** The first example of a component schema. */
export function example(schemaName: string): any {
  const schema = spec.components.schemas[schemaName];
  return structuredClone(schema.examples?.[0] ?? schema.example);
}

/** The operation's `x-stream` (what a stream sends, how it resumes, whether it ends), or null. */
export function streamOf(
  operation: Operation,
): { item: string; resume: 'sequence' | 'id'; ends: boolean } | null {
  return spec.paths[operation.path][operation.method.toLowerCase()]['x-stream'] ?? null;
}

/** The id prefix a schema's pattern requires (`^agt_…` → `agt`), or null when it is not an id. */
function prefixOf(schema: any): string | null {
  const pattern: unknown = deref(schema)?.pattern;
  return typeof pattern === 'string' ? (/^\^([a-z]+)_\[/.exec(pattern)?.[1] ?? null) : null;
}

/**
 * The id-valued fields of a request: the body's top-level properties and the query parameters whose schema
 * is an id, each with its prefix (read from the spec, so a new id field is fuzzed with no change here).
 */
export function idFields(operation: Operation): { in: 'body' | 'query'; name: string; prefix: string }[] {
  const item = spec.paths[operation.path];
  const op = item[operation.method.toLowerCase()];
  const fields: { in: 'body' | 'query'; name: string; prefix: string }[] = [];
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
    const prefix = p.in === 'query' ? prefixOf(p.schema) : null;
    if (prefix) fields.push({ in: 'query', name: p.name, prefix });
  }
  const body = operation.body ? deref(spec.components.schemas[operation.body.schema]) : null;
  for (const [name, schema] of Object.entries<any>(body?.properties ?? {})) {
    const prefix = prefixOf(schema);
    if (prefix) fields.push({ in: 'body', name, prefix });
  }
  return fields;
}

/** The headers the spec declares for `operation`'s `status` response, by lowercase name, with their schemas. */
export function declaredHeaders(operation: Operation, status: number): Map<string, any> {
  const responses = spec.paths[operation.path][operation.method.toLowerCase()].responses;
  const headers = deref(responses[String(status)])?.headers ?? {};
  return new Map(
    Object.entries<any>(headers).map(([name, h]) => [name.toLowerCase(), deref(deref(h).schema)]),
  );
}

/** Every header name any response of the spec declares (lowercase): the API's own response headers. */
export const API_HEADERS: ReadonlySet<string> = new Set(
  Object.values<any>(spec.paths).flatMap((item) =>
    Object.values<any>(item)
      .filter((op) => op?.responses)
      .flatMap((op) => Object.values<any>(op.responses).flatMap((r) => Object.keys(deref(r).headers ?? {})))
      .map((name) => name.toLowerCase()),
  ),
);

/** Whether a header value is valid for its declared schema (headers are strings on the wire). */
export function headerValid(schema: any, value: string): boolean {
  if (schema?.type === 'integer') return /^\d+$/.test(value);
  if (Array.isArray(schema?.enum)) return schema.enum.includes(value);
  return value.length > 0;
}

/** The validator of a component schema, e.g. `ErrorEnvelope` (for answers no operation makes: routing). */
export function componentValidator(name: string): ValidateFunction {
  const id = `component ${name}`;
  if (!cache.has(id)) cache.set(id, ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` }));
  return cache.get(id)!;
}

/** The methods the spec defines on the path template matching `path` (e.g. `/v1/calls/{call_id}`). */
export function specPaths(): { path: string; methods: string[] }[] {
  return Object.entries<any>(spec.paths).map(([path, item]) => ({
    path,
    methods: ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => m.toUpperCase()),
  }));
}

/** The headers a shared response of `components.responses` declares (e.g. `NotFound`), as `declaredHeaders`. */
export function componentHeaders(name: string): Map<string, any> {
  const headers = spec.components.responses[name].headers ?? {};
  return new Map(Object.entries<any>(headers).map(([n, h]) => [n.toLowerCase(), deref(deref(h).schema)]));
}
