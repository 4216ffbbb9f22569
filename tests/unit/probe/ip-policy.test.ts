import { describe, expect, test } from 'vitest';
import { isPublicAddress } from '@/lib/probe/ip-policy';

const forbidden = [
  // IPv4 special-purpose ranges, first and last address of each
  ['0.0.0.0', 'this network'], ['0.255.255.255', 'this network'],
  ['10.0.0.1', 'RFC 1918'], ['10.255.255.255', 'RFC 1918'],
  ['100.64.0.1', 'CGNAT'], ['100.127.255.255', 'CGNAT'], ['100.100.100.200', 'Alibaba metadata'],
  ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'],
  ['169.254.169.254', 'cloud metadata'], ['169.254.0.1', 'link-local'],
  ['172.16.0.1', 'RFC 1918'], ['172.31.255.255', 'RFC 1918'],
  ['192.0.0.192', 'Oracle metadata'], ['192.0.0.1', 'IETF assignments'],
  ['192.0.2.1', 'TEST-NET-1'], ['192.88.99.1', '6to4 relay'],
  ['192.168.0.1', 'RFC 1918'], ['192.168.255.255', 'RFC 1918'],
  ['198.18.0.1', 'benchmarking'], ['198.19.255.255', 'benchmarking'],
  ['198.51.100.7', 'TEST-NET-2'], ['203.0.113.9', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast (SSDP)'],
  ['240.0.0.1', 'reserved'], ['255.255.255.255', 'broadcast'],
  ['192.31.196.1', 'AS112'], ['192.175.48.1', 'AS112'], ['192.52.193.1', 'AMT'],
  // IPv6
  ['::', 'unspecified'], ['::1', 'loopback'], ['[::1]', 'bracketed loopback'],
  ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local with zone'], ['febf::1', 'link-local'],
  ['fc00::1', 'unique local'], ['fd00:ec2::254', 'AWS metadata (IPv6)'], ['fd12:3456:789a::1', 'unique local'],
  ['ff02::1', 'multicast'], ['ff05::2', 'multicast'],
  ['2001:db8::1', 'documentation'], ['3fff::1', 'documentation'], ['100::1', 'discard'],
  ['fec0::1', 'site-local'], ['5f00::1', 'SRv6'], ['2001:2::1', 'benchmarking'], ['2001:10::1', 'ORCHID'],
  ['::2', 'reserved ::/8'], ['1::1', 'outside 2000::/3'], ['4000::1', 'outside 2000::/3'],
  // IPv4 inside IPv6
  ['::ffff:127.0.0.1', 'mapped loopback'], ['::ffff:7f00:1', 'mapped loopback, hex'], ['0:0:0:0:0:ffff:7f00:0001', 'mapped, long form'],
  ['::ffff:10.0.0.1', 'mapped private'], ['::ffff:a9fe:a9fe', 'mapped metadata'],
  ['::127.0.0.1', 'compatible loopback'], ['::a9fe:a9fe', 'compatible metadata'],
  ['::ffff:0:7f00:1', 'translated loopback'],
  ['64:ff9b::7f00:1', 'NAT64 loopback'], ['64:ff9b::10.0.0.1', 'NAT64 private'], ['64:ff9b::a9fe:a9fe', 'NAT64 metadata'],
  ['64:ff9b:1::808:808', 'local-use NAT64'],
  ['2002:7f00:1::', '6to4 of loopback'], ['2002:a9fe:a9fe::1', '6to4 of metadata'], ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
  ['2001:0:808:808:0:0:80ff:fffe', 'Teredo, client 127.0.0.1'], ['2001:0:a00:1::1', 'Teredo, server 10.0.0.1'],
  // not addresses at all
  ['', 'empty'], ['example.com', 'a name'], ['127.1', 'short form (must go through new URL first)'],
  ['0x7f.0.0.1', 'hex form'], ['2130706433', 'decimal form'], ['0177.0.0.1', 'octal form'],
] as const;

const allowed = [
  '8.8.8.8', '1.1.1.1', '93.184.215.14', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0',
  '192.167.255.255', '192.169.0.0', '198.17.255.255', '198.20.0.0', '223.255.255.255', '169.253.255.255',
  '2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '[2606:4700:4700::1111]',
  '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1',
];

describe('isPublicAddress', () => {
  test.each(forbidden)('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  test.each(allowed)('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
