// The SDK's resource classes (`kai.agents`, `kai.calls`, ...): one class per tag of the spec, one method
// per operation, named by its `x-action`, documented by its summary and description, with its
// `x-codeSamples` entry for TypeScript as the `@example` (a tag's own entry documents the class). Every
// method passes its operation id to the transport, which types the path arguments, the params and the
// result from it; the return type written here is checked against that by the compiler.
//
// These classes only wrap operations. Behaviour that is more than one operation (`calls.wait`) or none
// (`webhooks.verify`) is written by hand in src/lib/ and src/resources/, whose classes extend these.
import { itemOf, typeName } from './50-sdk-models.gen.mjs';
import { BANNER, camel, kebab, listing, operations, resolve } from './spec.mjs';

export const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** Tags that read the same in the singular (the params of `kai.analytics.get` are `AnalyticsGetParams`). */
const UNCOUNTABLE = new Set(['analytics']);

/** The singular of a resource, the prefix of its param types: `smsMessages` → `SmsMessage`. */
function singular(tag) {
  const name = pascal(tag);
  if (UNCOUNTABLE.has(tag)) return name;
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

/** The TypeScript source of the first TypeScript `x-codeSamples` entry of an operation or a tag. */
function codeSample(node, where) {
  const sample = node['x-codeSamples']?.find((s) => s.lang === 'TypeScript' && s.label === 'kaicalls');
  if (!sample)
    throw new Error(`sdk resources: ${where} has no x-codeSamples entry (lang: TypeScript, label: kaicalls)`);
  return sample.source.trimEnd().split('\n');
}

export function jsdoc(lines, indent) {
  const safe = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  return `${indent}/**\n${safe.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** Text wrapped at `width` columns, its own line breaks kept (the spec's descriptions are Markdown). */
function wrap(text, width = 104) {
  return text.split('\n').flatMap((line) => {
    const out = [];
    let current = '';
    for (const word of line.trimEnd().split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out;
  });
}

function resource(spec, tag, ops) {
  const className = pascal(tag);
  const prefix = singular(tag);
  const models = new Set();
  const coreTypes = new Set(['RequestOptions']);
  // The type of a model in this file: aliased when the class itself has its name (`Analytics`).
  const model = (schema) => {
    const name = typeName(schema);
    models.add(name);
    return name === className ? `${name}Model` : name;
  };

  // One params alias per body schema (`validate`, `preview` and `create` of runs all take a `RunCreate`,
  // named for the create) and one per operation with query parameters.
  const aliases = new Map();
  const paramsOf = new Map();
  for (const op of ops) {
    if (op.body) {
      const sharing = ops.filter((o) => o.body?.schema === op.body.schema);
      const namer = sharing.find((o) => o.action === 'create') ?? sharing[0];
      const name = `${prefix}${pascal(namer.action)}Params`;
      if (!aliases.has(name)) {
        const methods = sharing.map((o) => `\`kai.${tag}.${o.action}\``);
        aliases.set(name, {
          type: `Body<'${namer.operationId}'>`,
          doc: `The body of ${listing(methods)}, camelCase.`,
        });
        coreTypes.add('Body');
      }
      paramsOf.set(op, { name, optional: !op.body.required });
    } else if (op.queryParams.length > 0) {
      const name = `${prefix}${pascal(op.action)}Params`;
      const paging = op.paginated ? ': its filters, and `limit` and `cursor` for paging' : '';
      aliases.set(name, {
        type: `Query<'${op.operationId}'>`,
        doc: `The query parameters of \`kai.${tag}.${op.action}\`, camelCase${paging}.`,
      });
      coreTypes.add('Query');
      paramsOf.set(op, { name, optional: !op.requiredQuery });
    }
  }

  const methods = ops.map((op) => {
    const args = op.pathParams.map((p) => camel(p));
    const params = paramsOf.get(op);
    const signature = [
      ...args.map((a) => `${a}: string`),
      ...(params ? [`params${params.optional ? '?' : ''}: ${params.name}`] : []),
      `options?: ${op.stream ? 'StreamOptions' : 'RequestOptions'}`,
    ].join(', ');
    // A stream (`x-stream`) yields its `item` schema; one that ends carries the `StreamEnd` (the final call).
    const returns = op.stream
      ? `Stream<${model(op.stream.item)}${op.stream.ends ? `, ${model('StreamEnd')}` : ''}>`
      : op.paginated
        ? `PagePromise<${model(itemOf(spec, op.response))}>`
        : `APIPromise<${model(op.response)}>`;
    const call = op.stream ? 'stream' : op.paginated ? 'list' : 'request';
    const doc = [`${op.summary}.`];
    const description = op.raw.description?.trim();
    if (description) doc.push('', ...wrap(description));
    if (op.idempotency === 'required')
      doc.push(
        '',
        'The SDK sends the required `Idempotency-Key` for you (a random one, or `options.idempotencyKey`), the',
        "same across the request's retries.",
      );
    else if (op.idempotency === 'optional')
      doc.push(
        '',
        'Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the',
        "request's retries, so a retried create takes effect once.",
      );
    if (op.stream)
      doc.push(
        '',
        'Iterate it with `for await`: the connection opens when the loop starts and closes on `break`,',
        '`close()` or `options.signal`. A dropped connection is reopened with `Last-Event-ID` (after the',
        "server's `retry`, with backoff, at most `maxRetries` failures in a row), so each item comes once and",
        'in order; `options.timeout` bounds each open (until `ready`), not the stream.',
        ...(op.stream.ends
          ? ['The loop ends after the last item; `result()` then gives the `end` event (the final call).']
          : ['It does not end by itself.']),
      );
    if (op.paginated)
      doc.push(
        '',
        'Await it for the first page, or iterate it with `for await` for every item of every page.',
      );
    doc.push('@example', ...codeSample(op.raw, op.operationId));
    // One line a method: the generator is the one place this shape is written, and a reader scans the
    // file by its doc comments.
    return `${jsdoc(doc, '  ')}  ${op.action}(${signature}): ${returns} { return this._transport.${call}('${op.operationId}', [${args.join(', ')}], ${params ? 'params' : 'undefined'}, options); }`;
  });

  const tagInfo = spec.tags.find((t) => t.name === tag);
  const classDoc = [tagInfo.description.trim(), '@example', ...codeSample(tagInfo, `tag ${tag}`)];
  const usesPages = ops.some((op) => op.paginated);
  const usesPromise = ops.some((op) => !op.paginated && !op.stream);
  const usesStream = ops.some((op) => op.stream);
  const modelImports = [...models]
    .sort()
    .map((name) => (name === className ? `${name} as ${name}Model` : name));
  const imports = [
    ...(usesPromise ? ["import type { APIPromise } from '../../core/api-promise.js';"] : []),
    ...(usesPages ? ["import type { PagePromise } from '../../core/pagination.js';"] : []),
    "import { APIResource } from '../../core/resource.js';",
    ...(usesStream ? ["import type { Stream, StreamOptions } from '../../core/stream.js';"] : []),
    `import type { ${[...coreTypes].sort().join(', ')} } from '../../core/types.js';`,
    `import type { ${modelImports.join(', ')} } from '../models.js';`,
  ];
  const aliasLines = [...aliases].map(
    ([name, { type, doc }]) => `/** ${doc} */\nexport type ${name} = ${type};`,
  );
  return `${BANNER}
${imports.join('\n')}

${aliasLines.join('\n')}

${jsdoc(classDoc, '')}export class ${className} extends APIResource {
${methods.join('\n\n')}
}
`;
}

export async function generate(spec) {
  const byTag = new Map(spec.tags.map((t) => [t.name, []]));
  for (const op of operations(spec)) {
    const item = spec.paths[op.path];
    const raw = item[op.method.toLowerCase()];
    const requiredQuery = [...(item.parameters ?? []), ...(raw.parameters ?? [])]
      .map((p) => resolve(spec, p))
      .some((p) => p.in === 'query' && p.required);
    byTag.get(op.tag).push({ ...op, raw, requiredQuery });
  }
  const outputs = {};
  for (const [tag, ops] of byTag) {
    if (ops.length === 0) continue;
    outputs[`packages/sdk/src/generated/resources/${kebab(tag)}.ts`] = resource(spec, tag, ops);
  }
  return outputs;
}
