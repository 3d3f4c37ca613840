// The few facts the SDK's transport needs per operation, in a compact form: the full operation table
// (src/generated/operations.ts, exported for tooling) is several times larger, and every byte here ships in
// every app that uses the client.
import { BANNER, operations, resolve } from './spec.mjs';

/** The query parameters sent comma-separated (`style: form, explode: false`): `types=a,b`. */
function commaSeparated(spec, op) {
  const item = spec.paths[op.path];
  return [...(item.parameters ?? []), ...(item[op.method.toLowerCase()].parameters ?? [])]
    .map((p) => resolve(spec, p))
    .filter((p) => p.in === 'query' && p.explode === false)
    .map((p) => p.name);
}

/** What a stream (`x-stream`) or a comma-separated query adds to a route, else nothing. */
function extra(spec, op) {
  const out = {};
  if (op.stream) {
    out.resume = op.stream.resume;
    out.ends = op.stream.ends ? 1 : 0;
  }
  const csv = commaSeparated(spec, op);
  if (csv.length > 0) out.csv = csv;
  return Object.keys(out).length > 0 ? `, ${JSON.stringify(out)}` : '';
}

export async function generate(spec) {
  const rows = operations(spec).map(
    (op) =>
      `  ${op.operationId}: [${JSON.stringify(op.method)}, ${JSON.stringify(op.path)}, ${op.idempotency === 'none' ? 0 : 1}${extra(spec, op)}],`,
  );
  return {
    'packages/sdk/src/generated/routes.ts': `${BANNER}
/**
 * operationId → [method, path, whether it sends an \`Idempotency-Key\`, and for some: what a stream resumes
 * by (\`Last-Event-ID\`: a \`sequence\` or an event \`id\`), whether it ends, the comma-separated query
 * parameters]. Path parameters are the \`{name}\` segments of the path, in order.
 */
export const routes = {
${rows.join('\n')}
} as const satisfies Record<string, readonly [string, string, 0 | 1] | readonly [string, string, 0 | 1, RouteExtra]>;

/** What a stream operation (\`x-stream\`) or a comma-separated query adds to a route. */
export interface RouteExtra {
  /** The stream's SSE \`id\`: a timeline event's \`sequence\`, or an event's \`id\`. */
  readonly resume?: 'sequence' | 'id';
  /** 1 when the stream ends by itself (an \`end\` event), 0 when it runs until closed. */
  readonly ends?: 0 | 1;
  /** Query parameters whose arrays are sent comma-separated (\`style: form, explode: false\`). */
  readonly csv?: readonly string[];
}

export type Route = (typeof routes)[keyof typeof routes];
`,
  };
}
