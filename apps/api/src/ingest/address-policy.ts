import { BlockList, isIP } from "node:net";

/**
 * Addresses a fetched URL may never reach unless private URLs are explicitly allowed: loopback,
 * private, link-local (cloud metadata at 169.254.169.254), CGNAT, multicast, reserved and
 * documentation ranges, in IPv4 and IPv6 (including IPv4 embedded in IPv6).
 */
const BLOCKED = new BlockList();
// Node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 subnets too, so IPv6 ranges
// live in a list of their own.
const BLOCKED_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  // IPv4-mapped (::ffff:0:0/96) and IPv4-translated (::ffff:0:0:0/96): a resolver never needs
  // them for a public host, and some stacks route them to the embedded IPv4 address.
  ["::ffff:0:0", 96],
  ["::ffff:0:0:0", 96],
  // Local-use NAT64 (RFC 8215): translates into whatever IPv4 network the operator chose.
  ["64:ff9b:1::", 48],
  ["100::", 64],
  // IETF protocol assignments, incl. Teredo (2001::/32), which tunnels to an embedded IPv4 address.
  ["2001::", 23],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  BLOCKED_V6.addSubnet(network, prefix, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address, else null. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) return dotted[1];
  const groups = expandIpv6(lower);
  if (!groups) return null;
  const toV4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible)
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0)) {
    if (g5 === 0 && g6 === 0) return null;
    return toV4(g6, g7);
  }
  // 64:ff9b::/96 (NAT64)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return toV4(g6, g7);
  // 2002::/16 (6to4) carries the IPv4 address in groups 1-2
  if (g0 === 0x2002) return toV4(g1, g2);
  return null;
}

function expandIpv6(address: string): number[] | null {
  const withoutZone = address.split("%")[0] ?? "";
  const [head = "", tail] = withoutZone.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  if (left.some(Number.isNaN) || right.some(Number.isNaN)) return null;
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...left, ...Array(Math.max(0, missing)).fill(0), ...right];
}

/** True when the address is in a range a server-side fetch must not reach. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return BLOCKED.check(bare, "ipv4");
  if (family !== 6) return true;
  const v6 = bare.split("%")[0] ?? bare;
  if (BLOCKED_V6.check(v6, "ipv6")) return true;
  const v4 = embeddedIpv4(bare);
  return v4 !== null && BLOCKED.check(v4, "ipv4");
}
