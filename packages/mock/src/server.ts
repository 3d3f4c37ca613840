// The mock as a real HTTP server for CI jobs in any language: the routes msw's handlers wrap in-process
// (./http/routes.ts), served straight from node:http through a route table, without loading msw; a
// real-time clock (optionally sped up), webhooks sent by real HTTP POST, a control API under /_mock/, and
// optional state persisted to a file.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChaosOptions } from './core/context.js';
import { errorBody, MockError } from './http/errors.js';
import { createRouter } from './http/router.js';
import { MAX_BODY_BYTES } from './http/validation.js';
import { buildMock, type Mock } from './mock.js';
import { BodyTooLarge, readBody, requestId, sendError, sendReply, toIncoming } from './server/bridge.js';
import { CONTROL_PREFIX, control } from './server/control.js';
import { httpFetch } from './server/http-fetch.js';
import { createSaver, readStateFile, restoreState } from './server/state-file.js';

/**
 * Options of `startMockServer` (and the flags of `kaicalls mock`); every one has a default.
 * @example
 * const server = await startMockServer({ speed: 10, seed: 7, stateFile: '.mock-state.json' });
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
  /** Persist the state to this JSON file after changes and at exit; reload it at start. */
  stateFile?: string | undefined;
  /** Do not log requests to stderr. Default true. */
  quiet?: boolean | undefined;
  /** Enforce the per-key rate limits. Default true. */
  rateLimit?: boolean | undefined;
  /** Injected faults (see `createMock`). */
  chaos?: ChaosOptions | undefined;
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
  /** `http://host:port`. */
  url: string;
  /** What the SDK's `baseUrl` (or KAICALLS_BASE_URL) should be: API paths are `/v1/...` directly under it. */
  baseUrl: string;
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

function notFound(res: ServerResponse, method: string, path: string, allowed: string[]) {
  if (allowed.length > 0) {
    const message = `${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`;
    return sendError(
      res,
      new MockError('invalid_request', message, 'method', { allow: allowed.join(', ') }, 405),
    );
  }
  sendError(
    res,
    new MockError(
      'not_found',
      `No operation at ${method} ${path}. API paths start with /v1/ (e.g. GET /v1/calls); the control API is under /_mock/.`,
    ),
  );
}

/**
 * Starts the mock as an HTTP server.
 * @example
 * const server = await startMockServer({ port: 4010 });
 * const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const saved = options.stateFile ? readStateFile(options.stateFile) : undefined;
  const http = createServer({ keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;

  const { mock, runtime } = buildMock({
    seed: saved?.seed ?? options.seed ?? 1,
    speed: options.speed ?? 1,
    baseUrl: url,
    rateLimit: options.rateLimit ?? true,
    ...(options.chaos ? { chaos: options.chaos } : {}),
    ...(saved ? { now: saved.now } : {}),
    webhooks: { fetch: httpFetch },
  });
  await mock.ready;
  if (saved) {
    restoreState(runtime(), saved);
    // Timers do not survive a restart: deliveries that were waiting for a retry are armed again.
    runtime().deliveries.resume();
  }
  const saver = options.stateFile ? createSaver(options.stateFile, mock.context) : undefined;
  if (saver) mock.context.onEvent(() => saver.touch());

  const router = createRouter(mock.routes);
  const quiet = options.quiet ?? true;
  const controlContext = { mock, url, changed: () => saver?.touch() };

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    if (path.startsWith(CONTROL_PREFIX)) {
      const body = method === 'GET' ? Buffer.alloc(0) : await readBody(req);
      return control(controlContext, method, path, body, res);
    }
    const match = router.match(method, path);
    if (!match) {
      req.resume();
      return notFound(res, method, path, target.startsWith('/') ? router.allowed(path) : []);
    }
    const body = method === 'GET' ? undefined : await readBody(req);
    // What the matched msw handler runs in-process, minus its Fetch `Response` wrapping, with the params the
    // route table found: the same behaviour, without msw matching every handler's path first.
    sendReply(res, await match.route.respond(toIncoming(req, res, url + target, body), match.params));
    if (method !== 'GET') saver?.touch();
  }

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = quiet ? 0 : performance.now();
    serve(req, res)
      .catch((error) => {
        if (res.headersSent) return res.destroy();
        if (error instanceof BodyTooLarge) {
          const message = `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
          return sendError(res, new MockError('invalid_request', message, 'body'), { connection: 'close' });
        }
        console.error('[@kaicalls/mock]', error);
        sendError(
          res,
          new MockError(
            'internal_error',
            `The mock server failed unexpectedly: ${(error as Error)?.message ?? error}. This is a bug in @kaicalls/mock; please report it.`,
          ),
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
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${id}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: url,
    testKey: mock.testKey,
    mock,
    close() {
      closing ??= new Promise<void>((resolve) => {
        mock.clock.stop();
        http.close(() => resolve());
        http.closeAllConnections();
      }).then(() => saver?.flush());
      return closing;
    },
  };
}

export type { Mock } from './mock.js';
