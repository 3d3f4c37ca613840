// The SDK's named camelCase types (`Call`, `Agent`, `Event`, ...): one alias per schema of the spec, so a
// new schema gets its type without anyone writing it. One schema name would shadow an SDK export (the
// `Page` class): it is exported under a longer name. (The spec names its error envelope `ErrorEnvelope`,
// so that no generated client shadows the built-in `Error`.)
//
// Each alias is documented from the spec: the schema's `description`, else where the API uses it (the SDK
// methods that send or return it, or the schema property that holds it), plus its first `examples` entry in
// the SDK's camelCase when it is short enough to read in a tooltip.
import { BANNER, camel, freeFormMapNames, listing, operations, resolve } from './spec.mjs';

const renamed = { Page: 'PageEnvelope' };
/** The SDK's name of a schema's type (52-sdk-resources names return types with it too). */
export const typeName = (name) => renamed[name] ?? name;

/** An example longer than this (in lines of the rendered literal, or characters per line) is left out. */
const MAX_EXAMPLE_LINES = 16;
const MAX_EXAMPLE_WIDTH = 110;

const refName = (node) =>
  typeof node?.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')
    ? node.$ref.split('/').pop()
    : null;

/** The schema of a list envelope's `data` items (`AgentList` → `Agent`), or null. */
export function itemOf(spec, listName) {
  const list = spec.components.schemas[listName];
  for (const part of list?.allOf ?? []) {
    const item = refName(resolve(spec, part)?.properties?.data?.items);
    if (item) return item;
  }
  return null;
}

const method = (op) => `\`kai.${op.tag}.${op.action}\``;

/** Where the API uses each schema: the methods that send, return or list it, and the properties that hold it. */
function usages(spec) {
  const uses = new Map();
  const use = (name) => {
    if (!uses.has(name)) uses.set(name, { sent: [], returned: [], listed: [], heldBy: [] });
    return uses.get(name);
  };
  for (const op of operations(spec)) {
    if (op.body?.schema) use(op.body.schema).sent.push(method(op));
    if (!op.response) continue;
    if (op.paginated) {
      const item = itemOf(spec, op.response);
      if (item) use(item).listed.push(method(op));
    } else use(op.response).returned.push(method(op));
  }
  const visit = (owner, schema, property) => {
    if (!schema || typeof schema !== 'object') return;
    const name = refName(schema);
    if (name) {
      if (property) use(name).heldBy.push([camel(property), typeName(owner)]);
      return;
    }
    for (const [key, child] of Object.entries(schema.properties ?? {})) visit(owner, child, key);
    if (schema.items) visit(owner, schema.items, property);
    for (const key of ['allOf', 'oneOf', 'anyOf'])
      for (const s of schema[key] ?? []) visit(owner, s, property);
  };
  // A list envelope's `data` is already said by "The items of".
  const isList = (name) => itemOf(spec, name) !== null;
  for (const [owner, schema] of Object.entries(spec.components.schemas))
    if (!isList(owner)) visit(owner, schema, null);
  return uses;
}

function describe(schema, use) {
  const own = schema.description?.trim();
  if (own) return own;
  if (!use) return null;
  const parts = [];
  if (use.sent.length) parts.push(`The body of ${listing(use.sent)}.`);
  if (use.returned.length) parts.push(`Returned by ${listing(use.returned)}.`);
  if (use.listed.length) parts.push(`The items of ${listing(use.listed)}.`);
  // Grouped by property: "the `data` of {@link CallQueuedEvent}, {@link CallStartedEvent} ...".
  const owners = new Map();
  for (const [property, owner] of use.heldBy) {
    if (!owners.has(property)) owners.set(property, new Set());
    owners.get(property).add(`{@link ${owner}}`);
  }
  const heldBy = [...owners].map(([property, set]) => `the \`${property}\` of ${listing([...set])}`);
  if (heldBy.length) {
    const text = listing(heldBy);
    parts.push(parts.length ? `Also ${text}.` : `${text[0].toUpperCase()}${text.slice(1)}.`);
  }
  return parts.join(' ') || null;
}

function literal(value, freeForm, keep = false) {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, freeForm)).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, v]) => {
    const name = keep ? key : camel(key);
    const printed = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
    return `${printed}: ${literal(v, freeForm, freeForm.has(key))}`;
  });
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** The schema's first example as `const x: Name = ...`, one top-level property a line, or null if too long. */
function example(name, schema, freeForm) {
  const value = schema.examples?.[0];
  if (value === undefined) return null;
  let lines;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    lines = [
      `const example: ${typeName(name)} = {`,
      ...Object.entries(value).map(
        ([key, v]) => `  ${camel(key)}: ${literal(v, freeForm, freeForm.has(key))},`,
      ),
      '};',
    ];
  } else lines = [`const example: ${typeName(name)} = ${literal(value, freeForm)};`];
  if (lines.length > MAX_EXAMPLE_LINES || lines.some((line) => line.length > MAX_EXAMPLE_WIDTH)) return null;
  return ['```ts', ...lines, '```'];
}

function jsdoc(lines) {
  if (lines.length === 0) return '';
  const safe = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  return safe.length === 1
    ? `/** ${safe[0]} */\n`
    : `/**\n${safe.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}

export async function generate(spec) {
  const uses = usages(spec);
  const freeForm = new Set(freeFormMapNames(spec));
  const aliases = Object.entries(spec.components.schemas).map(([name, schema]) => {
    const text = describe(schema, uses.get(name));
    const sample = example(name, schema, freeForm);
    const lines = [...(text ? text.split('\n') : []), ...(sample ? ['@example', ...sample] : [])];
    return `${jsdoc(lines)}export type ${typeName(name)} = Schemas['${name}'];`;
  });
  return {
    'packages/sdk/src/generated/models.ts': `${BANNER}
import type { components } from '@kaicalls/contract/api';

type Schemas = components['schemas'];

${aliases.join('\n')}
`,
  };
}
