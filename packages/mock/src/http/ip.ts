// IP addresses and CIDR ranges for key allowlists, without node:net (the in-process mock runs wherever msw
// does). Every address is compared as 128 bits: an IPv4 address is its IPv4-mapped IPv6 address
// (`::ffff:a.b.c.d`), so `203.0.113.7` and `::ffff:203.0.113.7` are one client, and a /24 is a /120.

/** A range of addresses: the first address (as 128 bits) and how many leading bits are fixed. */
export interface IpRange {
  readonly network: bigint;
  readonly prefix: number;
}

const ALL = (1n << 128n) - 1n;
const MAPPED = 0xffffn << 32n;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // No leading zeros: `010` reads as octal in some parsers and decimal in others.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const words: bigint[] = [];
  // An embedded IPv4 address may end the address (`::ffff:203.0.113.7`); it counts as two groups.
  const end = halves.length === 2 ? tail : head;
  let embedded: bigint | undefined;
  if (end[end.length - 1]?.includes('.')) {
    embedded = parseIpv4(end.pop()!);
    if (embedded === undefined) return undefined;
  }
  for (const group of [...head, ...tail]) if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
  const count = head.length + tail.length + (embedded === undefined ? 0 : 2);
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const fill = 8 - count;
  for (const group of head) words.push(BigInt(`0x${group}`));
  for (let i = 0; i < (halves.length === 2 ? fill : 0); i++) words.push(0n);
  for (const group of tail) words.push(BigInt(`0x${group}`));
  let value = words.reduce((acc, word) => (acc << 16n) | word, 0n);
  if (embedded !== undefined) value = (value << 32n) | embedded;
  return value;
}

/** An address as 128 bits (IPv4 mapped into IPv6), or undefined when `text` is not one. */
export function parseAddress(text: string): bigint | undefined {
  if (text.includes(':')) return parseIpv6(text);
  const v4 = parseIpv4(text);
  return v4 === undefined ? undefined : MAPPED | v4;
}

/**
 * An allowlist entry (`203.0.113.7`, `203.0.113.0/24`, `::1`, `2001:db8::/32`) as a range, or undefined
 * when it is neither an address nor a CIDR range. Host bits under the prefix are ignored.
 * @example parseRange('10.0.0.0/8') // { network: 0xffff0a000000n, prefix: 104 }
 */
export function parseRange(entry: string): IpRange | undefined {
  const slash = entry.indexOf('/');
  const text = slash < 0 ? entry : entry.slice(0, slash);
  const address = parseAddress(text);
  if (address === undefined) return undefined;
  const v4 = !text.includes(':');
  const width = v4 ? 32 : 128;
  let prefix = width;
  if (slash >= 0) {
    const bits = entry.slice(slash + 1);
    if (!/^(0|[1-9][0-9]{0,2})$/.test(bits) || Number(bits) > width) return undefined;
    prefix = Number(bits);
  }
  const fixed = v4 ? prefix + 96 : prefix;
  return { network: address & mask(fixed), prefix: fixed };
}

function mask(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL >> BigInt(128 - prefix)) << BigInt(128 - prefix);
}

/** Whether the range holds the address. */
export function rangeHolds(range: IpRange, address: bigint): boolean {
  return (address & mask(range.prefix)) === range.network;
}

/** Whether `outer` holds every address of `inner`. */
export function rangeCovers(outer: IpRange, inner: IpRange): boolean {
  return outer.prefix <= inner.prefix && rangeHolds(outer, inner.network);
}

/**
 * The client address as a socket reports it, as 128 bits: an IPv6 zone (`fe80::1%eth0`) is dropped.
 * Undefined when it is no address (then no allowlist holds it).
 */
export function clientAddress(remote: string): bigint | undefined {
  const zone = remote.indexOf('%');
  return parseAddress(zone < 0 ? remote : remote.slice(0, zone));
}
