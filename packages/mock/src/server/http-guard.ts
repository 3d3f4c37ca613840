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
 * Whether `name` can be an allowed host (`--allowed-host`, `allowedHosts`): a bare host name, no port,
 * scheme or path. Underscores are allowed, as Docker Compose service names have them (`kaicalls_mock`).
 */
export const isHostName = (name: unknown): name is string =>
  typeof name === 'string' && /^[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?$/i.test(name);

/** `localhost`, `127.0.0.1:4010`, `[::1]:4010` → its name (lowercase, IPv6 in brackets) and port; else undefined. */
function parseHost(value: string): { name: string; port: number } | undefined {
  const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/.exec(value.toLowerCase());
  return match ? { name: match[1]!, port: Number(match[2] ?? 80) } : undefined;
}

/** Whether `name` (as a Host header carries it) is an IP address rather than a DNS name. */
const isAddress = (name: string) => isIP(name.replace(/^\[|\]$/g, '')) !== 0;

/**
 * @param host the address the server listens on (as given), `port` the port it got.
 * @param corsOrigin `Access-Control-Allow-Origin` of API answers; `false` for none.
 * @param allowedHosts names besides the server's addresses that the control API answers to (a Docker
 * Compose service name, a machine's host name).
 */
export function createGuard(
  host: string,
  port: number,
  corsOrigin: string | false,
  allowedHosts: readonly string[] = [],
): Guard {
  const wildcard = isWildcard(host);
  const names = new Set(['localhost', ...allowedHosts.map((name) => name.toLowerCase())]);
  if (!wildcard) names.add(isIP(host) === 6 ? `[${host}]` : host);
  // DNS rebinding needs a name the attacker controls, so on every interface the control API answers an
  // address (whichever one a Docker port mapping or a CI service reaches it by, at whatever port it was
  // published on) and localhost, but a name only if the user allowed it. On one address, the Host must be
  // that address (or localhost, or an allowed name) and the port its own.
  const hostAllowed = (value: string) => {
    const parsed = parseHost(value);
    if (!parsed) return false;
    if (wildcard) return isAddress(parsed.name) || names.has(parsed.name);
    const loopbackName = isLoopback(parsed.name) && isLoopback(host);
    return (names.has(parsed.name) || loopbackName) && parsed.port === port;
  };
  const expected = wildcard
    ? `localhost or an IP address${allowedHosts.length ? `, ${allowedHosts.join(', ')}` : ''}`
    : [...names, ...(isLoopback(host) ? ['127.0.0.1', '[::1]'] : [])]
        .filter((name, i, all) => all.indexOf(name) === i)
        .map((name) => `${name}:${port}`)
        .join(' or ');
  const exposed = CORS_EXPOSED_HEADERS.join(', ');
  return {
    refuseControl({ origin, host: hostHeader }) {
      if (hostHeader === undefined || !hostAllowed(hostHeader))
        return `The control API answers only requests addressed to this server (Host ${expected}), not "${hostHeader ?? ''}", so that no web page reaches it through DNS rebinding. If you reach the server by a name (a Docker Compose service, a host name), allow it with --allowed-host <name> (allowedHosts in startMockServer).`;
      // Its own origin only: an Origin whose host is allowed (the same rule as the Host), never merely one
      // equal to the Host, which a rebinding page would send too. On every interface, equal to the Host as well.
      const own =
        origin?.startsWith('http://') &&
        hostAllowed(origin.slice(7)) &&
        (!wildcard || origin.slice(7).toLowerCase() === hostHeader.toLowerCase());
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
