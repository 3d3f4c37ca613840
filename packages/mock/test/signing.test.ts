import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/core/random.js';
import { TEST_WEBHOOK_SECRET } from '../src/webhooks/delivery.js';
import { generateSecret, signatureHeader } from '../src/webhooks/signing.js';
import { verifies } from './webhooks-support.js';

describe('Standard Webhooks signing', () => {
  it('matches the reference implementation byte for byte', async () => {
    // The example of the Standard Webhooks specification, signed by the `standardwebhooks` package too.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
    const body = '{"test": 2432232314}';
    const ours = await signatureHeader(id, 1614265330, body, [secret]);
    expect(ours).toBe(new Webhook(secret).sign(id, new Date(1614265330_000), body));
    expect(ours).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs UTF-8 bodies so that an independent verifier accepts them', async () => {
    const now = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ id: 'evt_1', summary: 'Caller said “café” — ☎️ twice' });
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': now,
      'webhook-signature': await signatureHeader('evt_1', Number(now), body, [TEST_WEBHOOK_SECRET]),
    };
    expect(verifies(TEST_WEBHOOK_SECRET, { headers, body })).toBe(true);
    expect(verifies(TEST_WEBHOOK_SECRET, { headers, body: body.replace('twice', 'once') })).toBe(false);
  });

  it('carries one signature per secret, each verifiable alone', async () => {
    const random = createRandom(7);
    const [a, b, c] = [generateSecret(random), generateSecret(random), generateSecret(random)];
    const body = '{"id":"evt_2"}';
    const now = Math.floor(Date.now() / 1000);
    const signature = await signatureHeader('evt_2', now, body, [a, b]);
    expect(signature.split(' ')).toHaveLength(2);
    const request = {
      headers: { 'webhook-id': 'evt_2', 'webhook-timestamp': String(now), 'webhook-signature': signature },
      body,
    };
    expect([verifies(a, request), verifies(b, request), verifies(c, request)]).toEqual([true, true, false]);
  });

  it('generates whsec_ secrets of 32 random bytes, the same for the same seed', () => {
    const secret = generateSecret(createRandom(1));
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(secret.slice(6))).toHaveLength(32);
    expect(generateSecret(createRandom(1))).toBe(secret);
    expect(generateSecret(createRandom(2))).not.toBe(secret);
  });
});
