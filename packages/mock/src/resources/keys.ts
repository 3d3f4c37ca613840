// API keys: the secret is returned once, at creation; only its hash is kept. A key cannot grant scopes its
// creator lacks, nor reach a business its creator cannot. Revocation takes effect on the next request.
import type { Core } from '../core/context.js';
import type { KeyRecord, Schemas } from '../core/state.js';
import { hasScope, issueKey } from '../http/auth.js';
import { MockError, notFound } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { defineResource } from './resource.js';

type ApiKey = Schemas['ApiKey'];

/** The public record, with `is_active` as of now (an expired key turns inactive without being touched). */
function view(ctx: Core, key: KeyRecord): ApiKey {
  const expired = key.record.expires_at !== null && Date.parse(key.record.expires_at) <= ctx.clock.now();
  key.record.is_active = key.record.revoked_at === null && !expired;
  return key.record;
}

function getKey(ctx: Core, id: string): KeyRecord {
  const key = ctx.state.keys.get(id);
  if (!key) throw notFound('API key', id, 'key_id');
  return key;
}

export const keys = defineResource({
  operations: {
    listKeys({ query }, ctx) {
      const items = [...ctx.state.keys.values()]
        .map((k) => view(ctx, k))
        .filter((k) => query.is_active === undefined || k.is_active === query.is_active);
      return { body: paginate(items, query, (k) => k.created_at) };
    },
    async createKey({ body, key: creator }, ctx) {
      const scopes: string[] = body.scopes ?? ['agents:read', 'numbers:read', 'calls:read', 'calls:write'];
      const missing = scopes.find((s) =>
        s === '*' ? !creator.record.scopes.includes('*') : !hasScope(creator, s),
      );
      if (missing) {
        throw new MockError(
          'forbidden',
          `A key cannot grant a scope its creator lacks: this key does not have ${missing}. Create the key with a key that has ${missing} (or *).`,
          missing,
        );
      }
      const businessId: string | null = body.business_id ?? creator.record.business_id;
      if (businessId !== null && !ctx.state.businesses.has(businessId))
        throw notFound('business', businessId, 'business_id');
      if (creator.record.business_id !== null && businessId !== creator.record.business_id) {
        throw new MockError(
          'forbidden',
          `This key only reaches business ${creator.record.business_id}; it cannot create a key for ${businessId}.`,
          'business_id',
        );
      }
      if (body.expires_at !== undefined && Date.parse(body.expires_at) <= ctx.clock.now()) {
        throw new MockError(
          'invalid_request',
          `Invalid request body: expires_at (${body.expires_at}) is in the past; a key must expire in the future.`,
          'expires_at',
        );
      }
      const { record, secret } = await issueKey(ctx, {
        ...(body.name === undefined ? {} : { name: body.name }),
        scopes,
        business_id: businessId,
        expires_at: body.expires_at === undefined ? null : new Date(body.expires_at).toISOString(),
      });
      return { status: 201, body: { ...record, key: secret } };
    },
    getKey({ params }, ctx) {
      return { body: view(ctx, getKey(ctx, params.key_id!)) };
    },
    revokeKey({ params }, ctx) {
      const key = getKey(ctx, params.key_id!);
      // Revoking twice keeps the first revocation time: the call is safe to retry.
      key.record.revoked_at ??= ctx.iso();
      return { body: view(ctx, key) };
    },
  },
});
