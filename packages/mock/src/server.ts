// The mock as a real HTTP server for CI jobs in any language: the routes msw's handlers wrap in-process
// (./http/routes.ts), served straight from node:http through a route table, without loading msw; a
// real-time clock (optionally sped up) that starts now, webhooks sent by real HTTP POST and signed at the
// wall-clock time, a control API under /_mock/, CORS and HEAD for browsers and tools, the spec itself, and
// optional state persisted to a file.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_CLOCK_MS } from './core/clock.js';
import type { ChaosOptions, Fixtures, MockOptions } from './core/context.js';
import { errorBody, MockError } from './http/errors.js';
import { journalBody, queryOf } from './http/journal.js';
import { createRouter } from './http/router.js';
import { MAX_BODY_BYTES } from './http/validation.js';
import { buildMock, type Mock } from './mock.js';
import {
  BodyTooLarge,
  readBody,
  requestId,
  sendError,
  sendReply,
  sendStream,
  toIncoming,
} from './server/bridge.js';
import { CONTROL_PREFIX, control } from './server/control.js';
import { httpFetch } from './server/http-fetch.js';
import { createGuard, isHostName, isLoopback, isWildcard } from './server/http-guard.js';
import { openStateFile } from './server/state-file.js';
import type { Journal } from './server/state-journal.js';

/**
 * Options of `startMockServer` (and the flags of `kaicalls-mock` and `kaicalls mock`); every one has a default.
 * @example
 * const server = await startMockServer({ speed: 10, seed: 7, startTime: '2026-03-02T14:00:00Z' });
 */
export interface MockServerOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** The interface to listen on. Default `127.0.0.1`. */
  host?: string | undefined;
  /** Mock time runs at real time × speed (10 plays a 60 s call in 6 s). Default 1. */
  speed?: number | undefined;
  /** Seeds ids, fixtures and timelines. Default 1. */
  seed?: number | undefined;
  /**
   * Where the mock's clock starts (ISO 8601, a Date or ms). Default: now, so `created_at`, `Date` and
   * `X-RateLimit-Reset` agree with the wall clock. Give it with `seed` for ids that repeat run after run.
   */
  startTime?: string | Date | number | undefined;
  /** Records to load after seeding, in wire format (see `createMock({ fixtures })`); again after every reset. */
  fixtures?: Fixtures | undefined;
  /**
   * Keep the state in this file (JSON lines, mode 0600): every change is written before the request that
   * made it is answered, and a restarted server goes on from it (live calls, retries, idempotency keys).
   * One server per file: a second one is refused.
   */
  stateFile?: string | undefined;
  /** Do not log requests to stderr. Default true. */
  quiet?: boolean | undefined;
  /** Enforce the per-key rate limits. Default true. */
  rateLimit?: boolean | undefined;
  /** Injected faults (see `createMock`). */
  chaos?: ChaosOptions | undefined;
  /** The Server-Sent Event streams: `{ heartbeatMs }` (see `createMock`). */
  streams?: MockOptions['streams'];
  /**
   * `Access-Control-Allow-Origin` of the API's answers, or `false` for no CORS. Default `*` when listening on
   * a loopback address, no CORS otherwise. The control API (/_mock/) never answers a web page.
   */
  corsOrigin?: string | false | undefined;
  /**
   * Host names (without a port) the control API (/_mock/) answers to besides localhost and the server's
   * addresses, e.g. `['mock']` for a Docker Compose service reached as `http://mock:4010`. Any other name in
   * a request's `Host` is refused (DNS rebinding). Default none.
   */
  allowedHosts?: readonly string[] | undefined;
  /**
   * Where the server's warnings go (listening beyond loopback). Default: stderr, prefixed
   * `[@kaicalls/mock] warning:`.
   */
  warn?: ((message: string) => void) | undefined;
  /** `'mock-clock'` signs webhooks at the mock's time instead of the wall clock's (see `createMock`). */
  webhookTimestamps?: 'wall-clock' | 'mock-clock' | undefined;
}

