// The SDK's types: openapi-typescript over a camelCase view of the spec, holding only what the SDK's
// signatures use (the schemas, each operation's query, body and success result), in the contract package
// beside the wire (snake_case) types it is a view of. The SDK ships none of the wire types, so its
// declarations hold one copy of each schema, in the casing its users write.
import openapiTS, { astToString } from 'openapi-typescript';
import { acceptUndefined, requestSchemas } from './accept-undefined.mjs';
import { BANNER, camel, freeFormMapNames } from './spec.mjs';

/** The schema with its property names (and the names `required` lists) in camelCase, examples left out. */
function camelSchema(schema, freeForm) {
  if (Array.isArray(schema)) return schema.map((s) => camelSchema(s, freeForm));
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    // Examples are snake_case JSON; the SDK's models carry their own camelCase examples (50-sdk-models).
    if (key === 'examples' || key === 'example') continue;
    if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [camel(name), camelSchema(property, freeForm)]),
      );
    else if (key === 'required' && Array.isArray(value)) out.required = value.map(camel);
    else out[key] = camelSchema(value, freeForm);
  }
  return out;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A document of the spec's schemas and, per operation, its query (camelCase), body and success result. */
export function camelDocument(spec) {
  const freeForm = new Set(freeFormMapNames(spec));
  const paths = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    const out = {};
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p))
        .filter((p) => p.in === 'query' || p.in === 'path')
        // Path parameters keep their wire names: the SDK takes them positionally, in the path's order.
        .map((p) => ({
          ...p,
          name: p.in === 'query' ? camel(p.name) : p.name,
          schema: camelSchema(p.schema),
        }));
      const [status, response] = Object.entries(op.responses).find(([code]) => code.startsWith('2'));
      const content = response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response;
      out[method] = {
        operationId: op.operationId,
        ...(parameters.length ? { parameters } : {}),
        ...(op.requestBody ? { requestBody: camelSchema(op.requestBody, freeForm) } : {}),
        responses: { [status]: { description: content.description, content: camelSchema(content.content) } },
      };
    }
    paths[path] = out;
  }
  return {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    paths,
    components: { schemas: camelSchema(spec.components.schemas, freeForm) },
  };
}

export async function generate(spec) {
  const document = camelDocument(spec);
  const ast = await openapiTS(document, {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
  });
  // What callers pass accepts `undefined` in its optional properties (exactOptionalPropertyTypes).
  const widened = acceptUndefined(ast, requestSchemas(document));
  return { 'packages/contract/src/generated/api.ts': `${BANNER}\n${astToString(widened)}` };
}
