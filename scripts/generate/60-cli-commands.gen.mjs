// The CLI's command table: one `kaicalls <resource> <action>` per operation, its positional arguments
// (path parameters), its flags (query parameters and the body's top-level properties: name, type, enum,
// required-ness, description, default) and help examples built from the spec's own examples. One file per
// resource so the CLI loads only the resource a command needs; an index of names and descriptions for
// the root help and shell completion.
import { BANNER, kebab, operations, resolve } from './spec.mjs';

// Flags the CLI defines on every command; a spec property with one of these names would be shadowed.
const RESERVED = new Set([
  'json',
  'data',
  'all',
  'profile',
  'api-key',
  'base-url',
  'debug',
  'verbose',
  'help',
  'version',
  'wait',
  'timeout',
  'idempotency-key',
]);

function merged(spec, schema) {
  const resolved = resolve(spec, schema);
  if (!resolved?.allOf) return resolved;
  const out = { ...resolved, properties: {}, required: [...(resolved.required ?? [])] };
  for (const part of resolved.allOf.map((s) => merged(spec, s))) {
    Object.assign(out.properties, part.properties ?? {});
    out.required.push(...(part.required ?? []));
  }
  Object.assign(out.properties, resolved.properties ?? {});
  return out;
}

function firstExample(schema) {
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return schema.examples[0];
  return schema?.example;
}

/** The CLI type of a schema: how the flag's text is parsed. */
function flagType(spec, raw) {
  const schema = resolve(spec, raw);
  const types = Array.isArray(schema?.type) ? schema.type.filter((t) => t !== 'null') : [schema?.type];
  const type = types[0];
  if (type === 'array') {
    let items = resolve(spec, schema.items);
    // A union of string enums and consts (e.g. an event type or "*") is one list of choices.
    const variants = (items?.anyOf ?? items?.oneOf)?.map((v) => resolve(spec, v));
    if (variants?.every((v) => v.type === 'string' && (v.enum || v.const !== undefined)))
      items = { type: 'string', enum: variants.flatMap((v) => v.enum ?? [v.const]) };
    const itemType = items?.type;
    if (itemType === 'string' || itemType === 'integer' || itemType === 'number')
      return { type: 'array', items: itemType, choices: items.enum };
    return { type: 'json' };
  }
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean')
    return { type, choices: schema.enum };
  return { type: 'json' };
}

function flag(spec, name, raw, where, required) {
  const schema = resolve(spec, raw);
  const kind = flagType(spec, raw);
  const option = {
    flag: kebab(name),
    wire: name,
    in: where,
    ...kind,
    required,
    description: (raw.description ?? schema?.description ?? '').trim().replace(/\s+/g, ' '),
  };
  if (!kind.choices) delete option.choices;
  if (schema?.default !== undefined) option.default = schema.default;
  if (schema?.format) option.format = schema.format;
  const example = firstExample(schema) ?? firstExample(raw);
  if (example !== undefined) option.example = example;
  if (RESERVED.has(option.flag))
    throw new Error(`cli: ${name} (${where}) would shadow the CLI's own --${option.flag} flag`);
  return option;
}

