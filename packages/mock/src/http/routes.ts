// One route per operation of the spec that has a resolver: the pipeline around the resolver, as a function
// of a request and its path params. The msw handlers (./handlers.ts) wrap these; the server calls them
// directly, so it never loads msw (most of its startup time otherwise).
import { type Operation, operations } from '@kaicalls/contract/operations';
import type { Resource } from '../resources/resource.js';
import { handle, type IncomingRequest, type Pipeline, type Reply, type Resolver } from './pipeline.js';

export interface Route {
  operation: Operation;
  resolver: Resolver;
  /** Runs the request through the pipeline and the resolver; never throws. */
  respond(request: IncomingRequest, params: Record<string, string>): Promise<Reply>;
}

export function createRoutes(pipeline: Pipeline, resources: Resource[]): Route[] {
  const resolvers = new Map<string, Resolver>();
  for (const resource of resources) {
    for (const [id, resolver] of Object.entries(resource.operations))
      if (resolver) resolvers.set(id, resolver);
  }
  const routes: Route[] = [];
  for (const operation of operations) {
    const resolver = resolvers.get(operation.operationId);
    if (!resolver) continue;
    routes.push({
      operation,
      resolver,
      respond: (request, params) => handle(pipeline, operation, resolver, request, params),
    });
  }
  return routes;
}
