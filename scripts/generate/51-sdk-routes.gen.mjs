// The few facts the SDK's transport needs per operation, in a compact form: the full operation table
// (src/generated/operations.ts, exported for tooling) is several times larger, and every byte here ships in
// every app that uses the client.
import { BANNER, operations } from './spec.mjs';

export async function generate(spec) {
  const rows = operations(spec).map(
    (op) =>
      `  ${op.operationId}: [${JSON.stringify(op.method)}, ${JSON.stringify(op.path)}, ${op.idempotency === 'none' ? 0 : 1}],`,
  );
  return {
    'packages/sdk/src/generated/routes.ts': `${BANNER}
/**
 * operationId → [method, path, whether it sends an \`Idempotency-Key\`].
 * Path parameters are the \`{name}\` segments of the path, in order.
 */
export const routes = {
${rows.join('\n')}
} as const satisfies Record<string, readonly [string, string, 0 | 1]>;

export type Route = (typeof routes)[keyof typeof routes];
`,
  };
}