function shellQuote(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function flagText(option, value) {
  if (option.type === 'boolean') return value ? `--${option.flag}` : `--no-${option.flag}`;
  if (option.type === 'array' && Array.isArray(value))
    return `--${option.flag} ${shellQuote(value.join(','))}`;
  return `--${option.flag} ${shellQuote(value)}`;
}

function examples(command, bodySchema) {
  const head = `kaicalls ${command.resource} ${command.name}`;
  const args = command.args.map((a) => shellQuote(a.example ?? `<${a.name}>`));
  const base = [head, ...args].join(' ');
  const lines = [];
  if (command.body) {
    const example = firstExample(bodySchema) ?? {};
    const picked = command.options.filter((o) => o.in === 'body' && example[o.wire] !== undefined);
    const required = picked.filter((o) => o.required || command.options.every((x) => !x.required));
    const scalars = picked.filter((o) => !o.required && o.type !== 'json').slice(0, 2);
    const chosen = [...new Set([...required, ...scalars])].filter((o) => o.type !== 'json');
    if (chosen.length > 0) lines.push([base, ...chosen.map((o) => flagText(o, example[o.wire]))].join(' '));
    if (Object.keys(example).length > 0) {
      lines.push(`${base} --data ${shellQuote(JSON.stringify(example))}`);
    }
    lines.push(`${base} --data @body.json --json`);
  } else if (command.paginated) {
    const filter = command.options.find((o) => o.in === 'query' && o.choices);
    lines.push(`${base} --limit 10`);
    if (filter) lines.push(`${base} --${filter.flag} ${shellQuote(filter.choices[0])}`);
    lines.push(`${base} --all --json`);
  } else {
    const query = command.options.filter((o) => o.in === 'query' && o.example !== undefined).slice(0, 2);
    lines.push([base, ...query.map((o) => flagText(o, o.example))].join(' '));
    lines.push(`${base} --json`);
  }
  return lines;
}

// The columns a list shows on a terminal and in tab-separated output: the item's id, its name or title,
// its enums (status, direction...), other short scalars, and when it was created. Derived from the item
// schema so a new field never needs a CLI change; `--json` always has every field.
function columns(spec, op) {
  const page = merged(spec, { $ref: `#/components/schemas/${op.response}` });
  let item = merged(spec, page?.properties?.data?.items);
  // A union of variants (events): the properties they share come first in each.
  if (!item?.properties && item?.oneOf) item = merged(spec, item.oneOf[0]);
  if (!item?.properties) return ['id'];
  const example = firstExample(item) ?? {};
  const entries = Object.entries(item.properties).map(([name, raw]) => {
    const schema = merged(spec, raw);
    const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
    return { name, schema, types };
  });
  const scalar = (e) =>
    e.types.some((t) => ['string', 'integer', 'number', 'boolean'].includes(t)) &&
    e.schema?.format !== 'uri' &&
    !(e.schema?.maxLength > 200) &&
    !(typeof example[e.name] === 'string' && example[e.name].length > 40);
  const picked = [];
  const add = (e) => e && !picked.includes(e.name) && picked.length < 7 && picked.push(e.name);
  add(entries.find((e) => e.name === 'id'));
  add(entries.find((e) => e.name === 'name' || e.name === 'title'));
  entries
    .filter((e) => scalar(e) && e.schema?.enum)
    .slice(0, 3)
    .forEach(add);
  entries
    .filter((e) => scalar(e) && !e.name.endsWith('_id') && !e.name.endsWith('_at') && !e.schema?.enum)
    .forEach(add);
  if (picked.length >= 7) picked.pop();
  add(entries.find((e) => e.name === 'created_at') ?? entries.find((e) => e.name.endsWith('_at')));
  return picked;
}

function command(spec, op) {
  const item = spec.paths[op.path];
  const raw = item[op.method.toLowerCase()];
  const parameters = [...(item.parameters ?? []), ...(raw.parameters ?? [])].map((p) => resolve(spec, p));
  const args = parameters
    .filter((p) => p.in === 'path')
    .map((p) => {
      const schema = resolve(spec, p.schema);
      return { name: kebab(p.name), wire: p.name, description: p.description, example: firstExample(schema) };
    });
  const options = parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      flag(spec, p.name, { ...p.schema, description: p.description }, 'query', Boolean(p.required)),
    );
  // A default on the query schema lives on the parameter's schema; keep it.
  for (const option of options) {
    const p = parameters.find((x) => x.in === 'query' && x.name === option.wire);
    const d = resolve(spec, p.schema)?.default;
    if (d !== undefined) option.default = d;
  }
  let bodySchema;
  if (raw.requestBody) {
    bodySchema = merged(spec, resolve(spec, raw.requestBody).content['application/json'].schema);
    const required = new Set(bodySchema.required ?? []);
    for (const [name, property] of Object.entries(bodySchema.properties ?? {}))
      options.push(flag(spec, name, property, 'body', required.has(name)));
  }
  const seen = new Set();
  for (const o of options) {
    if (seen.has(o.flag)) throw new Error(`cli: ${op.operationId} has two flags named --${o.flag}`);
    seen.add(o.flag);
  }
  const result = {
    resource: kebab(op.tag),
    name: kebab(op.action),
    tag: op.tag,
    action: op.action,
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    // Paragraphs reflowed: the spec wraps its prose, the terminal wraps it again.
    description: (raw.description ?? '')
      .trim()
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' '))
      .join('\n\n'),
    scopes: op.scopes,
    paginated: op.paginated,
    idempotency: op.idempotency,
    args,
    options,
    body: op.body,
    // The SDK takes a params object only when the operation has a query or a body.
    takesParams: op.queryParams.length > 0 || Boolean(op.body),
    columns: op.paginated ? columns(spec, op) : [],
  };
  // A stream (`x-stream`): the command prints each item as it arrives (src/commands/stream.ts).
  if (op.stream) result.stream = { item: op.stream.item, resume: op.stream.resume, ends: op.stream.ends };
  result.examples = examples(result, bodySchema);
  return result;
}

export async function generate(spec) {
  const all = operations(spec).map((op) => command(spec, op));
  const tags = spec.tags.map((t) => t.name);
  const outputs = {};
  const index = [];
  for (const tag of tags) {
    const commands = all.filter((c) => c.tag === tag);
    if (commands.length === 0) continue;
    const info = spec.tags.find((t) => t.name === tag);
    const resource = kebab(tag);
    index.push({
      name: resource,
      tag,
      title: info['x-displayName'] ?? tag,
      description: info.description ?? '',
      actions: commands.map((c) => c.name),
    });
    // A command table is data: JSON, which the loader imports (and tsup inlines into that command's chunk).
    outputs[`packages/cli/src/generated/commands/${resource}.json`] =
      `${JSON.stringify(commands, null, 2)}\n`;
  }
  const untagged = all.filter((c) => !tags.includes(c.tag));
  if (untagged.length > 0)
    throw new Error(`cli: operations without a declared tag: ${untagged.map((c) => c.operationId)}`);
  const loaders = index
    .map(
      (r) =>
        `  '${r.name}': () =>\n    import('./commands/${r.name}.json', { with: { type: 'json' } }).then((m) => m.default as readonly CommandSpec[]),`,
    )
    .join('\n');
  outputs['packages/cli/src/generated/resources.ts'] = `${BANNER}
import type { CommandSpec } from '../command-spec.js';

/** Every resource (spec tag) with its actions: enough for the root help and completion, nothing more. */
export const resources = ${JSON.stringify(index, null, 2)} as const;

export type ResourceName = (typeof resources)[number]['name'];

/** Loads one resource's command table on demand, so \`kaicalls --help\` never parses all of them. */
export const loadCommands: Record<ResourceName, () => Promise<readonly CommandSpec[]>> = {
${loaders}
};
`;
  return outputs;
}
