// Which IP addresses a server-side fetch must never reach. A URL fetched on a user's behalf must not become a way
// into the machine or its network (SSRF): loopback, private and link-local ranges, the cloud metadata service
// (169.254.169.254), and every range that is not ordinary public unicast.
// Ranges: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
import { isIPv4, isIPv6 } from 'node:net';

/** The class of a refused address; named in the refusal message. */
export type AddressRule =
  'loopback' | 'private' | 'link-local' | 'unspecified' | 'shared' | 'multicast' | 'broadcast' | 'reserved';

/** Why an address is refused: its rule and the words for the message (`a loopback address`). */
export interface AddressRefusal {
  rule: AddressRule;
  /** Fits after the address: `127.0.0.1 is a loopback address`. */
  description: string;
}

const DESCRIPTION: Readonly<Record<AddressRule, string>> = {
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  unspecified: 'an unspecified address',
  shared: 'a shared (carrier-grade NAT) address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
};

const refuse = (rule: AddressRule, note = ''): AddressRefusal => ({ rule, description: DESCRIPTION[rule] + note });

/** IPv4 ranges as [first octets as a 32-bit number, prefix length, rule]. Order: most specific first. */
const IPV4_RANGES: ReadonlyArray<readonly [string, number, AddressRule]> = [
  ['0.0.0.0', 32, 'unspecified'],
  ['255.255.255.255', 32, 'broadcast'],
  ['0.0.0.0', 8, 'unspecified'], // "this network" (RFC 791): connecting to 0.x reaches the local host on Linux
  ['10.0.0.0', 8, 'private'], // RFC 1918
  ['100.64.0.0', 10, 'shared'], // RFC 6598, carrier-grade NAT: inside a provider's network
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // RFC 3927; holds the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12, 'private'], // RFC 1918
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // documentation (TEST-NET-1)
  ['192.88.99.0', 24, 'reserved'], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16, 'private'], // RFC 1918
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'], // documentation (TEST-NET-2)
  ['203.0.113.0', 24, 'reserved'], // documentation (TEST-NET-3)
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // "future use"
];

/** A dotted-quad IPv4 address as an unsigned 32-bit number. */
function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

const inRange = (value: number, base: string, prefix: number): boolean =>
  prefix === 0 || Math.floor(value / 2 ** (32 - prefix)) === Math.floor(ipv4ToNumber(base) / 2 ** (32 - prefix));

function classifyIpv4(address: string): AddressRefusal | null {
  const value = ipv4ToNumber(address);
  for (const [base, prefix, rule] of IPV4_RANGES) {
    if (!inRange(value, base, prefix)) continue;
    return rule === 'link-local' && address === '169.254.169.254'
      ? refuse(rule, ' (the cloud metadata service)')
      : refuse(rule);
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded dotted quad converted). */
export function ipv6ToGroups(address: string): number[] {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToNumber(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<number>(zeros).fill(0), ...right];
}

const groupsToIpv4 = (high: number, low: number): string => [high >> 8, high & 255, low >> 8, low & 255].join('.');

function classifyIpv6(address: string): AddressRefusal | null {
  const g = ipv6ToGroups(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const firstSixZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstSixZero && g5 === 0 && g6 === 0 && g7 === 0) return refuse('unspecified');
  if (firstSixZero && g5 === 0 && g6 === 0 && g7 === 1) return refuse('loopback');
  // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address itself on a dual-stack socket: judge that address.
  if (firstSixZero && g5 === 0xffff) return embedded(groupsToIpv4(g6, g7), 'IPv4-mapped');
  // NAT64 (64:ff9b::/96, RFC 6052) and 6to4 (2002::/16, RFC 3056) carry an IPv4 address a gateway will reach.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return embedded(groupsToIpv4(g6, g7), 'NAT64');
  if (g0 === 0x2002) return embedded(groupsToIpv4(g1, g2), '6to4');
  if ((g0 & 0xfe00) === 0xfc00) return refuse('private', ' (IPv6 unique-local)'); // fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return refuse('link-local'); // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return refuse('private', ' (IPv6 site-local)'); // fec0::/10, deprecated
  if ((g0 & 0xff00) === 0xff00) return refuse('multicast');
  if (g0 === 0x2001 && g1 === 0x0db8) return refuse('reserved', ' (documentation)');
  if (g0 === 0x2001 && g1 < 0x0200) return refuse('reserved'); // 2001::/23 IETF protocol assignments, Teredo included
  // Everything else outside 2000::/3, the only global unicast block, is reserved (IPv4-compatible ::/96 included).
  if ((g0 & 0xe000) !== 0x2000) return refuse('reserved');
  return null;
}

function embedded(ipv4: string, how: string): AddressRefusal | null {
  const inner = classifyIpv4(ipv4);
  return inner && { rule: inner.rule, description: `${inner.description} (${how} ${ipv4})` };
}

/**
 * Why `address` must not be fetched, or null for an ordinary public address.
 * Throws a TypeError when `address` is not an IP address at all (a caller's mistake: resolve names first).
 */
export function classifyAddress(address: string): AddressRefusal | null {
  if (isIPv4(address)) return classifyIpv4(address);
  if (isIPv6(address)) return classifyIpv6(address);
  throw new TypeError(`classifyAddress: not an IP address: ${JSON.stringify(address)}`);
}
