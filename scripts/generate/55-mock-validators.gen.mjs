// The mock's request validators, compiled from the spec at generate time (Ajv standalone code), so the mock
// neither loads Ajv's compiler nor compiles a schema when it starts or serves its first request. One
// validator per operation for its path parameters, its query parameters and its JSON body, and one per
// schema the mock's fixtures can load (`fixture_<Schema>`, see packages/mock/src/resources/fixtures.ts).
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createSpecAjv, SPEC_ID } from './ajv.mjs';
import { BANNER, operations, resolve } from './spec.mjs';

/** The records `createMock({ fixtures })` loads, by schema. */
const FIXTURE_SCHEMAS = ['Agent', 'PhoneNumber', 'Lead', 'Appointment', 'Call'];

/** Rewrites local refs so a fragment compiles against the registered spec. */
const absolute = (schema) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`));

function objectSchema(parameters) {
  return absolute({
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  });
}

export async function generate(spec) {
  const ajv = createSpecAjv(spec, {
    strict: false,
    allErrors: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  const exports = {};
  for (const operation of operations(spec)) {
    const item = spec.paths[operation.path];
    const op = item[operation.method.toLowerCase()];
    const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p));
    const id = operation.operationId;
    ajv.addSchema(objectSchema(parameters.filter((p) => p.in === 'path')), `${id}.path`);
    ajv.addSchema(objectSchema(parameters.filter((p) => p.in === 'query')), `${id}.query`);
    exports[`${id}_path`] = `${id}.path`;
    exports[`${id}_query`] = `${id}.query`;
    const body = op.requestBody ? resolve(spec, op.requestBody) : undefined;
    if (body) {
      ajv.addSchema(absolute(body.content['application/json'].schema), `${id}.body`);
      exports[`${id}_body`] = `${id}.body`;
    }
  }
  for (const name of FIXTURE_SCHEMAS) {
    ajv.addSchema({ $ref: `${SPEC_ID}#/components/schemas/${name}` }, `fixture.${name}`);
    exports[`fixture_${name}`] = `fixture.${name}`;
  }
  // Ajv writes its runtime helpers and the formats as require() calls even in ESM mode: turn each module
  // into one default import (all are CommonJS, whose default import is module.exports).
  const modules = new Map();
  const code = standaloneCode(ajv, exports)
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)/g, (_, name) => {
      if (!modules.has(name)) modules.set(name, `runtime${modules.size}`);
      return modules.get(name);
    });
  // Node gives a CommonJS module's exports as the namespace's `default`; bundlers (esbuild's CJS output)
  // give them as the namespace itself. These modules all set __esModule, which tells the two apart.
  const imports = [
    'const exportsOf = (ns) => (ns.default && ns.default.__esModule ? ns.default : ns);',
    ...[...modules].map(
      ([name, local]) =>
        `import * as ${local}Module from '${name}.js';\nconst ${local} = exportsOf(${local}Module);`,
    ),
  ].join('\n');
  return {
    'packages/mock/src/generated/validators.js': `${BANNER}${imports}\n${code}\n`,
    'packages/mock/src/generated/validators.d.ts': `${BANNER}import type { ValidateFunction } from 'ajv';\n\n/** \`<operationId>_path\`, \`<operationId>_query\` and \`<operationId>_body\` for each operation; \`fixture_<Schema>\` for each fixture schema. */\n${Object.keys(
      exports,
    )
      .map((name) => `export declare const ${name}: ValidateFunction;`)
      .join('\n')}\n`,
  };
}
