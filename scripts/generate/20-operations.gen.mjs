// The operation table (method, path, tag, action, scopes, pagination, idempotency) for every package that
// routes or enumerates operations: the SDK's resources, the mock's router and scope checks, the CLI's commands.
import { BANNER, operations } from './spec.mjs';

export async function generate(spec) {
  const table = operations(spec);
  const source = `${BANNER}
/** One entry per operation of spec/openapi.yaml, in document order. */
export const operations = ${JSON.stringify(table, null, 2)} as const;

export type Operation = (typeof operations)[number];
export type OperationId = Operation['operationId'];
`;
  return {
    'packages/contract/src/generated/operations.ts': source,
  };
}
