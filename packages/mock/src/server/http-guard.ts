// What a local API owes the browser and the machine it runs on: CORS for the KaiCalls API (so a web app in
// development calls the mock directly), and a control API (/_mock/) that no web page can drive: a request
// with a foreign `Origin`, or a `Host` that is not the server's own address (DNS rebinding), is refused.
import { isIP } from 'node:net';

/** The request headers the API reads, allowed in a preflight. */
export const CORS_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'x-api-key',
  'last-event-id',
  'x-mock-scenario',
  'x-kaicalls-client',
];
/** The response headers a page may read. */
export const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'idempotency-replayed',
  'x-poll-interval-ms',
];

/** Whether `host` (as given to listen) is a loopback address or name. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** Whether `host` is the any-address (every interface). */
export const isWildcard = (host: string) => ['0.0.0.0', '::', '[::]', ''].includes(host);

export interface Guard {
  /** Why a control request must be refused, or undefined when it may go on. */
  refuseControl(headers: { origin?: string | undefined; host?: string | undefined }): string | undefined;
  /** The CORS headers of an API response to a request from `origin` (none when CORS is off). */
  cors(origin: string | undefined): Record<string, string>;
  /** The answer to a preflight: allowed methods, the request headers asked for, a max age. */
  preflight(
    origin: string | undefined,
    methods: string[],
    requested: string | undefined,
  ): Record<string, string>;
}

/**
 * @param host the address the server listens on (as given), `port` the port it got.
 * @param corsOrigin `Access-Control-Allow-Origin` of API answers; `false` for none.
 */
export function createGuard(host: string, port: number, corsOrigin: string | false): Guard {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (!isWildcard(host)) names.add(isIP(host) === 6 ? `[${host}]` : host);
  const hostAllowed = (value: string) => {
    if (isWildcard(host)) return true;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value.toLowerCase());
    return Boolean(match && names.has(match[1]!) && Number(match[2] ?? 80) === port);
  };
  const exposed = CORS_EXPOSED_HEADERS.join(', ');
  return {
    refuseControl({ origin, host: hostHeader }) {
      if (hostHeader === undefined || !hostAllowed(hostHeader))
        return `The control API answers only requests addressed to this server (Host ${[...names].map((n) => `${n}:${port}`).join(' or ')}), not "${hostHeader ?? ''}", so that no web page reaches it through DNS rebinding.`;
      const own =
        origin === `http://${hostHeader}` ||
        (origin?.startsWith('http://') && !isWildcard(host) && hostAllowed(origin.slice(7)));
      if (origin !== undefined && !own)
        return `The control API cannot be driven by a web page (Origin ${origin}). Call it from your test process, a script or curl.`;
      return undefined;
    },
    cors(origin) {
      if (corsOrigin === false || origin === undefined) return {};
      return {
        'access-control-allow-origin': corsOrigin,
        'access-control-expose-headers': exposed,
        ...(corsOrigin === '*' ? {} : { vary: 'Origin' }),
      };
    },
    preflight(origin, methods, requested) {
      if (corsOrigin === false || origin === undefined) return {};
      return {
        ...this.cors(origin),
        'access-control-allow-methods': methods.join(', '),
        'access-control-allow-headers': requested ?? CORS_REQUEST_HEADERS.join(', '),
        'access-control-max-age': '600',
      };
    },
  };
}
