import { createHmac } from 'node:crypto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { camelize } from '../src/core/casing.js';
import { KaiCallsError } from '../src/core/errors.js';
import {
  generateSecret,
  sign,
  signAsync,
  type VerifyOptions,
  verify,
  verifyAsync,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventType,
  WebhookVerificationError,
} from '../src/webhooks/index.js';
import { NOW, NOW_SECONDS, webhookEventTypes, wireEvent, wireEvents } from './webhooks-fixtures.js';

/** Plain verify cannot know the framework in use, so its hints name none. */
const FRAMEWORKS = /express|fastify|hono|next\.js|request\.text|addContentTypeParser/i;

const SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
const OTHER_SECRET = 'whsec_Ze1r8Ej6FLk5B7tjHT2nXcE4CXtZk3LZ';
const at = { now: NOW } satisfies VerifyOptions;
const completed = wireEvent('call.completed');

function signed<P extends string | Uint8Array | object>(payload: P, secret: string | string[] = SECRET) {
  return sign(payload, secret, { timestamp: NOW_SECONDS });
}

/** Runs `run` and returns the WebhookVerificationError it throws, checking it never leaks a secret. */
function rejection(run: () => unknown): WebhookVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toBeInstanceOf(KaiCallsError);
    const failure = error as WebhookVerificationError;
    expect(failure.name).toBe('WebhookVerificationError');
    expect(failure.message).toMatch(/^kaicalls: /);
    for (const secret of [SECRET, OTHER_SECRET]) expect(failure.message).not.toContain(secret.slice(6));
    return failure;
  }
  throw new Error('expected verification to fail');
}