/**
 * A running mock server, from `startMockServer`: where it listens, its test key, and the mock behind it.
 * @example
 * const server = await startMockServer();
 * const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });
 * await server.mock.clock.advance(60_000); // jump a minute ahead
 * await server.close();
 */
export interface MockServer {
  /** `http://host:port`, reachable from this machine (127.0.0.1 when listening on every interface). */
  url: string;
  /** What the SDK's `baseUrl` (or KAICALLS_BASE_URL) should be: API paths are `/v1/...` directly under it. */
  baseUrl: string;
  /** The address and port it listens on, as bound (`0.0.0.0:4010` when on every interface). */
  address: string;
  /** Whether it listens on a loopback address only (else anyone who can reach the port can drive it). */
  loopback: boolean;
  /** The test key (scope `*`). */
  testKey: string;
  /** The mock behind the server: its clock, state and deliveries (it builds no msw handlers). */
  mock: Mock;
  /**
   * Stops listening, closes connections, stops the clock and saves the state file.
   * @example
   * afterAll(() => server.close());
   */
  close(): Promise<void>;
}

/** The spec, as the package ships it (`generated/`, next to `dist/` and `src/`). */
const SPEC_FILES: Record<string, { file: string; type: string }> = {
  '/openapi.json': { file: 'openapi.json', type: 'application/json' },
  '/openapi.yaml': { file: 'openapi.yaml', type: 'application/yaml' },
};
const specCache = new Map<string, Buffer>();
function specFile(name: string): Buffer {
  let bytes = specCache.get(name);
  if (!bytes) {
    bytes = readFileSync(new URL(`../generated/${name}`, import.meta.url));
    specCache.set(name, bytes);
  }
  return bytes;
}

/** Throws unless every allowed host is a bare host name (no port, scheme or path). */
function checkAllowedHosts(names: readonly string[] | undefined): void {
  for (const name of names ?? [])
    if (!isHostName(name))
      throw new RangeError(
        `@kaicalls/mock: allowedHosts takes host names without a port, e.g. "mock", got ${JSON.stringify(name)}.`,
      );
}

function toStart(value: MockServerOptions['startTime']): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'number' ? value : new Date(value).getTime();
  if (!Number.isFinite(ms))
    throw new RangeError(`@kaicalls/mock: startTime is not a valid date: ${String(value)}.`);
  if (ms < 0 || ms > MAX_CLOCK_MS)
    throw new RangeError(
      `@kaicalls/mock: startTime must be from 1970-01-01 to ${new Date(MAX_CLOCK_MS).toISOString()}, got ${String(value)}.`,
    );
  return ms;
}

