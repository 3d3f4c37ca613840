// The SDK converts keys between the camelCase surface and the snake_case wire. Values of free-form maps
// (metadata, call variables) are the customer's own keys and pass through untouched. This derives the
// property names that hold such maps, and fails if a name is a free-form map in one schema and a
// structured object in another (the conversion goes by name, so it must mean one thing).
import { BANNER, resolve } from './spec.mjs';

function isFreeForm(schema) {
  return (
    schema?.type === 'object' &&
    !schema.properties &&
    schema.additionalProperties !== undefined &&
    schema.additionalProperties !== false
  );
}

function* properties(spec, schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    yield [name, resolve(spec, property)];
    yield* properties(spec, resolve(spec, property), seen);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const s of schema[key] ?? []) yield* properties(spec, resolve(spec, s), seen);
  if (schema.items) yield* properties(spec, resolve(spec, schema.items), seen);
}

export async function generate(spec) {
  const freeForm = new Set();
  const structured = new Set();
  for (const schema of Object.values(spec.components.schemas)) {
    for (const [name, property] of properties(spec, schema))
      (isFreeForm(property) ? freeForm : structured).add(name);
  }
  const clash = [...freeForm].filter((name) => structured.has(name));
  if (clash.length > 0)
    throw new Error(`casing: ${clash.join(', ')} are free-form maps in one schema and structured in another`);
  const names = [...freeForm].sort();
  // The SDK looks a map up by its converted name, so it must read the same in both cases.
  const twoWords = names.filter((name) => name.includes('_'));
  if (twoWords.length > 0)
    throw new Error(`casing: free-form map properties must be one word: ${twoWords.join(', ')}`);
  return {
    'packages/sdk/src/generated/casing.ts': `${BANNER}
/** Properties whose values are free-form maps: their keys are kept exactly as sent, in both directions. */
export const freeFormKeys: ReadonlySet<string> = new Set(${JSON.stringify(names)});
`,
  };
}
