// The camelCase surface and the snake_case wire must convert both ways without loss, for every example the
// spec gives, and free-form maps (metadata, variables) must keep the customer's keys.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { loadSpec } from '../../../scripts/generate/spec.mjs';
import { camelize, snakify } from '../src/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const spec = await loadSpec(root);

/** The property names under which a schema appears (`metadata` for `Metadata`). */
function propertyNames(schemaName: string): string[] {
  const ref = `#/components/schemas/${schemaName}`;
  const names = new Set<string>();
  for (const schema of Object.values<any>(spec.components.schemas))
    for (const [name, property] of Object.entries<any>(schema.properties ?? {}))
      if (property.$ref === ref) names.add(name);
  return [...names];
}

const isFreeForm = (schema: any) =>
  schema.type === 'object' && !schema.properties && schema.additionalProperties;

function* examples(): Generator<[string, unknown]> {
  for (const [name, schema] of Object.entries<any>(spec.components.schemas)) {
    const list: unknown[] = schema.examples ?? [];
    for (const [i, example] of list.entries()) {
      // A free-form map is only ever a property's value (its keys are known as the customer's by that name).
      if (isFreeForm(schema)) {
        for (const property of propertyNames(name))
          yield [`components.schemas.${name}.examples[${i}] as ${property}`, { [property]: example }];
      } else yield [`components.schemas.${name}.examples[${i}]`, example];
    }
  }
  for (const [name, response] of Object.entries<any>(spec.components.responses)) {
    const example = response.content?.['application/json']?.example;
    if (example !== undefined) yield [`components.responses.${name}`, example];
  }
}

const all = [...examples()];

/** Keys outside free-form maps, which must all be camelCase after camelize. */
function structuralKeys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) structuralKeys(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      if (key !== 'metadata' && key !== 'variables') structuralKeys(item, out);
    }
  }
  return out;
}

describe('casing round-trips every example of the spec', () => {
  it('has examples to check', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it.each(all)('%s', (_, example) => {
    const camel = camelize(example);
    expect(snakify(camel)).toEqual(example);
    for (const key of structuralKeys(camel)) expect(key).not.toMatch(/_/);
  });

  it('keeps free-form map keys as they are, both ways', () => {
    const wire = {
      id: 'call_1',
      metadata: { crm_ticket: 'T-1', campaignSource: 'x' },
      variables: { lead_score: 8 },
    };
    const camel = camelize(wire);
    expect(camel).toEqual({ id: 'call_1', metadata: wire.metadata, variables: wire.variables });
    expect(snakify(camel)).toEqual(wire);
  });
});
