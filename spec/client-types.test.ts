// What a customer's own client generator makes of the spec. Issue 10 asked that list items be typed (a page's
// `data` was `unknown[] & Agent[]`) and that no schema be named after a JavaScript global (`Error` shadowed
// the built-in in generated clients): both are held here on a real generator, openapi-typescript with its
// default options over the shipped openapi.json, as `npx openapi-typescript openapi.json` would run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { operations } from '../scripts/generate/spec.mjs';

const root = join(import.meta.dirname, '..');
const shipped = JSON.parse(readFileSync(join(root, 'packages/mock/generated/openapi.json'), 'utf8'));
const lists: Array<Record<string, any>> = operations(shipped).filter((o: any) => o.paginated);
const output = astToString(await openapiTS(structuredClone(shipped)));

/** The type of `components.schemas.<name>` in openapi-typescript's output, up to the next schema. */
function block(name: string): string {
  const start = output.indexOf(`\n        ${name}: `);
  expect(start, `${name} in the generated types`).toBeGreaterThan(0);
  const rest = output.slice(start + 1);
  const end = rest.slice(1).search(/\n {8}(\/\*\*|\w+: )|\n {4}\};/);
  return rest.slice(0, end + 1);
}

describe('generated clients (openapi-typescript, default options)', () => {
  it('type every list operation’s data as its item schema, never unknown[]', () => {
    expect(lists.length).toBeGreaterThan(15);
    for (const operation of lists) {
      const page = block(operation.response);
      const item = /data: components\["schemas"\]\["(\w+)"\]\[\];/.exec(page)?.[1];
      expect(item, `${operation.operationId}: ${operation.response}.data ${page}`).toBeDefined();
      expect(shipped.components.schemas[item!]?.type ?? 'object', `${item}`).toBe('object');
      expect(page, operation.operationId).not.toMatch(/unknown/);
    }
    // The shared page envelope must not declare an untyped data of its own (`unknown[] & Item[]` again).
    expect(block('Page')).not.toMatch(/\bdata\??:/);
    expect(output).not.toMatch(/data\??: unknown\[\]/);
  });

  it('name no schema after a JavaScript global (Error, Object, Date, Response, …)', () => {
    // Every global of this runtime, plus those of the browser a generated client also runs in.
    const globals = new Set([
      ...Object.getOwnPropertyNames(globalThis),
      ...['Document', 'Node', 'Element', 'Text', 'Location', 'History', 'Storage', 'File', 'Range'],
      ...['Selection', 'Notification', 'Image', 'Audio', 'Option', 'Window', 'Screen', 'Navigator'],
    ]);
    expect(globals).toContain('Error');
    // `Event` is the SDK's public union of webhook events; generators namespace it, and none shadows a
    // constructor it calls with it. Renaming it would break every SDK user, so it is the one exception.
    const allowed = new Set(['Event']);
    const clashes = Object.keys(shipped.components.schemas).filter((n) => globals.has(n) && !allowed.has(n));
    expect(clashes).toEqual([]);
    expect(shipped.components.schemas.ErrorEnvelope).toBeDefined();
  });
});
