// Which IP addresses a server-side fetch must never reach. A URL fetched on a user's behalf must not become a way
// into the machine or its network (SSRF): loopback, private and link-local ranges, the cloud metadata service
// (169.254.169.254), and every range that is not ordinary public unicast.
// ipaddr.js names each block of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and updates);
// this file maps its names to our rules and the words of the refusal.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

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

/**
 * ipaddr.js's IPv4 range names as our rules. 0.0.0.0/8 is `unspecified` ("this network", RFC 791: connecting to
 * 0.x reaches the local host on Linux); `reserved` holds the documentation, benchmarking, 6to4-relay and 240/4
 * blocks. Names not here (`unicast`, and AS112 and AMT, which are globally reachable anycast) are allowed.
 */
const IPV4_RULES = new Map<string, AddressRule>([
  ['unspecified', 'unspecified'],
  ['broadcast', 'broadcast'],
  ['multicast', 'multicast'],
  ['linkLocal', 'link-local'], // RFC 3927; holds the cloud metadata service 169.254.169.254
  ['loopback', 'loopback'],
  ['carrierGradeNat', 'shared'], // RFC 6598: inside a provider's network
  ['private', 'private'], // RFC 1918
  ['reserved', 'reserved'],
]);

const DOCUMENTATION = [ipaddr.parseCIDR('2001:db8::/32'), ipaddr.parseCIDR('3fff::/20')]; // RFC 3849, RFC 9637
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

function classifyIpv4(address: ipaddr.IPv4): AddressRefusal | null {
  const rule = IPV4_RULES.get(address.range());
  if (!rule) return null;
  return address.toString() === '169.254.169.254' ? refuse(rule, ' (the cloud metadata service)') : refuse(rule);
}

function classifyIpv6(address: ipaddr.IPv6): AddressRefusal | null {
  // A string: the type lists only some of the names range() returns (deprecatedSiteLocal, discard, …).
  const range: string = address.range();
  switch (range) {
    case 'unspecified':
    case 'loopback':
    case 'multicast':
      return refuse(range);
    case 'linkLocal':
      return refuse('link-local');
    case 'uniqueLocal':
      return refuse('private', ' (IPv6 unique-local)');
    case 'deprecatedSiteLocal':
      return refuse('private', ' (IPv6 site-local)');
    // These carry an IPv4 address that a dual-stack socket or a gateway will reach: judge that address.
    case 'ipv4Mapped':
      return embedded(address, 12, 'IPv4-mapped');
    case 'rfc6052': // NAT64 64:ff9b::/96; in the local-use 64:ff9b:1::/48 (RFC 8215) the operator places the IPv4
      return address.parts[2] === 0 ? embedded(address, 12, 'NAT64') : refuse('reserved');
    case '6to4':
      return embedded(address, 2, '6to4');
    // AS112 is globally reachable anycast, as in IPv4; its 2001:4:112::/48 stays refused with the rest of 2001::/23.
    case 'as112v6':
      return address.parts[0] === 0x2001 ? refuse('reserved') : null;
    case 'reserved':
      return refuse('reserved', DOCUMENTATION.some((block) => address.match(block)) ? ' (documentation)' : '');
    // Everything outside 2000::/3, the only global unicast block, is reserved (IPv4-compatible ::/96 included).
    case 'unicast':
      return address.match(GLOBAL_UNICAST) ? null : refuse('reserved');
    // The other special-purpose blocks: Teredo and the rest of 2001::/23, discard, IPv4-translated, segment routing.
    default:
      return refuse('reserved');
  }
}

/** The refusal of the IPv4 address in bytes `from`..`from + 4` of `address`, noting how it was carried. */
function embedded(address: ipaddr.IPv6, from: number, how: string): AddressRefusal | null {
  const ipv4 = ipaddr.fromByteArray(address.toByteArray().slice(from, from + 4)) as ipaddr.IPv4;
  const inner = classifyIpv4(ipv4);
  return inner && { rule: inner.rule, description: `${inner.description} (${how} ${ipv4.toString()})` };
}

/** A dotted-quad tail of an IPv6 address (`::ffff:127.0.0.1`, `::127.0.0.1%eth0`). */
const DOTTED_TAIL = /(\d+)\.(\d+)\.(\d+)\.(\d+)(?=%|$)/;
const toHexGroups = (_: string, ...octets: string[]): string => {
  const [a = 0, b = 0, c = 0, d = 0] = octets.slice(0, 4).map(Number);
  return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
};

/**
 * Why `address` must not be fetched, or null for an ordinary public address.
 * Throws a TypeError when `address` is not an IP address at all (a caller's mistake: resolve names first).
 */
export function classifyAddress(address: string): AddressRefusal | null {
  // node:net decides what is an address: ipaddr.js would also take shorthands such as `127.1`.
  const family = isIP(address);
  if (family === 0) throw new TypeError(`classifyAddress: not an IP address: ${JSON.stringify(address)}`);
  if (family === 4) return classifyIpv4(ipaddr.IPv4.parse(address));
  // ipaddr.js reads the deprecated IPv4-compatible `::a.b.c.d` as IPv4-mapped `::ffff:a.b.c.d`; in hex groups it
  // stays what it is (reserved), as the resolver or the URL parser may write it either way.
  return classifyIpv6(ipaddr.IPv6.parse(address.replace(DOTTED_TAIL, toHexGroups)));
}
