import { describe, expect, test, vi } from 'vitest';
import {
  DestinationRefusedError,
  LookupFailedError,
  vetDestination,
  type DestinationPolicy,
} from '@/lib/probe/destination';
import { parseAllowHosts } from '@/lib/probe/host-policy';
import type { ResolvedAddress, Resolver } from '@/lib/probe/resolver';

const PUBLIC: ResolvedAddress[] = [{ address: '93.184.215.14', family: 4 }];
const resolveTo = (addresses: ResolvedAddress[]): Resolver => vi.fn(async () => addresses);
const policy = (over: Partial<DestinationPolicy> = {}): DestinationPolicy => ({
  resolver: resolveTo(PUBLIC),
  allow: [],
  selfHosts: [],
  ...over,
});

/** Every spelling the WHATWG URL parser accepts for a private host; `new URL` normalises, then the policy vets. */
const refusedUrls = [
  'http://127.0.0.1/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://0x7f.1/',
  'http://0x7f000001/',
  'http://127.1/',
  'http://127.0.1/',
  'http://017700000001/',
  'http://0/',
  'http://0.0.0.0/',
  'http://%31%32%37.0.0.1/',
  'http://127.0.0.1./',
  'http://[::1]/',
  'http://[::]/',
  'http://[0:0:0:0:0:0:0:1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::127.0.0.1]/',
  'http://[2002:7f00:1::]/',
  'http://169.254.169.254/latest/meta-data/',
  'http://0xa9fea9fe/',
  'http://2852039166/',
  'http://[fd00:ec2::254]/',
  'http://[::ffff:169.254.169.254]/',
  'http://100.100.100.200/',
  'http://192.0.0.192/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://METADATA.GOOGLE.INTERNAL./',
  'http://metadata/',
  'http://instance-data/',
  'http://localhost/',
  'http://LOCALHOST./',
  'http://api.localhost/',
  'http://printer.local/',
  'http://db.internal/',
  'http://router.home.arpa/',
  'http://intranet/',
  'http://wiki.corp/',
  'http://10.1.2.3/',
  'http://172.20.0.1/',
  'http://192.168.0.1/',
  'http://[fe80::1]/',
  'http://[fc00::1]/',
  'http://[ff02::1]/',
  'http://user:pass@example.com/',
  'http://user@example.com/',
  'ftp://example.com/',
  'file:///etc/passwd',
  'gopher://example.com/',
  'http://example.com:22/',
  'http://example.com:25/',
  'https://example.com:6667/',
  'http://example.com:0/',
];

describe('vetDestination refuses', () => {
  test.each(refusedUrls)('%s', async (raw) => {
    const resolver = resolveTo(PUBLIC);
    await expect(vetDestination(new URL(raw), policy({ resolver }))).rejects.toBeInstanceOf(DestinationRefusedError);
  });

  test('names whose answer contains any private address', async () => {
    const resolver = resolveTo([...PUBLIC, { address: '10.0.0.5', family: 4 }]);
    await expect(vetDestination(new URL('https://mixed.example.com/'), policy({ resolver }))).rejects.toBeInstanceOf(
      DestinationRefusedError,
    );
  });

  test.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '169.254.169.254', 'fd00:ec2::254'])(
    'a public name resolving to %s',
    async (address) => {
      const resolver = resolveTo([{ address, family: address.includes(':') ? 6 : 4 }]);
      await expect(vetDestination(new URL('https://rebind.example.com/'), policy({ resolver }))).rejects.toBeInstanceOf(
        DestinationRefusedError,
      );
    },
  );

  test('the portal itself, before any lookup', async () => {
    const resolver = resolveTo(PUBLIC);
    await expect(
      vetDestination(
        new URL('https://portal.example.com/api/probe'),
        policy({ resolver, selfHosts: ['portal.example.com'] }),
      ),
    ).rejects.toBeInstanceOf(DestinationRefusedError);
    expect(resolver).not.toHaveBeenCalled();
  });

  test('refused names are never looked up (no DNS side channel)', async () => {
    const resolver = resolveTo(PUBLIC);
    await expect(
      vetDestination(new URL('http://metadata.google.internal/'), policy({ resolver })),
    ).rejects.toBeInstanceOf(DestinationRefusedError);
    expect(resolver).not.toHaveBeenCalled();
  });
});

describe('vetDestination allows', () => {
  test.each([
    'https://example.com/',
    'http://8.8.8.8/',
    'http://134744072/',
    'https://[2606:4700:4700::1111]/',
    'http://[::ffff:8.8.8.8]/',
    'https://api.example.com:8443/v1',
    'http://example.com:8080/',
  ])('%s', async (raw) => {
    await expect(vetDestination(new URL(raw), policy())).resolves.toHaveLength(1);
  });
});

describe('DNS failures fail closed', () => {
  test('a lookup error', async () => {
    const resolver: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nope.example.com'), { code: 'ENOTFOUND' });
    };
    await expect(vetDestination(new URL('https://nope.example.com/'), policy({ resolver }))).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });
  test('an empty answer', async () => {
    await expect(
      vetDestination(new URL('https://empty.example.com/'), policy({ resolver: resolveTo([]) })),
    ).rejects.toBeInstanceOf(LookupFailedError);
  });
});

describe('PROBE_ALLOW_HOSTS', () => {
  const allow = parseAllowHosts('127.0.0.1:4010, localhost:4010,[::1]:4011,devbox.internal');
  const loopback = resolveTo([{ address: '127.0.0.1', family: 4 }]);

  test.each([
    'http://127.0.0.1:4010/x',
    'http://127.1:4010/',
    'http://localhost:4010/',
    'http://[::1]:4011/',
    'http://devbox.internal/',
    'http://devbox.internal:22/',
  ])('allows %s', async (raw) => {
    await expect(vetDestination(new URL(raw), policy({ allow, resolver: loopback }))).resolves.not.toHaveLength(0);
  });
  test.each([
    'http://127.0.0.1:4011/',
    'http://localhost:3000/',
    'http://127.0.0.2:4010/',
    'http://user:pw@127.0.0.1:4010/',
  ])('refuses %s', async (raw) => {
    await expect(vetDestination(new URL(raw), policy({ allow, resolver: loopback }))).rejects.toBeInstanceOf(
      DestinationRefusedError,
    );
  });
  test('never allows the portal itself', async () => {
    await expect(
      vetDestination(new URL('http://127.0.0.1:4010/'), policy({ allow, selfHosts: ['127.0.0.1:4010'] })),
    ).rejects.toBeInstanceOf(DestinationRefusedError);
  });
  test('ignores malformed entries instead of widening the policy', () => {
    expect(parseAllowHosts('http://[bad, ,example.com:99999')).toEqual([]);
  });
});