/**
 * Starts the mock as an HTTP server.
 * @example
 * const server = await startMockServer({ port: 4010 });
 * const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const start = toStart(options.startTime);
  checkAllowedHosts(options.allowedHosts);
  const file = options.stateFile
    ? openStateFile(options.stateFile, (message) => console.error(`[@kaicalls/mock] ${message}`))
    : undefined;
  const saved = file?.loaded;
  const bindHost = options.host ?? '127.0.0.1';
  const http = createServer({ keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      file?.abandon();
      reject(error);
    };
    http.once('error', failed);
    http.listen(options.port ?? 0, bindHost, () => {
      http.off('error', failed);
      resolve();
    });
  });
  const bound = http.address() as AddressInfo;
  const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  const url = `http://${isWildcard(bound.address) ? '127.0.0.1' : host}:${bound.port}`;
  const loopback = isLoopback(bound.address);
  const guard = createGuard(
    bound.address,
    bound.port,
    options.corsOrigin ?? (loopback ? '*' : false),
    options.allowedHosts,
  );
  if (!loopback) {
    const warn = options.warn ?? ((message) => console.error(`[@kaicalls/mock] warning: ${message}`));
    warn(
      `listening on ${host}:${bound.port}, which is not a loopback address. Anyone who can reach port ${bound.port} can call the API and drive the control API (/_mock/): reset it, move its clock, read every request and webhook.`,
    );
  }

  const { mock, runtime } = buildMock({
    seed: saved?.seed ?? options.seed ?? 1,
    speed: options.speed ?? 1,
    baseUrl: url,
    rateLimit: options.rateLimit ?? true,
    ...(options.chaos ? { chaos: options.chaos } : {}),
    ...(options.streams ? { streams: options.streams } : {}),
    now: saved?.clock ?? start ?? Date.now(),
    // A CI job's receivers de-duplicate by webhook-id: ids must not repeat across restarts and resets,
    // unless the user asked for the same run every time.
    uniqueIds: !(options.seed !== undefined && start !== undefined),
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    webhooks: {
      fetch: httpFetch,
      ...(options.webhookTimestamps ? { timestamps: options.webhookTimestamps } : {}),
    },
  });
  let saving: Journal | undefined;
  try {
    await mock.ready;
    saving = file?.start(runtime);
  } catch (error) {
    file?.abandon();
    mock.clock.stop();
    http.close();
    throw error;
  }

  const router = createRouter(mock.routes);
  const quiet = options.quiet ?? true;
  /** Responses that are streams still open: `close()` ends them before it drops the connections. */
  const streaming = new Set<ServerResponse>();
  const controlContext = {
    mock,
    url,
    changed: () => saving?.flush(),
    inFlight: () => runtime().deliveries.inFlight(),
    openStreams: () => runtime().streams.size,
  };

  /** The headers every API answer carries, for the answers the pipeline does not make. */
  const standard = (req: IncomingMessage) => ({
    ...runtime().limiter.peek('anonymous'),
    ...guard.cors(req.headers.origin),
  });

  /** Records an answer the pipeline did not make (routing, a refused body) in the request journal. */
  function journal(
    req: IncomingMessage,
    path: string,
    status: number,
    id: string,
    operationId: string | null,
    body?: Buffer,
  ) {
    runtime().journal.record({
      method: req.method ?? 'GET',
      path,
      query: queryOf(req.url ?? ''),
      operationId,
      status,
      requestId: id,
      keyId: null,
      body: journalBody(body),
      at: mock.context.iso(),
    });
  }

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    error: MockError,
    operationId: string | null,
    extra: Record<string, string> = {},
  ) {
    const id = requestId();
    sendError(res, error, { ...standard(req), ...extra }, id);
    journal(req, path, error.status, id, operationId);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    if (path.startsWith(CONTROL_PREFIX)) {
      const refused = guard.refuseControl(req.headers);
      if (refused) {
        req.resume();
        return sendError(res, new MockError('forbidden', refused, 'origin'));
      }
      const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
      return control(controlContext, method, target, body, res);
    }
    const spec = SPEC_FILES[path];
    if (spec && (method === 'GET' || method === 'HEAD')) {
      req.resume();
      const bytes = specFile(spec.file);
      res.writeHead(200, {
        'content-type': spec.type,
        'content-length': String(bytes.length),
        'x-request-id': requestId(),
        ...standard(req),
      });
      return res.end(method === 'HEAD' ? undefined : bytes);
    }
    // The methods a path answers (for a preflight, `Allow` and a 405): only worked out when one is needed,
    // since a request that matches a route never asks (it scans every route).
    const methodsOf = () => {
      const allowed = target.startsWith('/') ? router.allowed(path) : [];
      const methods =
        allowed.length === 0 ? [] : [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
      return { allowed, methods };
    };
    const preflight = method === 'OPTIONS' ? methodsOf().methods : [];
    if (preflight.length > 0) {
      req.resume();
      res.writeHead(204, {
        allow: preflight.join(', '),
        'x-request-id': requestId(),
        ...standard(req),
        ...guard.preflight(req.headers.origin, preflight, req.headers['access-control-request-headers']),
      });
      return res.end();
    }
    const head = method === 'HEAD';
    const match = router.match(head ? 'GET' : method, path);
    if (!match) {
      req.resume();
      const { allowed, methods } = methodsOf();
      if (methods.length > 0) {
        const message = `${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`;
        const error = new MockError('invalid_request', message, 'method', { allow: methods.join(', ') }, 405);
        return refuse(req, res, path, error, null);
      }
      return refuse(
        req,
        res,
        path,
        new MockError(
          'not_found',
          `No operation at ${method} ${path}. API paths start with /v1/ (e.g. GET /v1/calls); the control API is under /_mock/.`,
        ),
        null,
      );
    }
    let body: Buffer | undefined;
    if (method !== 'GET' && !head) {
      try {
        body = await readBody(req);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        const message = `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
        return refuse(
          req,
          res,
          path,
          new MockError('invalid_request', message, 'body'),
          match.route.operation.operationId,
          {
            connection: 'close',
          },
        );
      }
    }
    // What the matched msw handler runs in-process, minus its Fetch `Response` wrapping, with the params the
    // route table found: the same behaviour, without msw matching every handler's path first.
    const reply = await match.route.respond(toIncoming(req, res, url + target, body), match.params);
    // What the request changed is in the state file before the client hears of it (one write for all the
    // requests answered in this turn of the event loop).
    try {
      if (saving) await saving.written();
    } catch (error) {
      const message = `The request was processed, but the state file could not be written (${(error as Error).message.replace(/^@kaicalls\/mock: /, '')}): its changes are kept in memory and written with the next change. Free disk space, or restart without --state-file.`;
      return sendError(res, new MockError('internal_error', message), standard(req));
    }
    if (reply.stream) {
      streaming.add(res);
      res.once('close', () => streaming.delete(res));
      return sendStream(res, reply, guard.cors(req.headers.origin), head);
    }
    sendReply(res, reply, guard.cors(req.headers.origin), head);
  }

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = quiet ? 0 : performance.now();
    serve(req, res)
      .catch((error) => {
        if (res.headersSent) return res.destroy();
        console.error('[@kaicalls/mock]', error);
        sendError(
          res,
          new MockError(
            'internal_error',
            `The mock server failed unexpectedly: ${(error as Error)?.message ?? error}. This is a bug in @kaicalls/mock; please report it.`,
          ),
          standard(req),
        );
      })
      .finally(() => {
        if (!quiet)
          console.error(
            `${req.method} ${req.url} → ${res.statusCode} (${(performance.now() - started).toFixed(1)} ms)`,
          );
      });
  });
  // A malformed request line or header block never reaches the handler: answer it like any other 400.
  http.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const id = requestId();
    const malformed = new MockError('invalid_request', `Malformed HTTP request: ${error.message}.`);
    const body = JSON.stringify(errorBody(malformed, id));
    const headers = { ...runtime().limiter.peek('anonymous'), 'x-request-id': id };
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${Object.entries(
        headers,
      )
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}connection: close\r\n\r\n${body}`,
    );
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: url,
    address: `${host}:${bound.port}`,
    loopback,
    testKey: mock.testKey,
    mock,
    close() {
      closing ??= (async () => {
        mock.clock.stop();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        // Streams end cleanly (their last chunk sent), then every connection is dropped, idle or not.
        runtime().streams.dispose();
        await Promise.race([
          Promise.all([...streaming].map((res) => new Promise((done) => res.once('close', done)))),
          new Promise((done) => setTimeout(done, 250).unref()),
        ]);
        http.closeAllConnections();
        await closed;
        await saving?.close();
      })();
      return closing;
    },
  };
}

export type { Fixtures } from './core/context.js';
export type { Mock } from './mock.js';
export { DEFAULT_PORT, type MockCliOptions, runMockServerCli } from './server/cli.js';
