import ipaddr from 'ipaddr.js';

/**
 * Only globally routable unicast addresses may be fetched unless private networks are allowed: ipaddr.js names
 * every special range (loopback, private, linkLocal with the 169.254.169.254 metadata service, carrierGradeNat,
 * unspecified, multicast, uniqueLocal, reserved, 6to4/teredo/NAT64 embeddings…) and everything else is `unicast`.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function refusalOf(address: string): string | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return `not an IP address (${address})`;
  const range = parsed.range();
  return range === 'unicast' ? undefined : `${describeRange(range)} address (${parsed.toString()})`;
}

/** What kind of address that is not globally routable an IP literal is (`a loopback address`), or undefined. */
export function nonPublicRangeOf(address: string): string | undefined {
  const range = parseAddress(address)?.range();
  return range === undefined || range === 'unicast' ? undefined : `${describeRange(range)} address`;
}

function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return undefined;
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed;
}

function describeRange(range: string): string {
  switch (range) {
    case 'loopback':
      return 'a loopback';
    case 'private':
    case 'uniqueLocal':
      return 'a private';
    case 'linkLocal':
      return 'a link-local';
    case 'carrierGradeNat':
      return 'a carrier-grade NAT';
    case 'unspecified':
      return 'an unspecified';
    case 'multicast':
      return 'a multicast';
    default:
      return `a special-purpose (${range})`;
  }
}

export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname.replace(/^\[|\]$/g, ''));
}
