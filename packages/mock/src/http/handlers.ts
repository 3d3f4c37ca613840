// The msw handlers: one `http.<method>` handler per operation of the spec, each running the pipeline
// around its resource's resolver. These handlers are the one definition of the mock's behaviour; the
// server serves the same handlers.
import { http, type RequestHandler } from 'msw';
import { type Operation, operations } from '../generated/operations.js';
import type { Resource } from '../resources/resource.js';
import {
  handle,
  type IncomingRequest,
  type Pipeline,
  type Reply,
  type Resolver,
  toResponse,
} from './pipeline.js';

/** `/v1/calls/{call_id}` → `/v1/calls/:call_id` (msw's path syntax). */
export const toMswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

export interface Route {
  operation: Operation;
  resolver: Resolver;
  /** The msw handler: `respond`, its answer wrapped in a Fetch `Response`. */
  handler: RequestHandler;
  /**
   * What the handler does, before the `Response` wrapping: the server calls it with the params its route
   * table found, so msw need not match every handler's path per request.
   */
  respond(request: IncomingRequest, params: Record<string, string>): Promise<Reply>;
}

export function createRoutes(pipeline: Pipeline, resources: Resource[]): Route[] {
  const resolvers = new Map<string, Resolver>();
  for (const resource of resources) {
    for (const [id, resolver] of Object.entries(resource.operations))
      if (resolver) resolvers.set(id, resolver);
  }
  const base = pipeline.ctx.options.baseUrl.replace(/\/$/, '');
  const routes: Route[] = [];
  for (const operation of operations) {
    const resolver = resolvers.get(operation.operationId);
    if (!resolver) continue;
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const respond = (request: IncomingRequest, params: Record<string, string>) =>
      handle(pipeline, operation, resolver, request, params);
    const handler = http[method](`${base}${toMswPath(operation.path)}`, async ({ request, params }) =>
      toResponse(await respond(request, params as Record<string, string>)),
    );
    routes.push({ operation, resolver, handler, respond });
  }
  // Static paths (`/v1/events/backfill`) must win over parameterised ones (`/v1/events/{event_id}`).
  routes.sort((a, b) => Number(a.operation.path.includes('{')) - Number(b.operation.path.includes('{')));
  return routes;
}
