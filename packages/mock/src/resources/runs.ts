// Communication runs: validate and preview (no side effects), create (Idempotency-Key required, enforced by
// the pipeline from the spec), list, get, pause, resume, cancel. Dispatch is the runtime's dispatcher (../engine/dispatcher.ts).
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { previewRunDefinition, validateRunDefinition } from '../engine/run-plan.js';
import { MockError, notFound } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { defineResource } from './resource.js';

function getRun(ctx: Core, id: string): Schemas['CommunicationRun'] {
  const run = ctx.state.runs.get(id);
  if (!run) throw notFound('communication run', id, 'run_id');
  return run;
}

/** Refuses a definition with errors: 404 for an unknown agent, 400 naming the first problem otherwise. */
function requireValid(ctx: Core, body: Schemas['RunCreate']) {
  const { errors } = validateRunDefinition(ctx, body);
  const first = errors[0];
  if (!first) return;
  if (first.field === 'agent_id' && first.code === 'not_found')
    throw notFound('agent', body.agent_id, 'agent_id');
  const more =
    errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  throw new MockError(
    'invalid_request',
    `${first.field}: ${first.message}${more} POST /v1/communication-runs/validate lists every problem.`,
    first.field,
  );
}

export const runs = defineResource({
  operations: {
    validateRun({ body }, ctx) {
      return { body: validateRunDefinition(ctx, body) };
    },
    previewRun({ body }, ctx) {
      requireValid(ctx, body);
      return { body: previewRunDefinition(ctx, body) };
    },
    createRun({ body }, ctx) {
      requireValid(ctx, body);
      const run = ctx.dispatcher.create(body);
      // A copy: an idempotent replay answers what the first request answered.
      return { status: 201, body: { ...run, progress: { ...run.progress } } };
    },
    listRuns({ query }, ctx) {
      const items = [...ctx.state.runs.values()].filter(
        (r) => query.status === undefined || r.status === query.status,
      );
      return { body: paginate(items, query, (r) => r.created_at) };
    },
    getRun({ params }, ctx) {
      return { body: getRun(ctx, params.run_id!) };
    },
    pauseRun({ params }, ctx) {
      return { body: ctx.dispatcher.pause(getRun(ctx, params.run_id!)) };
    },
    resumeRun({ params }, ctx) {
      return { body: ctx.dispatcher.resume(getRun(ctx, params.run_id!)) };
    },
    cancelRun({ params }, ctx) {
      return { body: ctx.dispatcher.cancel(getRun(ctx, params.run_id!)) };
    },
  },
});