describe('verify', () => {
  it.each(wireEvents)('returns the camelCase $type event of the spec', ({ payload }) => {
    const { body, headers } = signed(payload);
    expect(verify(body, headers, SECRET, at)).toEqual(camelize(payload));
  });

  it('covers every event type of the spec', () => {
    expect(wireEvents.map((event) => event.type).sort()).toEqual([...webhookEventTypes].sort());
  });

  it('converts keys to camelCase but leaves free-form maps alone', () => {
    const { body, headers } = signed(completed);
    const event = verify(body, headers, SECRET, at);
    if (event.type !== 'call.completed') throw new Error('wrong event');
    const wireData = completed.data as Record<string, unknown>;
    expect(event.data.agentId).toBe(wireData.agent_id);
    expect(event.data.metadata).toEqual(wireData.metadata);
    expect(event.data.variables).toEqual(wireData.variables);
  });

  it('types the event as a union discriminated by type', () => {
    const { body, headers } = signed(completed);
    const event = verify(body, headers, SECRET, at);
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    expectTypeOf<WebhookEventType>().toEqualTypeOf<WebhookEvent['type']>();
    if (event.type === 'call.completed') {
      expectTypeOf(event).toEqualTypeOf<WebhookEventOf<'call.completed'>>();
      expectTypeOf(event.data.summary).toEqualTypeOf<string>();
      expectTypeOf(event.createdAt).toBeString();
    }
    // @ts-expect-error: not an event type of the spec
    expectTypeOf<WebhookEventOf<'call.exploded'>>().toBeNever();
    // @ts-expect-error: the surface is camelCase
    event.created_at;
  });

  describe('hashes the raw bytes of every body form', () => {
    const { body, headers } = signed(completed);
    const bytes = new TextEncoder().encode(body);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    it.each([
      ['a string', body],
      ['a Buffer', Buffer.from(body)],
      ['a Uint8Array', bytes],
      ['an ArrayBuffer', bytes.slice().buffer],
      ['a Uint8Array view into a larger buffer', padded.subarray(4, 4 + bytes.length)],
      ['a DataView', new DataView(padded.buffer, 4, bytes.length)],
    ])('%s', (_, raw) => {
      expect(verify(raw, headers, SECRET, at).id).toBe(completed.id);
    });
  });

  it('verifies a correctly signed body that is not valid UTF-8, hashing it unchanged', () => {
    // "caf\xE9" is Latin-1: decoding it to a string and encoding it back would change the bytes.
    const raw = Buffer.concat([
      Buffer.from(
        '{"id":"evt_latin1","type":"webhook.test","created_at":"2026-02-15T14:32:13Z","data":{"message":"caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from('"}}'),
    ]);
    const timestamp = String(NOW_SECONDS);
    const signature = createHmac('sha256', Buffer.from(SECRET.slice(6), 'base64'))
      .update(`evt_latin1.${timestamp}.`)
      .update(raw)
      .digest('base64');
    const headers = {
      'webhook-id': 'evt_latin1',
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    };
    const event = verify(raw, headers, SECRET, at);
    expect(event).toMatchObject({ type: 'webhook.test', data: { message: 'caf\uFFFD' } });
    expect(sign(new Uint8Array(raw), SECRET, { id: 'evt_latin1', timestamp: NOW_SECONDS }).headers).toEqual(
      headers,
    );
    // The same bytes, re-encoded as UTF-8 text, are not what was signed.
    expect(rejection(() => verify(raw.toString('utf8'), headers, SECRET, at)).reason).toBe(
      'invalid_signature',
    );
  });

  describe('reads headers in every shape', () => {
    const { body, headers } = signed(completed);
    it.each([
      ['a Fetch Headers', new Headers(headers)],
      [
        'Node IncomingHttpHeaders',
        { ...headers, 'content-type': 'application/json', 'x-forwarded-for': ['1.2.3.4'] },
      ],
      [
        'a record in any case',
        {
          'Webhook-Id': headers['webhook-id'],
          'WEBHOOK-TIMESTAMP': headers['webhook-timestamp'],
          'webhook-Signature': headers['webhook-signature'],
        },
      ],
      ['string[] values', { ...headers, 'webhook-signature': ['v1,bm90IGl0', headers['webhook-signature']] }],
    ])('%s', (_, given) => {
      expect(verify(body, given, SECRET, at).id).toBe(completed.id);
    });

    it('a signature header sent twice, joined by Headers', () => {
      const joined = new Headers(headers);
      joined.set('webhook-signature', 'v1,bm90IGl0IGVpdGhlcg==');
      joined.append('webhook-signature', headers['webhook-signature']);
      expect(joined.get('webhook-signature')).toContain(', v1,');
      expect(verify(body, joined, SECRET, at).id).toBe(completed.id);
    });
  });

  describe('secret rotation', () => {
    it('accepts a delivery signed with either of two secrets', () => {
      for (const secret of [SECRET, OTHER_SECRET]) {
        const { body, headers } = signed(completed, secret);
        expect(verify(body, headers, [SECRET, OTHER_SECRET], at).id).toBe(completed.id);
      }
    });

    it('accepts a header with two signatures, whichever one matches', () => {
      const { body, headers } = signed(completed, [OTHER_SECRET, SECRET]);
      expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
      expect(verify(body, headers, SECRET, at).id).toBe(completed.id);
      expect(verify(body, headers, OTHER_SECRET, at).id).toBe(completed.id);
    });

    it('rejects when no secret matches', () => {
      const { body, headers } = signed(completed, OTHER_SECRET);
      expect(rejection(() => verify(body, headers, [SECRET], at)).reason).toBe('invalid_signature');
    });
  });

  describe('timestamp tolerance', () => {
    const { body, headers } = signed(completed);
    it('accepts up to 5 minutes either way by default', () => {
      expect(verify(body, headers, SECRET, { now: NOW + 300_000 }).id).toBe(completed.id);
      expect(verify(body, headers, SECRET, { now: NOW - 300_000 }).id).toBe(completed.id);
    });

    it('rejects an old delivery as a possible replay', () => {
      const error = rejection(() => verify(body, headers, SECRET, { now: NOW + 301_000 }));
      expect(error.reason).toBe('timestamp_too_old');
      expect(error.message).toContain('301 s ago');
      expect(error.message).toContain('300 s tolerance');
    });

    it('rejects a delivery from the future, pointing at the clock', () => {
      const error = rejection(() => verify(body, headers, SECRET, { now: new Date(NOW - 301_000) }));
      expect(error.reason).toBe('timestamp_too_new');
      expect(error.message).toContain('NTP');
    });

    it('can be set; a recorded delivery verifies with `now` at its own time', () => {
      expect(
        rejection(() => verify(body, headers, SECRET, { now: NOW + 11_000, tolerance: 10 })).reason,
      ).toBe('timestamp_too_old');
      expect(verify(body, headers, SECRET, { now: NOW + 86_400_000, tolerance: 86_400 }).id).toBe(
        completed.id,
      );
      expect(verify(body, headers, SECRET, { now: NOW_SECONDS * 1000, tolerance: 0 }).id).toBe(completed.id);
    });
  });

  describe('refuses options that would switch the replay check off (a ten-year-old delivery must not pass)', () => {
    const tenYearsAgo = sign(completed, SECRET, {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 365 * 86_400,
    });
    it.each([
      ['tolerance NaN', { tolerance: Number.NaN }, 'invalid_tolerance', 'not NaN'],
      ['tolerance Infinity', { tolerance: Number.POSITIVE_INFINITY }, 'invalid_tolerance', 'not Infinity'],
      ['a negative tolerance', { tolerance: -1 }, 'invalid_tolerance', 'not -1'],
      ['a string tolerance', { tolerance: '300' }, 'invalid_tolerance', 'not "300"'],
      ['a string now', { now: '2026-02-15T14:30:00Z' }, 'invalid_now', 'not "2026-02-15T14:30:00Z"'],
      ['an invalid Date now', { now: new Date('soon') }, 'invalid_now', 'not an invalid Date'],
      ['a NaN now', { now: Number.NaN }, 'invalid_now', 'not NaN'],
      ['an object now', { now: {} }, 'invalid_now', 'not a value of type object'],
    ])('%s', async (_, options, reason, says) => {
      const { body, headers } = tenYearsAgo;
      const sync = rejection(() => verify(body, headers, SECRET, options as never));
      const async = await verifyAsync(body, headers, SECRET, options as never).catch((e: unknown) => e);
      for (const error of [sync, async as WebhookVerificationError]) {
        expect(error).toBeInstanceOf(WebhookVerificationError);
        expect(error.reason).toBe(reason);
        expect(error.message).toContain(says);
      }
    });
  });

  describe('secrets', () => {
    it('accepts the raw bytes of the secret (a Buffer or Uint8Array), alone or among others', () => {
      const { body, headers } = signed(completed);
      const raw = Buffer.from(SECRET.slice(6), 'base64');
      expect(verify(body, headers, raw, at).id).toBe(completed.id);
      expect(verify(body, headers, new Uint8Array(raw), at).id).toBe(completed.id);
      expect(verify(body, headers, [OTHER_SECRET, raw], at).id).toBe(completed.id);
    });

    it.each([
      [
        'raw bytes too short',
        new Uint8Array(8),
        'the secret is 8 raw bytes, and a signing secret has 24 to 64',
      ],
      ['raw bytes too long', new Uint8Array(65), 'the secret is 65 raw bytes'],
      ['a short whsec_ secret', 'whsec_dGVzdA==', 'whsec_ + base64 of 4 bytes'],
      [
        'a password',
        'correct horse battery staple',
        'a string of 28 characters that does not start with whsec_',
      ],
      // Valid base64 of 24 bytes: it used to verify, the whsec_ prefix being optional.
      [
        'a password that happens to be base64',
        'hunter2hunter2hunter2hunter2hunt',
        'a string of 32 characters that does not start with whsec_',
      ],
      [
        'a real secret without its whsec_ prefix',
        SECRET.slice('whsec_'.length),
        'put whsec_ before a bare base64 secret',
      ],
      ['a number', 42, 'a number given'],
    ])('invalid_secret: %s, saying what it is but never quoting it', async (_, secret, says) => {
      const { body, headers } = signed(completed);
      const sync = rejection(() => verify(body, headers, secret as never, at));
      const async = await verifyAsync(body, headers, secret as never, at).catch((e: unknown) => e);
      for (const error of [
        sync,
        async as WebhookVerificationError,
        rejection(() => sign('{}', secret as never)),
      ]) {
        expect(error).toBeInstanceOf(WebhookVerificationError);
        expect(error.reason).toBe('invalid_secret');
        expect(error.message).toContain(says);
        if (typeof secret === 'string') expect(error.message).not.toContain(secret);
      }
    });

    it('uses the real clock by default', () => {
      const { body, headers } = signed(completed);
      const fresh = sign(completed, SECRET);
      expect(verify(fresh.body, fresh.headers, SECRET).id).toBe(completed.id);
      expect(rejection(() => verify(body, headers, SECRET)).reason).toMatch(/^timestamp_too_/);
    });
  });

  describe('rejects, saying why', () => {
    const { body, headers } = signed(completed);

    it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const)('missing %s', (name) => {
      const { [name]: _, ...rest } = headers;
      const error = rejection(() => verify(body, rest, SECRET, at));
      expect(error).toMatchObject({ reason: 'missing_header', header: name });
      expect(error.message).toContain(name);
      expect(rejection(() => verify(body, { ...headers, [name]: '' }, SECRET, at)).reason).toBe(
        'missing_header',
      );
    });

    it('no headers at all', () => {
      expect(rejection(() => verify(body, undefined as never, SECRET, at)).reason).toBe('missing_header');
    });

    it('a timestamp that is not Unix seconds', () => {
      for (const timestamp of ['hello', '1771165932.5', '-1', '2026-02-15T14:32:13Z']) {
        const error = rejection(() =>
          verify(body, { ...headers, 'webhook-timestamp': timestamp }, SECRET, at),
        );
        expect(error).toMatchObject({ reason: 'invalid_header', header: 'webhook-timestamp' });
      }
    });

    it.each([
      ['a wrong secret', body, headers, OTHER_SECRET],
      ['a tampered body', body.replace('completed', 'failed'), headers, SECRET],
      ['a tampered id', body, { ...headers, 'webhook-id': 'evt_someoneelse' }, SECRET],
      ['a tampered timestamp', body, { ...headers, 'webhook-timestamp': String(NOW_SECONDS + 1) }, SECRET],
      ['an empty signature', body, { ...headers, 'webhook-signature': 'v1,' }, SECRET],
      [
        'a truncated signature',
        body,
        { ...headers, 'webhook-signature': headers['webhook-signature'].slice(0, 20) },
        SECRET,
      ],
      [
        'only an unknown version',
        body,
        { ...headers, 'webhook-signature': headers['webhook-signature'].replace('v1,', 'v2,') },
        SECRET,
      ],
      [
        'a signature that is not base64',
        body,
        { ...headers, 'webhook-signature': 'v1,%%%not*base64%%%' },
        SECRET,
      ],
      [
        'a signature without a version',
        body,
        { ...headers, 'webhook-signature': headers['webhook-signature'].slice(3) },
        SECRET,
      ],
    ])('invalid_signature: %s', (_, raw, given, secret) => {
      const error = rejection(() => verify(raw, given, secret, at));
      expect(error.reason).toBe('invalid_signature');
      expect(error.message).toContain('whsec_');
      expect(error.message).toContain('raw body bytes exactly as received');
      expect(error.message).not.toMatch(FRAMEWORKS);
    });

    it.each([
      ['no secret', undefined, 'no secret given'],
      ['an empty secret', '', 'no secret given'],
      ['an empty list of secrets', [], 'no secret given'],
      ['an API key', 'kc_test_9Tq2vL5pX8mN3rB7wK4y', 'API key'],
      [
        'a secret that is not base64',
        'whsec_***',
        'whsec_ string whose 3 characters after the prefix are not base64',
      ],
    ])('invalid_secret: %s', (_, secret, says) => {
      const error = rejection(() => verify(body, headers, secret as never, at));
      expect(error.reason).toBe('invalid_secret');
      expect(error.message).toContain(says);
      if (typeof secret === 'string' && secret) expect(error.message).not.toContain(secret);
    });

    it('invalid_body: a body already parsed into an object (the express.json() mistake)', () => {
      const error = rejection(() => verify(JSON.parse(body), headers, SECRET, at));
      expect(error.reason).toBe('invalid_body');
      expect(error.message).toContain('already parsed');
      expect(error.message).toContain('before any JSON parsing');
      expect(error.message).not.toMatch(FRAMEWORKS);
    });

    it('invalid_body: no body', () => {
      for (const missing of [undefined, null]) {
        const error = rejection(() => verify(missing as never, headers, SECRET, at));
        expect(error.reason).toBe('invalid_body');
        expect(error.message).toContain('is empty');
      }
    });

    it('invalid_payload: a correctly signed body that is not JSON', () => {
      const notJson = signed('this is not json');
      const error = rejection(() => verify(notJson.body, notJson.headers, SECRET, at));
      expect(error.reason).toBe('invalid_payload');
      expect(error.message).toContain('not JSON');
    });

    it('checks the timestamp before spending an HMAC on the signature', () => {
      const forged = { ...headers, 'webhook-signature': 'v1,Zm9yZ2Vk' };
      expect(rejection(() => verify(body, forged, SECRET, { now: NOW + 3_600_000 })).reason).toBe(
        'timestamp_too_old',
      );
    });
  });
});

