// The spec as JSON for the mock: its validators and fixtures are compiled from it, and parsing JSON at
// startup is much cheaper than parsing YAML. The SDK's code samples (`x-codeSamples`) are documentation the
// mock never reads, so they are left out.
import { BANNER } from './spec.mjs';

const withoutCodeSamples = (key, value) => (key === 'x-codeSamples' ? undefined : value);

export async function generate(spec) {
  return {
    'packages/mock/src/generated/spec.ts': `${BANNER}\n// biome-ignore lint: generated\n// JSON.parse of a string literal starts faster than an object literal of this size.\nexport const spec: { paths: Record<string, any>; components: Record<string, any>; webhooks: Record<string, any>; [key: string]: any } = JSON.parse(${JSON.stringify(JSON.stringify(spec, withoutCodeSamples))});\n`,
  };
}
