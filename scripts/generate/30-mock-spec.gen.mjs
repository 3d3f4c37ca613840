// The spec as JSON for the mock: its validators and fixtures are compiled from it, and parsing JSON at
// startup is much cheaper than parsing YAML. The SDK's code samples (`x-codeSamples`) are documentation the
// mock never reads, so they are left out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BANNER } from './spec.mjs';

const withoutCodeSamples = (key, value) => (key === 'x-codeSamples' ? undefined : value);

// The whole spec also ships in the package (`@kaicalls/mock/openapi.json`, `generated/openapi.yaml`) and the server
// serves it (`GET /openapi.yaml`, `GET /openapi.json`), so tools that read it at run time need no repository.
export async function generate(spec, root) {
  const yaml = await readFile(join(root, 'spec/openapi.yaml'), 'utf8');
  return {
    'packages/mock/generated/openapi.yaml': `${BANNER.replace(/^\/\//gm, '#')}${yaml}`,
    'packages/mock/generated/openapi.json': `${JSON.stringify(spec, null, 2)}\n`,
    'packages/mock/src/generated/spec.ts': `${BANNER}\n// biome-ignore lint: generated\n// JSON.parse of a string literal starts faster than an object literal of this size.\nexport const spec: { paths: Record<string, any>; components: Record<string, any>; webhooks: Record<string, any>; [key: string]: any } = JSON.parse(${JSON.stringify(JSON.stringify(spec, withoutCodeSamples))});\n`,
  };
}
