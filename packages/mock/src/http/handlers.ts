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
import { createRouter, type Match, type Router } from './router.js';

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
  // msw matches a handler by its predicate. A path pattern would make msw compile it per request, and its
  // decoding throws on malformed percent-encoding (a 500 from msw itself); the route table instead
  // matches once per request, keeps ids raw for the validator, and finds static paths before templates.
  const matches = new WeakMap<Request, Match | null>();
  let router: Router | undefined;
  const matchOf = (request: Request): Match | null => {
    let match = matches.get(request);
    if (match === undefined) {
      const url = request.url;
      const end = url.indexOf('?');
      const path = url.startsWith(base) ? url.slice(base.length, end < 0 ? undefined : end) : undefined;
      match = path?.startsWith('/') ? (router!.match(request.method, path) ?? null) : null;
      matches.set(request, match);
    }
    return match;
  };
  for (const operation of operations) {
    const resolver = resolvers.get(operation.operationId);
    if (!resolver) continue;
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const respond = (request: IncomingRequest, params: Record<string, string>) =>
      handle(pipeline, operation, resolver, request, params);
    const route = { operation, resolver, respond } as Route;
    const predicate = ({ request }: { request: Request }) => {
      const match = matchOf(request);
      return match?.route === route ? { matches: true, params: match.params } : false;
    };
    route.handler = http[method](predicate, async ({ request, params }) =>
      toResponse(await respond(request, params as Record<string, string>)),
    );
    // What msw prints for this handler (instead of "[custom predicate]").
    Object.assign(route.handler.info, { header: `${operation.method} ${base}${toMswPath(operation.path)}` });
    routes.push(route);
  }
  router = createRouter(routes);
  return routes;
}
