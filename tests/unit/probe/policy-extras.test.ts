import type os from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { hasPublicSuffix, isRefusedName } from '@/lib/probe/host-policy';
import { isCloudSpecial, isPublicAddress } from '@/lib/probe/ip-policy';
import { isOwnAddress, setInterfaceSource } from '@/lib/probe/own-addresses';
import { trustedHops, trustedHosts, selfHosts } from '@/lib/probe/trust';

describe('cloud platform addresses', () => {
  test.each([
    '168.63.129.16', // Azure WireServer: in a public range
    '::ffff:168.63.129.16',
    '[::ffff:a83f:8110]',
    '64:ff9b::a83f:8110', // NAT64 of the same
    '100.100.100.200',
    'fd00:ec2::254',
    '192.0.0.192',
    '169.254.170.2',
    'fd20:ce::254',
    '161.26.0.10',
  ])('%s is refused', (address) => {
    expect(isCloudSpecial(address)).toBe(true);
    expect(isPublicAddress(address)).toBe(false);
  });

  test.each(['168.63.129.17', '93.184.215.14', '2606:4700::6810:85e5'])('%s stays public', (address) => {
    expect(isCloudSpecial(address)).toBe(false);
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('names outside the public suffix list', () => {
  test.each(['kubernetes.default.svc', 'vault.service.consul', 'db.cluster.local', 'api.example.test', 'x.lan'])(
    '%s is refused',
    (host) => expect(isRefusedName(host)).toBe(true),
  );
  test.each(['api.stripe.com', 'foo.github.io', 'api.example.co.uk', 'xn--80ak6aa92e.com'])('%s is allowed', (host) => {
    expect(hasPublicSuffix(host)).toBe(true);
    expect(isRefusedName(host)).toBe(false);
  });
});

describe("the machine's own addresses", () => {
  afterEach(() => setInterfaceSource(null));
  const fake =
    (address: string): (() => NodeJS.Dict<os.NetworkInterfaceInfo[]>) =>
    () => ({
      eth0: [
        address.includes(':')
          ? { address, netmask: '', family: 'IPv6', mac: '', internal: false, cidr: null, scopeid: 0 }
          : { address, netmask: '', family: 'IPv4', mac: '', internal: false, cidr: null },
      ],
    });

  test('an interface address is recognised in any spelling', () => {
    setInterfaceSource(fake('52.95.110.1'));
    for (const a of ['52.95.110.1', '::ffff:52.95.110.1', '[::ffff:345f:6e01]']) expect(isOwnAddress(a)).toBe(true);
    expect(isOwnAddress('52.95.110.2')).toBe(false);
  });

  test('IPv6 interface addresses compare in canonical form', () => {
    setInterfaceSource(fake('2600:1f18:0:0::10'));
    expect(isOwnAddress('2600:1f18::10')).toBe(true);
  });

  test('the list is read again after it goes stale', () => {
    let address = '52.95.110.1';
    setInterfaceSource(() => fake(address)());
    expect(isOwnAddress('52.95.110.1', 0)).toBe(true);
    address = '52.95.110.9';
    expect(isOwnAddress('52.95.110.9', 1_000)).toBe(false); // still cached
    expect(isOwnAddress('52.95.110.9', 60_000)).toBe(true); // refreshed
  });
});

describe('proxy trust', () => {
  test.each([
    [undefined, 0],
    ['', 0],
    ['1', 1],
    ['2', 2],
    ['-1', 0],
    ['1.5', 0],
    ['yes', 0],
  ])('TRUST_PROXY_HOPS=%s → %i', (value, hops) => expect(trustedHops(value)).toBe(hops));

  test('X-Forwarded-Host is the portal only behind a trusted proxy; self-refusal uses every name', () => {
    const h = new Headers({ host: 'internal:3000', 'x-forwarded-host': 'triage.example.com' });
    expect(trustedHosts(h, 0)).toEqual(['internal:3000']);
    expect(trustedHosts(h, 1)).toEqual(['triage.example.com', 'internal:3000']);
    expect(selfHosts(h)).toEqual(['internal:3000', 'triage.example.com']);
  });
});
