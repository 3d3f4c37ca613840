// The msw handlers: one `http.<method>` handler per route (per operation of the spec), answering with the
// route's pipeline and resolver. In-process and the server run the same routes; only this wrapping into
// Fetch `Response`s is msw's.
import { http, type RequestHandler } from 'msw';
import { toResponse } from './pipeline.js';
import { createRouter, type Match } from './router.js';
import type { Route } from './routes.js';

/** `/v1/calls/{call_id}` → `/v1/calls/:call_id` (msw's path syntax). */
export const toMswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * The msw handlers of `routes`, answering under `baseUrl`.
 * @example setupServer(...createHandlers(routes, 'https://kaicalls.com/api'))
 */
export function createHandlers(routes: readonly Route[], baseUrl: string): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  // msw matches a handler by its predicate. A path pattern would make msw compile it per request, and its
  // decoding throws on malformed percent-encoding (a 500 from msw itself); the route table instead
  // matches once per request, keeps ids raw for the validator, and finds static paths before templates.
  const router = createRouter(routes);
  const matches = new WeakMap<Request, Match | null>();
  const matchOf = (request: Request): Match | null => {
    let match = matches.get(request);
    if (match === undefined) {
      const url = request.url;
      const end = url.indexOf('?');
      const path = url.startsWith(base) ? url.slice(base.length, end < 0 ? undefined : end) : undefined;
      match = path?.startsWith('/') ? (router.match(request.method, path) ?? null) : null;
      matches.set(request, match);
    }
    return match;
  };
  return routes.map((route) => {
    const { operation } = route;
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const predicate = ({ request }: { request: Request }) => {
      const match = matchOf(request);
      return match?.route === route ? { matches: true, params: match.params } : false;
    };
    const handler = http[method](predicate, async ({ request, params }) =>
      toResponse(await route.respond(request, params as Record<string, string>), request.signal),
    );
    // What msw prints for this handler (instead of "[custom predicate]").
    Object.assign(handler.info, { header: `${operation.method} ${base}${toMswPath(operation.path)}` });
    return handler;
  });
}
