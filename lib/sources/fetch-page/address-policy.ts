import ipaddr from "ipaddr.js";

/**
 * Whether the server may open a connection to this IP address on behalf of a user-supplied URL.
 * Only global unicast addresses pass: private, loopback, link-local (which holds the cloud
 * metadata address 169.254.169.254), carrier-grade NAT (Alibaba's metadata 100.100.100.200),
 * multicast, unique-local IPv6 (AWS's fd00:ec2::254), reserved ranges and the IPv6 forms that
 * embed an IPv4 address (mapped, NAT64, 6to4, Teredo) are all refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:10.0.0.1 reaches 10.0.0.1; judge the address it really names.
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
  }
  return parsed.range() === "unicast";
}

/** The address inside a URL's host if it is an IP literal ("[::1]" → "::1"), else null. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}