describe('verifyAsync', () => {
  it('verifies like verify', async () => {
    const { body, headers } = signed(completed, [SECRET, OTHER_SECRET]);
    await expect(verifyAsync(body, headers, OTHER_SECRET, at)).resolves.toEqual(camelize(completed));
    await expect(verifyAsync(new TextEncoder().encode(body).buffer, headers, SECRET, at)).resolves.toEqual(
      camelize(completed),
    );
  });

  it('rejects with the same reasons', async () => {
    const { body, headers } = signed(completed);
    await expect(verifyAsync(body, headers, OTHER_SECRET, at)).rejects.toMatchObject({
      reason: 'invalid_signature',
    });
    await expect(verifyAsync({} as never, headers, SECRET, at)).rejects.toMatchObject({
      reason: 'invalid_body',
    });
    await expect(verifyAsync(body, {}, SECRET, at)).rejects.toMatchObject({ reason: 'missing_header' });
  });
});

describe('sign', () => {
  it('signs a camelCase event as snake_case JSON, under its own id', () => {
    const event = camelize(completed) as WebhookEvent;
    const { body, headers } = sign(event, SECRET, { timestamp: new Date(NOW) });
    expect(JSON.parse(body)).toEqual(completed);
    expect(headers['webhook-id']).toBe(completed.id);
    expect(headers['webhook-timestamp']).toBe(String(NOW_SECONDS));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verify(body, headers, SECRET, at)).toEqual(event);
  });

  it('keeps a string or bytes payload exactly', () => {
    const bytes = new Uint8Array([123, 125]);
    const fromBytes = sign(bytes, SECRET, { id: 'evt_bytes1', timestamp: NOW_SECONDS });
    expectTypeOf(fromBytes.body).toEqualTypeOf<Uint8Array>();
    expect(fromBytes.body).toBe(bytes);
    const fromString = sign('{}', SECRET, { id: 'evt_bytes1', timestamp: NOW_SECONDS });
    expectTypeOf(fromString.body).toEqualTypeOf<string>();
    expect(fromString.headers).toEqual(fromBytes.headers);
  });

  it('makes an evt_ id when the payload has none, and stamps the current time', () => {
    const before = Math.floor(Date.now() / 1000);
    const { headers } = sign('{}', SECRET);
    expect(headers['webhook-id']).toMatch(/^evt_[A-Za-z0-9]{6,40}$/);
    expect(Number(headers['webhook-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(sign('{}', SECRET).headers['webhook-id']).not.toBe(headers['webhook-id']);
  });

  it('signAsync gives the same signatures', async () => {
    const options = { id: 'evt_async01', timestamp: NOW_SECONDS };
    await expect(signAsync(completed, [SECRET, OTHER_SECRET], options)).resolves.toEqual(
      sign(completed, [SECRET, OTHER_SECRET], options),
    );
  });

  it('refuses a bad secret', () => {
    expect(rejection(() => sign('{}', [])).reason).toBe('invalid_secret');
    expect(rejection(() => sign('{}', 'kc_live_abc')).reason).toBe('invalid_secret');
  });
});

describe('generateSecret', () => {
  it('makes a random whsec_ secret of 32 bytes that signs and verifies', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{24,}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateSecret()).not.toBe(secret);
    const { body, headers } = sign(completed, secret, { timestamp: NOW_SECONDS });
    expect(verify(body, headers, secret, at).id).toBe(completed.id);
  });
});
