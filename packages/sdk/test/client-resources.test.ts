// Every resource (tag) of the spec reaches the client by itself (scripts/generate/53-sdk-client.gen.mjs):
// `kai.<tag>` exists, is made once, serves every operation of the tag as a method, and the package exports
// the resource's types.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { kebab, loadSpec, operations } from '../../../scripts/generate/spec.mjs';
import { KaiCalls } from '../src/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const spec = await loadSpec(root);
const ops: Array<{ tag: string; action: string }> = operations(spec);
const tags: string[] = spec.tags.map((tag: { name: string }) => tag.name);
const kai = new KaiCalls({
  apiKey: 'kc_test_4eC39HqLyjWDarjtT1zdp7dc',
  fetch: async () => new Response('{}'),
});
const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');

describe('the client’s resources', () => {
  it.each(tags)('kai.%s is made once and has a method per operation of its tag', (tag) => {
    const resource = (kai as unknown as Record<string, Record<string, unknown>>)[tag];
    expect(resource, `kai.${tag}`).toBeDefined();
    expect((kai as unknown as Record<string, unknown>)[tag]).toBe(resource);
    for (const op of ops.filter((o) => o.tag === tag))
      expect(typeof resource![op.action], `kai.${tag}.${op.action}`).toBe('function');
  });

  it.each(tags)('the package exports the types of the %s resource', (tag) => {
    expect(index).toMatch(
      new RegExp(`from '\\./generated/resources/${kebab(tag)}\\.js'|from '\\./resources/${kebab(tag)}\\.js'`),
    );
  });

  it('the hand-written additions are on the client’s resources', () => {
    expect(typeof kai.calls.wait).toBe('function');
    expect(typeof kai.calls.createAndWait).toBe('function');
    expect(typeof kai.webhooks.verify).toBe('function');
  });
});
