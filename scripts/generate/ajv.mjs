// One JSON Schema validator setup for the spec's schemas (OpenAPI 3.1 schemas are JSON Schema 2020-12),
// shared by the spec tests and the mock's precompiled validators.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const SPEC_ID = 'https://kaicalls.com/api/openapi.json';

export function createSpecAjv(spec, options = {}) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, ...options });
  addFormats(ajv);
  // OpenAPI's own keywords: annotations for documentation and code generation, not constraints.
  for (const keyword of ['discriminator', 'example', 'xml', 'externalDocs', 'components'])
    ajv.addKeyword(keyword);
  // Vendor extensions (`x-…`) on schemas are annotations too; any other unknown keyword stays an error.
  for (const keyword of vendorKeywords(spec.components.schemas)) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas } });
  return ajv;
}

/** A `$ref` into the spec's component schemas, usable with `ajv.getSchema` or inside other schemas. */
export function schemaRef(name) {
  return `${SPEC_ID}#/components/schemas/${name}`;
}

function vendorKeywords(node, found = new Set()) {
  if (Array.isArray(node)) for (const item of node) vendorKeywords(item, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      vendorKeywords(value, found);
    }
  return found;
}
