// The client's resources: one lazily made getter per tag of the spec (`kai.calls`, `kai.smsMessages`, ...),
// in a base class the hand-written `KaiCalls` extends, so a new tag reaches the client by itself. A tag
// whose public class adds hand-written behaviour (`src/resources/<tag>.ts`) is served by that class.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsdoc, pascal } from './52-sdk-resources.gen.mjs';
import { BANNER, kebab, operations } from './spec.mjs';

export async function generate(spec, root) {
  const used = new Set(operations(spec).map((op) => op.tag));
  const tags = spec.tags.filter((tag) => used.has(tag.name));
  const rows = tags.map((tag) => {
    const file = kebab(tag.name);
    const extended = existsSync(join(root, 'packages/sdk/src/resources', `${file}.ts`));
    return {
      name: tag.name,
      className: pascal(tag.name),
      from: extended ? `../resources/${file}.js` : `./resources/${file}.js`,
      doc: tag.description.trim(),
    };
  });
  const imports = [...rows]
    .sort((a, b) => a.className.localeCompare(b.className))
    .map((r) => `import { ${r.className} } from '${r.from}';`);
  const fields = rows.map((r) => `  #${r.name}?: ${r.className};`);
  const getters = rows.map(
    (r) =>
      `${jsdoc([r.doc], '  ')}  get ${r.name}(): ${r.className} {\n    this.#${r.name} ??= new ${r.className}(this.#transport);\n    return this.#${r.name};\n  }`,
  );
  return {
    'packages/sdk/src/generated/client-resources.ts': `${BANNER}
import type { Transport } from '../core/transport.js';
${imports.join('\n')}

/** The API's resources, one per tag of the spec, each made on first use; \`KaiCalls\` extends this. */
export class APIResources {
  readonly #transport: Transport;
${fields.join('\n')}

  /** @param transport the client's one transport, shared by every resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

${getters.join('\n\n')}
}
`,
  };
}
