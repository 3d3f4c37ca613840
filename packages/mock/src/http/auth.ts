// API keys (Bearer or X-API-Key), their IP allowlists and scopes. Keys are stored as SHA-256 hashes; revocation and expiry apply at once.
import type { Operation } from '@kaicalls/contract/operations';
import type { Core } from '../core/context.js';
import type { KeyRecord } from '../core/state.js';
import { MockError } from './errors.js';
import { clientAddress, parseRange, rangeHolds } from './ip.js';
import type { IncomingRequest } from './pipeline.js';
import { sha256Hex } from './sha256.js';

const KEY_PATTERN = /^kc_(live|test)_[A-Za-z0-9]{24,64}$/;

/** The SHA-256 of a key's secret, as stored (hex). Synchronous: it runs on every request. */
export function hashKey(secret: string): string {
  return sha256Hex(secret);
}

/** The mock-only header that sets the client address of an in-process request (the server ignores it). */
export const MOCK_CLIENT_IP_HEADER = 'x-mock-client-ip';
/** The client address of an in-process request that does not send `X-Mock-Client-Ip`. */
export const IN_PROCESS_ADDRESS = '127.0.0.1';

/**
 * The client address of a request, for IP allowlists. The server passes the socket's remote address
 * (`X-Forwarded-For` is never read: anyone can send it). In-process there is no socket: the address is
 * `127.0.0.1` unless the test sends `X-Mock-Client-Ip`.
 */
function clientOf(request: IncomingRequest): string {
  return request.remoteAddress ?? request.headers.get(MOCK_CLIENT_IP_HEADER)?.trim() ?? IN_PROCESS_ADDRESS;
}

/**
 * The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. Both at once must be the
 * same key: two different keys are refused (400) instead of picking one, since which one a proxy or a
 * library added is a guess.
 */
function presentedSecret(headers: IncomingRequest['headers']): string {
  const authorization = headers.get('authorization')?.trim();
  const apiKey = headers.get('x-api-key')?.trim() || undefined;
  let bearer: string | undefined;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new MockError('unauthorized', 'The Authorization header must be `Bearer <api key>`.');
    bearer = match[1]!;
  }
  if (bearer !== undefined && apiKey !== undefined && bearer !== apiKey) {
    throw new MockError(
      'invalid_request',
      'Authorization and X-API-Key carry different keys. Send the key in one header (or the same key in both).',
      'X-API-Key',
    );
  }
  const secret = bearer ?? apiKey;
  if (!secret) {
    throw new MockError(
      'unauthorized',
      'No API key: send `Authorization: Bearer kc_test_…` (or `X-API-Key: kc_test_…`). The mock prints its test key when it starts.',
    );
  }
  return secret;
}

/** Whether an allowlist entry holds the address (an entry seeded into the state unchecked holds none). */
function held(entry: string, address: bigint): boolean {
  const range = parseRange(entry);
  return range !== undefined && rangeHolds(range, address);
}

/** The key of a request, valid now and allowed from the request's address; 400, 401 or 403 otherwise. */
export async function authenticate(ctx: Core, request: IncomingRequest): Promise<KeyRecord> {
  const secret = presentedSecret(request.headers);
  if (!KEY_PATTERN.test(secret)) {
    const prefix = /^kc_(live|test)_/.exec(secret)?.[0];
    throw new MockError(
      'unauthorized',
      prefix
        ? `That key starts with ${prefix} but is not a whole KaiCalls API key: ${prefix} is followed by 24 to 64 letters and digits. Check that it was copied whole.`
        : 'That is not a KaiCalls API key: keys look like kc_live_… or kc_test_….',
    );
  }
  const id = ctx.state.keyHashes.get(hashKey(secret));
  const key = id ? ctx.state.keys.get(id) : undefined;
  if (!key)
    throw new MockError(
      'unauthorized',
      'Unknown API key. Check for a typo, or create a key in Dashboard → Settings → API Keys (with the mock, use the test key it prints when it starts).',
    );
  if (key.record.revoked_at) {
    throw new MockError(
      'unauthorized',
      `API key ${key.record.prefix}… was revoked at ${key.record.revoked_at}. Create a new key.`,
    );
  }
  if (key.record.expires_at && Date.parse(key.record.expires_at) <= ctx.clock.now()) {
    throw new MockError(
      'unauthorized',
      `API key ${key.record.prefix}… expired at ${key.record.expires_at}. Create a new key.`,
    );
  }
  // `?? null`: a key restored from a state file written before allowlists existed has none.
  const allowlist = key.record.ip_allowlist ?? null;
  if (allowlist !== null) {
    const client = clientOf(request);
    const address = clientAddress(client);
    if (address === undefined || !allowlist.some((entry) => held(entry, address))) {
      throw new MockError(
        'ip_restricted',
        // The allowlist itself is not named: whoever holds a stolen key must not learn where it works from.
        `API key ${key.record.prefix}… is restricted to a list of addresses, and this request came from ${client || 'an unknown address'}, which is not on it. Use the key from an allowed address (its ip_allowlist is shown by GET /v1/keys/{key_id}), or create a key whose ip_allowlist includes this one.`,
      );
    }
  }
  key.record.last_used_at = ctx.iso();
  ctx.state.keys.touch(key.record.id);
  return key;
}

export function hasScope(key: KeyRecord, scope: string): boolean {
  return key.record.scopes.includes('*') || key.record.scopes.includes(scope as never);
}

export function requireScope(key: KeyRecord, operation: Operation): void {
  for (const scope of operation.scopes) {
    if (!hasScope(key, scope)) {
      throw new MockError(
        'forbidden',
        `This key lacks the ${scope} scope, which ${operation.method} ${operation.path} needs. Use a key with ${scope} (or *).`,
        scope,
      );
    }
  }
}

/** The documented test key of every mock: scope `*`. Never valid against the real API. */
export const TEST_API_KEY = 'kc_test_4eC39HqLyjWDarjtT1zdp7dc';

/**
 * Issues an API key: stores its record and the hash of its secret, and returns the secret once.
 * @example const { record, secret } = await issueKey(ctx, { name: 'CRM sync', scopes: ['calls:read'] });
 */
export async function issueKey(
  ctx: Core,
  input: {
    name?: string;
    scopes?: string[];
    business_id?: string | null;
    expires_at?: string | null;
    ip_allowlist?: string[] | null;
  },
  secret = `kc_test_${ctx.random.token(32)}`,
): Promise<{ record: KeyRecord['record']; secret: string }> {
  const record: KeyRecord['record'] = {
    id: ctx.id('key'),
    prefix: secret.slice(0, 12),
    name: input.name ?? 'Untitled Key',
    scopes: (input.scopes ?? [
      'agents:read',
      'numbers:read',
      'calls:read',
      'calls:write',
    ]) as KeyRecord['record']['scopes'],
    business_id: input.business_id ?? null,
    ip_allowlist: input.ip_allowlist ?? null,
    created_at: ctx.iso(),
    last_used_at: null,
    expires_at: input.expires_at ?? null,
    revoked_at: null,
    is_active: true,
  };
  const hash = hashKey(secret);
  ctx.state.keys.set(record.id, { record, hash });
  ctx.state.keyHashes.set(hash, record.id);
  return { record, secret };
}
