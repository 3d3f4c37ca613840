// Loads spec/openapi.yaml once for every generator (and for the spec tests).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export const BANNER =
  '// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.\n';

export async function loadSpec(root) {
  const text = await readFile(join(root, 'spec/openapi.yaml'), 'utf8');
  const document = parse(text, { maxAliasCount: -1 });
  // The x-*-headers anchors are authoring helpers, not part of the API description.
  for (const key of Object.keys(document)) if (key.endsWith('-headers')) delete document[key];
  return document;
}

/** `ended_at` → `endedAt`: the SDK's casing of a wire name. */
export const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
/** `smsMessages` (or `sms_messages`) → `sms-messages`: file names and CLI words. */
export const kebab = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
/** `['a', 'b', 'c']` → `'a, b and c'`, for generated prose. */
export const listing = (items) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the spec, in document order, with the facts the SDK, mock and CLI derive from it. */
export function operations(spec) {
  const list = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p));
      const body = op.requestBody ? resolve(spec, op.requestBody) : undefined;
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
      const okContent = ok && resolve(spec, ok[1]).content;
      // A stream (`x-stream`) answers Server-Sent Events; its schema is that of one event's data.
      const okSchema = okContent?.['application/json']?.schema ?? okContent?.['text/event-stream']?.schema;
      list.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        tag: op.tags[0],
        action: op['x-action'],
        summary: op.summary,
        scopes: scopesOf(op.operationId, op.security ?? spec.security),
        successStatus: Number(ok[0]),
        paginated: isPage(spec, okSchema),
        idempotency: idempotency(parameters),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body: body
          ? { required: Boolean(body.required), schema: refName(body.content['application/json'].schema) }
          : null,
        response: okSchema ? refName(okSchema) : null,
        stream: op['x-stream'] ?? null,
      });
    }
  }
  return list;
}

/**
 * The scopes an operation needs. Its security requirements are alternatives (one per way to send the key:
 * `bearerAuth`, `apiKeyAuth`); each must name the same scopes, or the key's reach would depend on its header.
 */
function scopesOf(operationId, requirements) {
  const sets = requirements.flatMap((requirement) => Object.values(requirement)).map((s) => [...s].sort());
  const [first = []] = sets;
  if (sets.some((s) => s.join() !== first.join()))
    throw new Error(`spec: ${operationId}'s security requirements name different scopes`);
  return first;
}

export function resolve(spec, node) {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

function refName(schema) {
  return typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : null;
}

function isPage(spec, schema) {
  const resolved = resolve(spec, schema);
  return Boolean(resolved?.allOf?.some((s) => s.$ref === '#/components/schemas/Page'));
}

function idempotency(parameters) {
  const header = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  if (!header) return 'none';
  return header.required ? 'required' : 'optional';
}

/** Whether a schema is a free-form map (metadata, call variables): an object with no properties of its own. */
function isFreeFormMap(schema) {
  return (
    schema?.type === 'object' &&
    !schema.properties &&
    schema.additionalProperties !== undefined &&
    schema.additionalProperties !== false
  );
}

function* namedProperties(spec, schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolve(spec, property);
    yield [name, resolved];
    yield* namedProperties(spec, resolved, seen);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const s of schema[key] ?? []) yield* namedProperties(spec, resolve(spec, s), seen);
  if (schema.items) yield* namedProperties(spec, resolve(spec, schema.items), seen);
}

/**
 * The property names whose values are free-form maps, at any depth of any schema, sorted. Their keys are the
 * customer's own and are never re-cased. Casing goes by name, so a name must mean one thing: this fails if a
 * name is a map in one schema and structured in another, or has two words (it must read the same in both
 * cases). The one rule for every generator that needs it.
 */
export function freeFormMapNames(spec) {
  const freeForm = new Set();
  const structured = new Set();
  for (const schema of Object.values(spec.components.schemas))
    for (const [name, property] of namedProperties(spec, schema))
      (isFreeFormMap(property) ? freeForm : structured).add(name);
  const clash = [...freeForm].filter((name) => structured.has(name));
  if (clash.length > 0)
    throw new Error(`spec: ${clash.join(', ')} are free-form maps in one schema and structured in another`);
  const names = [...freeForm].sort();
  const twoWords = names.filter((name) => name.includes('_'));
  if (twoWords.length > 0)
    throw new Error(`spec: free-form map properties must be one word: ${twoWords.join(', ')}`);
  return names;
}
