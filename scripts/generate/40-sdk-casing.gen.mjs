// The SDK converts keys between the camelCase surface and the snake_case wire. Values of free-form maps
// (metadata, call variables) are the customer's own keys and pass through untouched. This derives the
// property names that hold such maps (spec.mjs's `freeFormMapNames`, the one rule for it).
import { BANNER, freeFormMapNames } from './spec.mjs';

export async function generate(spec) {
  const names = freeFormMapNames(spec);
  return {
    'packages/sdk/src/generated/casing.ts': `${BANNER}
/** Properties whose values are free-form maps: their keys are kept exactly as sent, in both directions. */
export const freeFormKeys: ReadonlySet<string> = new Set(${JSON.stringify(names)});
`,
  };
}
