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
      const okSchema = ok && resolve(spec, ok[1]).content?.['application/json']?.schema;
      list.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        tag: op.tags[0],
        action: op['x-action'],
        summary: op.summary,
        scopes: (op.security ?? spec.security).flatMap((s) => Object.values(s).flat()),
        successStatus: Number(ok[0]),
        paginated: isPage(spec, okSchema),
        idempotency: idempotency(parameters),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body: body
          ? { required: Boolean(body.required), schema: refName(body.content['application/json'].schema) }
          : null,
        response: okSchema ? refName(okSchema) : null,
      });
    }
  }
  return list;
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
