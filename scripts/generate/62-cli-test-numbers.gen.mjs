// The test numbers (spec `x-test-numbers`) for the CLI's help, so `kaicalls mock --help` lists what the spec says.
import { BANNER } from './spec.mjs';

export async function generate(spec) {
  const numbers = spec['x-test-numbers'];
  if (!numbers || typeof numbers !== 'object')
    throw new Error('cli test numbers: the spec has no x-test-numbers');
  return {
    'packages/cli/src/generated/test-numbers.ts': `${BANNER}
/** Each test destination number and the scenario it selects (spec \`x-test-numbers\`). */
export const testNumbers: Readonly<Record<string, string>> = ${JSON.stringify(numbers, null, 2)};
`,
  };
}
