// Allowlist entries: what parses as an address or range, and what a range holds.
import { describe, expect, it } from 'vitest';
import { clientAddress, parseRange, rangeCovers, rangeHolds } from '../src/http/ip.js';

const holds = (entry: string, address: string) => rangeHolds(parseRange(entry)!, clientAddress(address)!);

describe('ip allowlist entries', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7', true],
    ['203.0.113.7', '203.0.113.8', false],
    ['203.0.113.0/24', '203.0.113.255', true],
    ['203.0.113.0/24', '203.0.114.0', false],
    ['203.0.113.77/24', '203.0.113.1', true], // host bits under the prefix are ignored
    ['0.0.0.0/0', '198.51.100.1', true],
    ['0.0.0.0/0', '::1', false], // every IPv4 address, not every address
    ['::1', '::1', true],
    ['::1', '::2', false],
    ['::1', '127.0.0.1', false],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['::/0', '203.0.113.7', true],
    ['203.0.113.7', '::ffff:203.0.113.7', true], // an IPv4-mapped IPv6 address is its IPv4 address
    ['::ffff:203.0.113.0/120', '203.0.113.9', true],
    ['fe80::1', 'fe80::1%eth0', true], // a socket's zone is not part of the address
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1', true],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0', true],
  ])('%s holds %s: %s', (entry, address, want) => {
    expect(holds(entry, address)).toBe(want);
  });

  it.each([
    'localhost',
    '',
    '203.0.113',
    '203.0.113.256',
    '203.0.113.07', // leading zeros read as octal by some parsers
    '203.0.113.0/33',
    '203.0.113.0/',
    '203.0.113.0/08',
    '203.0.113.0/24/8',
    '::1/129',
    '2001:db8::g',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '1.2.3.4::',
    ':1::2',
    'fe80::1%eth0',
    ' 203.0.113.7',
  ])('refuses %j', (entry) => {
    expect(parseRange(entry)).toBeUndefined();
  });

  it('tells whether one range lies within another', () => {
    const range = (entry: string) => parseRange(entry)!;
    expect(rangeCovers(range('203.0.113.0/24'), range('203.0.113.128/25'))).toBe(true);
    expect(rangeCovers(range('203.0.113.0/24'), range('203.0.113.9'))).toBe(true);
    expect(rangeCovers(range('203.0.113.128/25'), range('203.0.113.0/24'))).toBe(false);
    expect(rangeCovers(range('203.0.113.0/24'), range('198.51.100.0/24'))).toBe(false);
    expect(rangeCovers(range('::/0'), range('10.0.0.0/8'))).toBe(true);
  });
});
