import 'server-only';
import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses the probe may connect to: globally routable unicast only.
 * ipaddr.js `range()` names most special ranges; the explicit lists below repeat them
 * (so a library update cannot silently reopen one) and add the ones it does not name.
 */

const FORBIDDEN_V4 = [
  '0.0.0.0/8', // "this network"
  '10.0.0.0/8', // RFC 1918
  '100.64.0.0/10', // carrier-grade NAT (also Alibaba Cloud metadata 100.100.100.200)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, cloud metadata 169.254.169.254
  '172.16.0.0/12', // RFC 1918
  '192.0.0.0/24', // IETF protocol assignments (Oracle Cloud metadata 192.0.0.192)
  '192.0.2.0/24', // TEST-NET-1
  '192.31.196.0/24', // AS112
  '192.52.193.0/24', // AMT
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // RFC 1918
  '192.175.48.0/24', // AS112
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // TEST-NET-2
  '203.0.113.0/24', // TEST-NET-3
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved
  '255.255.255.255/32', // broadcast
].map((c) => ipaddr.IPv4.parseCIDR(c));

const FORBIDDEN_V6 = [
  '::/128',
  '::1/128',
  '::ffff:0:0/96', // mapped: only reachable through the IPv4 check below
  '64:ff9b:1::/48', // local-use NAT64 (RFC 8215): translates into private space
  '100::/64', // discard-only
  '2001::/23', // IETF protocol assignments (Teredo addresses are vetted by their IPv4 parts)
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation (RFC 9637)
  '5f00::/16', // SRv6 SIDs
  'fc00::/7', // unique local (AWS metadata fd00:ec2::254)
  'fe80::/10', // link-local
  'fec0::/10', // deprecated site-local
  'ff00::/8', // multicast
].map((c) => ipaddr.IPv6.parseCIDR(c));

/**
 * Cloud platform addresses that sit inside otherwise public (or already-refused) ranges.
 * Listed one by one because a range check alone misses the public ones, and so that the
 * documented ones stay refused even if a range above is ever narrowed.
 */
const CLOUD_SPECIAL = [
  '168.63.129.16/32', // Azure WireServer / platform virtual IP (DNS, DHCP, health probes, VM agent): public range
  '169.254.169.254/32', // AWS, GCP, Azure, OpenStack, DigitalOcean, Hetzner IMDS
  '169.254.169.253/32', // AWS VPC DNS resolver
  '169.254.170.2/32', // AWS ECS task metadata / credentials endpoint
  '169.254.0.23/32', // Tencent Cloud metadata
  '100.100.100.200/32', // Alibaba Cloud metadata
  '192.0.0.192/32', // Oracle Cloud metadata (legacy)
  '161.26.0.0/16', // IBM Cloud infrastructure services (private backbone)
  '166.8.0.0/14', // IBM Cloud private service endpoints
  'fd00:ec2::254/128', // AWS IMDS over IPv6
  'fd00:ec2::253/128', // AWS DNS over IPv6
  'fd20:ce::254/128', // GCP metadata over IPv6
];
const CLOUD_V4 = CLOUD_SPECIAL.filter((c) => !c.includes(':')).map((c) => ipaddr.IPv4.parseCIDR(c));
const CLOUD_V6 = CLOUD_SPECIAL.filter((c) => c.includes(':')).map((c) => ipaddr.IPv6.parseCIDR(c));

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

/** True for a documented cloud platform address (metadata, platform DNS, host agent), in any IP spelling. */
export function isCloudSpecial(address: string): boolean {
  const bare = unbracket(address);
  const v4s: ipaddr.IPv4[] = [];
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) v4s.push(ipaddr.IPv4.parse(bare));
  else if (ipaddr.IPv6.isValid(bare)) {
    const v6 = ipaddr.IPv6.parse(bare);
    if (CLOUD_V6.some((cidr) => v6.match(cidr))) return true;
    v4s.push(...embeddedIPv4(v6));
  }
  return v4s.some((ip) => CLOUD_V4.some((cidr) => ip.match(cidr)));
}

// Only 2000::/3 is allocated as global unicast; the rest of IPv6 is special-purpose.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

/**
 * IPv4 addresses carried inside an IPv6 address, which the OS or a router may turn into
 * IPv4 traffic: mapped (::ffff:a.b.c.d), translated (::ffff:0:a.b.c.d), compatible
 * (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (2001::/32, server and client).
 */
export function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4[] {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = ip.parts;
  const zeroPrefix = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0;
  if (zeroPrefix && w4 === 0 && (w5 === 0xffff || w5 === 0)) return [v4(w6, w7)];
  if (zeroPrefix && w4 === 0xffff && w5 === 0) return [v4(w6, w7)];
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) return [v4(w6, w7)];
  if (w0 === 0x2002) return [v4(w1, w2)];
  if (w0 === 0x2001 && w1 === 0) return [v4(w2, w3), v4(w6 ^ 0xffff, w7 ^ 0xffff)];
  return [];
}

function isPublicV4(ip: ipaddr.IPv4): boolean {
  return ip.range() === 'unicast' && !FORBIDDEN_V4.some((cidr) => ip.match(cidr));
}

function isPublicV6(ip: ipaddr.IPv6): boolean {
  const inner = embeddedIPv4(ip);
  // An address that carries IPv4 is as good as its IPv4 parts (:: and ::1 carry 0.0.0.0/8).
  if (inner.length > 0) return inner.every(isPublicV4);
  return ip.match(GLOBAL_UNICAST_V6) && ip.range() === 'unicast' && !FORBIDDEN_V6.some((cidr) => ip.match(cidr));
}

/**
 * True when `address` — an IP literal as DNS or the WHATWG URL parser gives it (dotted-quad
 * IPv4, IPv6 with or without brackets) — is globally routable unicast. Anything else
 * (including legacy IPv4 spellings, which must be normalised by `new URL` first) is not.
 */
export function isPublicAddress(address: string): boolean {
  const bare = unbracket(address);
  if (isCloudSpecial(bare)) return false;
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return isPublicV4(ipaddr.IPv4.parse(bare));
  if (ipaddr.IPv6.isValid(bare)) return isPublicV6(ipaddr.IPv6.parse(bare));
  return false;
}

/** Is `host` an IP literal as the URL parser writes it (dotted-quad IPv4, bracketed IPv6)? */
export function isIpLiteral(host: string): boolean {
  const bare = unbracket(host);
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare);
}
