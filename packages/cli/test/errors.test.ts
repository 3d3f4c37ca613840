// Masking of keys and webhook secrets in everything the CLI prints about them.
import { describe, expect, it } from 'vitest';
import { maskKey, maskSecrets } from '../src/errors.js';

describe('maskKey', () => {
  it.each([
    ['a key: prefix and last four', 'kc_live_abc1d2E3f4G5h6J7k8L9m0N1p2Q3', 'kc_live_…p2Q3'],
    ['a test key', 'kc_test_4eC39HqLyjWDarjtT1zdp7dc', 'kc_test_…p7dc'],
    ['a short key: the prefix only', 'kc_test_abcd1234', 'kc_test_…'],
    ['not a key: nothing of it', 'hunter2', '…'],
    ['not a key, long: the last four', 'sk_live_0123456789abcdef', '…cdef'],
  ])('%s', (_, key, want) => {
    expect(maskKey(key)).toBe(want);
  });
});

describe('maskSecrets', () => {
  it.each([
    [
      'a key in a sentence',
      'key kc_live_abc1d2E3f4G5h6J7k8L9m0N1p2Q3 rejected',
      'key kc_live_…p2Q3 rejected',
    ],
    ['a short key', 'Bearer kc_test_abcd1234', 'Bearer kc_test_…'],
    ['a whsec_ secret, padding ignored', 'secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La==', 'secret whsec_…o2La'],
    [
      'two of them',
      'kc_test_4eC39HqLyjWDarjtT1zdp7dc whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'kc_test_…p7dc whsec_…LaSw',
    ],
    ['text without secrets', 'GET /v1/calls 200', 'GET /v1/calls 200'],
  ])('%s', (_, text, want) => {
    expect(maskSecrets(text)).toBe(want);
  });
});
