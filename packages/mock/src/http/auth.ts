// Bearer keys and scopes. Keys are stored as SHA-256 hashes; revocation and expiry apply at once.

import type { Operation } from '@kaicalls/contract/operations';
import type { MockContext } from '../core/context.js';
import type { KeyRecord } from '../core/state.js';
import { MockError } from './errors.js';
import type { IncomingRequest } from './pipeline.js';
import { sha256Hex } from './sha256.js';

const KEY_PATTERN = /^kc_(live|test)_[A-Za-z0-9]{24,64}$/;

/** The SHA-256 of a key's secret, as stored (hex). Synchronous: it runs on every request. */
export function hashKey(secret: string): string {
  return sha256Hex(secret);
}

export async function authenticate(
  ctx: MockContext,
  headers: IncomingRequest['headers'],
): Promise<KeyRecord> {
  const header = headers.get('authorization');
  if (!header) {
    throw new MockError(
      'unauthorized',
      'No API key: send `Authorization: Bearer kc_test_…`. The mock prints its test key when it starts.',
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new MockError('unauthorized', 'The Authorization header must be `Bearer <api key>`.');
  const secret = match[1]!;
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
  key.record.last_used_at = ctx.iso();
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
  ctx: MockContext,
  input: { name?: string; scopes?: string[]; business_id?: string | null; expires_at?: string | null },
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
