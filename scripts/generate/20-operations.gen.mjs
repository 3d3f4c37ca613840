// The operation table (method, path, tag, action, scopes, pagination, idempotency) for every package that
// routes or enumerates operations: the SDK's `operations` export, the mock's router and scope checks. The
// table is data: it ships as one JSON string (parsed once at load) with a declared row type, rather than
// as a literal whose type spells out every row again in the declarations.
import { BANNER, operations } from './spec.mjs';

const union = (values) => [...new Set(values)].map((v) => JSON.stringify(v)).join(' | ');

export async function generate(spec) {
  const table = operations(spec);
  const inline = table.filter((op) => op.body && !op.body.schema).map((op) => op.operationId);
  if (inline.length)
    throw new Error(`operations: request bodies must $ref a named schema: ${inline.join(', ')}`);
  const source = `${BANNER}
/** The id of an operation of the spec. */
export type OperationId = ${union(table.map((op) => op.operationId))};

/** One operation of the spec, as the SDK, the mock and tools see it. */
export interface Operation {
  /** The spec's \`operationId\`, e.g. \`'createCall'\`. */
  readonly operationId: OperationId;
  readonly method: ${union(table.map((op) => op.method))};
  /** The path template under the base URL, e.g. \`'/v1/calls/{call_id}'\`. */
  readonly path: string;
  /** The resource (the spec's tag), e.g. \`'calls'\`. */
  readonly tag: ${union(table.map((op) => op.tag))};
  /** The SDK method and CLI verb (\`x-action\`), e.g. \`'create'\`. */
  readonly action: string;
  readonly summary: string;
  /** The scopes a key needs, from the operation's \`security\` requirement. */
  readonly scopes: readonly string[];
  readonly successStatus: ${union(table.map((op) => op.successStatus))};
  /** Whether it answers a page of the shared cursor pagination. */
  readonly paginated: boolean;
  /** Whether it takes an \`Idempotency-Key\`, and whether one is required. */
  readonly idempotency: 'none' | 'optional' | 'required';
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  /** The JSON body: whether it is required and its schema's name. */
  readonly body: { readonly required: boolean; readonly schema: string } | null;
  /** The schema name of the success response's JSON body. */
  readonly response: string | null;
}

// Marked pure, so an app that never reads the table does not bundle it.
/** One entry per operation of spec/openapi.yaml, in document order. */
export const operations: readonly Operation[] = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(table))});
`;
  return {
    'packages/contract/src/generated/operations.ts': source,
  };
}
