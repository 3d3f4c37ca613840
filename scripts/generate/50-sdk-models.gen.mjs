// The SDK's named camelCase types (`Call`, `Agent`, `Event`, ...): one alias per schema of the spec, so a
// new schema gets its type without anyone writing it. Two schema names would shadow the SDK's own exports
// (the `Page` class and the built-in `Error`); they are exported under a longer name.
import { BANNER } from './spec.mjs';

const renamed = { Page: 'PageEnvelope', Error: 'ErrorEnvelope' };

function jsdoc(schema) {
  const text = schema.description?.trim();
  if (!text) return '';
  const lines = text.split('\n').map((line) => line.replace(/\*\//g, '*\\/'));
  return lines.length === 1
    ? `/** ${lines[0]} */\n`
    : `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}

export async function generate(spec) {
  const aliases = Object.entries(spec.components.schemas).map(
    ([name, schema]) =>
      `${jsdoc(schema)}export type ${renamed[name] ?? name} = Camelize<Schemas['${name}']>;`,
  );
  return {
    'packages/sdk/src/generated/models.ts': `${BANNER}
import type { Camelize } from '../core/casing.js';
import type { components } from './openapi.js';

type Schemas = components['schemas'];

${aliases.join('\n')}
`,
  };
}
