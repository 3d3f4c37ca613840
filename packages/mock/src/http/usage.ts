// Every authenticated request that succeeds lands in the usage log (`GET /v1/usage`).
import type { Core } from '../core/context.js';
import type { MockRequest } from './pipeline.js';

/** What a request costs, in cents: placing a call is billed, reading is not. */
const COST_CENTS: Partial<Record<string, number>> = { createCall: 15 };
/** The log keeps the latest records only, so a load test cannot grow the mock without bound. */
export const USAGE_LOG_LIMIT = 10_000;

export function recordUsage(ctx: Core, request: MockRequest, status: number): void {
  const { operation } = request;
  const id = ctx.id('use');
  ctx.state.usage.set(id, {
    id,
    endpoint: operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.params[name] ?? name),
    method: operation.method as 'GET' | 'POST' | 'PATCH' | 'DELETE',
    status_code: status,
    call_id: operation.tag === 'calls' ? (request.params.call_id ?? null) : null,
    business_id: request.scope.businessId,
    cost_cents: COST_CENTS[operation.operationId] ?? 0,
    created_at: ctx.iso(),
  });
  if (ctx.state.usage.size > USAGE_LOG_LIMIT) {
    // Maps iterate in insertion order: the first key is the oldest record.
    ctx.state.usage.delete(ctx.state.usage.keys().next().value!);
  }
}
