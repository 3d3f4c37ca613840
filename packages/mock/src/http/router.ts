// Routes a request to its one operation before any msw code runs. msw tries handlers in turn and compiles
// each one's path pattern per request; with 57 operations that dominated the server's time (README.md,
// "Benchmark: the server").
// This table is built once from the generated operations: static paths by exact match, templated paths by
// segment, static before templated so `/v1/events/backfill` never reads as an event id.
import type { Route } from './routes.js';

interface Template {
  segments: string[];
  /** For each segment, the path parameter it binds, or null for a literal. */
  names: (string | null)[];
  route: Route;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

export interface Router {
  /** The route for this method and path (the path below the API base, e.g. `/v1/calls/call_1`). */
  match(method: string, path: string): Match | undefined;
  /** The methods a path answers to (for 405 Allow), empty when no operation has this path. */
  allowed(path: string): string[];
}

export function createRouter(routes: readonly Route[]): Router {
  const statics = new Map<string, Route>();
  const templates = new Map<string, Template[]>();
  const all: Template[] = [];
  for (const route of routes) {
    const { method, path } = route.operation;
    if (!path.includes('{')) {
      statics.set(`${method} ${path}`, route);
      all.push({ segments: path.split('/'), names: [], route });
      continue;
    }
    const segments = path.split('/');
    const template: Template = {
      segments,
      names: segments.map((s) => (s.startsWith('{') ? s.slice(1, -1) : null)),
      route,
    };
    const list = templates.get(method) ?? [];
    list.push(template);
    templates.set(method, list);
    all.push(template);
  }

  function bind(template: Template, parts: string[]): Record<string, string> | undefined {
    if (template.segments.length !== parts.length) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const name = template.names[i];
      if (name) {
        if (parts[i] === '') return undefined;
        params[name] = parts[i]!;
      } else if (template.segments[i] !== parts[i]) return undefined;
    }
    return params;
  }

  return {
    match(method, path) {
      const route = statics.get(`${method} ${path}`);
      if (route) return { route, params: {} };
      const list = templates.get(method);
      if (!list) return undefined;
      const parts = path.split('/');
      for (const template of list) {
        const params = bind(template, parts);
        if (params) return { route: template.route, params };
      }
      return undefined;
    },
    allowed(path) {
      const parts = path.split('/');
      const methods = new Set<string>();
      for (const template of all) {
        const matches =
          template.names.length === 0
            ? template.segments.join('/') === path
            : bind(template, parts) !== undefined;
        if (matches) methods.add(template.route.operation.method);
      }
      return [...methods];
    },
  };
}
