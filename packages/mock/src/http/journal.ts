// The request journal: every request the mock answered, accepted or rejected (401, 400, 429 included), so a
// test can assert on what its code sent: `mock.requests(filter)` in-process, `GET /_mock/requests` over
// HTTP. It records what the pipeline decided (the operation, the status, the key's id, never the key);
// rate limits and the usage log do not see it.

/**
 * One request the mock received, as `mock.requests()` lists it (oldest first).
 * @example
 * const [create] = mock.requests({ operationId: 'createCall' });
 * expect(create).toMatchObject({ method: 'POST', status: 201, body: { to: '+15005550100' } });
 */
export interface RequestRecord {
  /** The HTTP method (`GET`, `POST`, ...). */
  method: string;
  /** The path below the base URL (`/v1/calls/call_8fK2pQ7vN3`), without the query. */
  path: string;
  /** The query parameters, as sent (strings). */
  query: Record<string, string>;
  /** The operation the request was routed to (`createCall`), or null when no operation has this path. */
  operationId: string | null;
  /** The status the mock answered. */
  status: number;
  /** The request's `X-Request-Id`. */
  requestId: string;
  /** The id of the API key that authenticated it (`key_…`), or null when none did. Never the key itself. */
  keyId: string | null;
  /** The body: parsed JSON when it was JSON, else its text; null when there was none. */
  body: unknown;
  /** When it arrived, on the mock's clock (ISO 8601). */
  at: string;
}

/**
 * What `mock.requests(filter)` and `GET /_mock/requests` select on; every field given must match.
 * @example mock.requests({ method: 'POST', status: 429 })
 */
export interface RequestFilter {
  /** The HTTP method, e.g. `POST`. */
  method?: string;
  /** The exact path, e.g. `/v1/calls`. */
  path?: string;
  /** The operation, e.g. `createCall`. */
  operationId?: string;
  /** The status answered. */
  status?: number;
  /** The key's id. */
  keyId?: string;
}

/** The journal keeps the latest records only, so a load test cannot grow the mock without bound. */
export const JOURNAL_LIMIT = 10_000;
/** Longer bodies are kept as their first characters. */
const BODY_CHARS = 64 * 1024;

export interface Journal {
  record(entry: RequestRecord): void;
  list(filter?: RequestFilter): RequestRecord[];
  clear(): void;
}

export function createJournal(limit = JOURNAL_LIMIT): Journal {
  // A ring: once full, each new record overwrites the oldest in place (a splice of the array's head on
  // every request cost the server a tenth of its time).
  let entries: RequestRecord[] = [];
  let oldest = 0;
  const inOrder = () => (oldest === 0 ? entries : [...entries.slice(oldest), ...entries.slice(0, oldest)]);
  return {
    record(entry) {
      if (entries.length < limit) entries.push(entry);
      else {
        entries[oldest] = entry;
        oldest = (oldest + 1) % limit;
      }
    },
    list(filter = {}) {
      const method = filter.method?.toUpperCase();
      return inOrder().filter(
        (e) =>
          (method === undefined || e.method === method) &&
          (filter.path === undefined || e.path === filter.path) &&
          (filter.operationId === undefined || e.operationId === filter.operationId) &&
          (filter.status === undefined || e.status === filter.status) &&
          (filter.keyId === undefined || e.keyId === filter.keyId),
      );
    },
    clear() {
      entries = [];
      oldest = 0;
    },
  };
}

/** A request body as the journal keeps it: JSON parsed, else text (cut at 64 K characters), else null. */
export function journalBody(bytes: Uint8Array | undefined): unknown {
  if (!bytes || bytes.byteLength === 0) return null;
  const text = new TextDecoder().decode(
    bytes.byteLength > BODY_CHARS * 4 ? bytes.subarray(0, BODY_CHARS * 4) : bytes,
  );
  try {
    return JSON.parse(text);
  } catch {
    return text.length > BODY_CHARS ? `${text.slice(0, BODY_CHARS)}…` : text;
  }
}

/** The query parameters of a URL (the last value of a repeated name). */
export function queryOf(url: string): Record<string, string> {
  const q = url.indexOf('?');
  return q < 0 ? {} : Object.fromEntries(new URLSearchParams(url.slice(q + 1)));
}
