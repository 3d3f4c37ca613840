// Communication runs: validate and preview (no side effects), create (Idempotency-Key required, enforced by
// the pipeline from the spec), list, get, pause, resume, cancel. Dispatch is the runtime's dispatcher (../engine/dispatcher.ts).
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { previewRunDefinition, validateRunDefinition } from '../engine/run-plan.js';
import { MockError, notFound } from '../http/errors.js';
import { reaches, type Scope } from '../http/scope.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

function getRun(ctx: Core, scope: Scope, id: string): Schemas['CommunicationRun'] {
  return find(ctx, scope, 'runs', id, 'run_id');
}

/** A run definition's problems as the request's scope sees them (another business's agent is not found). */
function problems(ctx: Core, scope: Scope, body: Schemas['RunCreate']) {
  return validateRunDefinition(ctx, body, (businessId) => reaches(scope, businessId));
}

/** Refuses a definition with errors: 404 for an unknown agent, 400 naming the first problem otherwise. */
function requireValid(ctx: Core, scope: Scope, body: Schemas['RunCreate']) {
  const { errors } = problems(ctx, scope, body);
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
    validateRun({ body, scope }, ctx) {
      return { body: problems(ctx, scope, body) };
    },
    previewRun({ body, scope }, ctx) {
      requireValid(ctx, scope, body);
      return { body: previewRunDefinition(ctx, body) };
    },
    createRun({ body, scope }, ctx) {
      requireValid(ctx, scope, body);
      const run = ctx.dispatcher.create(body);
      // A copy: an idempotent replay answers what the first request answered.
      return { status: 201, body: { ...run, progress: { ...run.progress } } };
    },
    listRuns({ query, scope }, ctx) {
      const keep = (r: { status: string }) => query.status === undefined || r.status === query.status;
      const where = { status: query.status as string | undefined };
      return { body: listPage(ctx, scope, 'runs', query, { where }, { keep }) };
    },
    getRun({ params, scope }, ctx) {
      return { body: getRun(ctx, scope, params.run_id!) };
    },
    pauseRun({ params, scope }, ctx) {
      return { body: ctx.dispatcher.pause(getRun(ctx, scope, params.run_id!)) };
    },
    resumeRun({ params, scope }, ctx) {
      return { body: ctx.dispatcher.resume(getRun(ctx, scope, params.run_id!)) };
    },
    cancelRun({ params, scope }, ctx) {
      return { body: ctx.dispatcher.cancel(getRun(ctx, scope, params.run_id!)) };
    },
  },
});
