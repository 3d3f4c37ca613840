// API keys: the secret is returned once, at creation; only its hash is kept. A key cannot grant scopes its
// creator lacks, nor reach a business or an address its creator cannot. Revocation takes effect on the next
// request.
import type { Core } from '../core/context.js';
import type { KeyRecord, Schemas } from '../core/state.js';
import { hasScope, issueKey } from '../http/auth.js';
import { MockError } from '../http/errors.js';
import { type IpRange, parseRange, rangeCovers } from '../http/ip.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type ApiKey = Schemas['ApiKey'];

/** The public record, with `is_active` as of now (an expired key turns inactive without being touched). */
function view(ctx: Core, key: KeyRecord): ApiKey {
  const expired = key.record.expires_at !== null && Date.parse(key.record.expires_at) <= ctx.clock.now();
  const active = key.record.revoked_at === null && !expired;
  if (key.record.is_active !== active) {
    key.record.is_active = active;
    ctx.state.keys.touch(key.record.id);
  }
  return key.record;
}

/**
 * The allowlist of a new key: each entry must be an address or CIDR range (400 naming it otherwise) inside
 * the creator's allowlist (403), and a creator with an allowlist passes it on when none is given.
 */
function allowlistOf(creator: KeyRecord, requested: string[] | undefined): string[] | null {
  const own = creator.record.ip_allowlist;
  if (requested === undefined) return own;
  const ranges = (own ?? []).map(parseRange).filter((r): r is IpRange => r !== undefined);
  requested.forEach((entry, i) => {
    const range = parseRange(entry);
    if (range === undefined) {
      throw new MockError(
        'invalid_request',
        `Invalid request body: ip_allowlist[${i}] ("${entry.slice(0, 60)}") is not an IP address or CIDR range; use e.g. 203.0.113.7, 203.0.113.0/24, ::1 or 2001:db8::/32.`,
        `ip_allowlist[${i}]`,
      );
    }
    if (own !== null && !ranges.some((r) => rangeCovers(r, range))) {
      throw new MockError(
        'forbidden',
        `A key cannot reach addresses its creator cannot: ip_allowlist[${i}] (${entry}) is outside this key's allowlist (${own.join(', ')}).`,
        `ip_allowlist[${i}]`,
      );
    }
  });
  return requested;
}

export const keys = defineResource({
  operations: {
    listKeys({ query, scope }, ctx) {
      // is_active follows the clock (a key expires untouched): filtered on the view, not indexed.
      const keep = (k: KeyRecord) =>
        query.is_active === undefined || view(ctx, k).is_active === query.is_active;
      return { body: listPage(ctx, scope, 'keys', query, {}, { keep, view: (k) => view(ctx, k) }) };
    },
    async createKey({ body, key: creator, scope }, ctx) {
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
      // A bound creator's keys are bound to its business; another business is not found, as everywhere.
      const businessId: string | null = body.business_id ?? scope.businessId;
      if (businessId !== null) find(ctx, scope, 'businesses', businessId, 'business_id');
      const ipAllowlist = allowlistOf(creator, body.ip_allowlist);
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
        ip_allowlist: ipAllowlist,
        expires_at: body.expires_at === undefined ? null : new Date(body.expires_at).toISOString(),
      });
      return { status: 201, body: { ...record, key: secret } };
    },
    getKey({ params, scope }, ctx) {
      return { body: view(ctx, find(ctx, scope, 'keys', params.key_id!, 'key_id')) };
    },
    revokeKey({ params, scope }, ctx) {
      const key = find(ctx, scope, 'keys', params.key_id!, 'key_id');
      // Revoking twice keeps the first revocation time: the call is safe to retry.
      key.record.revoked_at ??= ctx.iso();
      ctx.state.keys.touch(key.record.id);
      return { body: view(ctx, key) };
    },
  },
});
