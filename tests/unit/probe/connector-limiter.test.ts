import { describe, expect, test, vi } from 'vitest';
import { safeConnector } from '@/lib/probe/connector';
import { DestinationRefusedError } from '@/lib/probe/destination';
import { classifyError, DeadlineError } from '@/lib/probe/errors';
import { LookupFailedError } from '@/lib/probe/destination';
import { clientKey, TokenBucketLimiter } from '@/lib/probe/rate-limit';
import type { Resolver } from '@/lib/probe/resolver';

describe('safeConnector (connect-time check)', () => {
  const connect = (resolver: Resolver, host: string, allow: { host: string; port: number | null }[] = []) =>
    new Promise<Error | null>((resolve) => {
      const connector = safeConnector({
        policy: { resolver, allow, selfHosts: [] },
        connectTimeoutMs: 1_000,
        onConnected: () => {},
      });
      connector({ hostname: host.split(':')[0]!, host, protocol: 'https:', port: '' }, (err, socket) => {
        socket?.destroy();
        resolve(err);
      });
    });

  test('DNS rebinding: a name vetted as public that now answers private is refused before any socket opens', async () => {
    let calls = 0;
    const resolver: Resolver = vi.fn(async () =>
      ++calls === 1
        ? [{ address: '93.184.215.14', family: 4 as const }]
        : [{ address: '169.254.169.254', family: 4 as const }],
    );
    await resolver('rebind.example.com'); // the pre-flight lookup, as vetDestination does it
    expect(await connect(resolver, 'rebind.example.com')).toBeInstanceOf(DestinationRefusedError);
    expect(resolver).toHaveBeenCalledTimes(2);
  });

  test.each(['127.0.0.1', '[::1]', 'localhost', '10.0.0.1:8443'])('refuses %s at connect time too', async (host) => {
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    expect(await connect(resolver, host)).toBeInstanceOf(DestinationRefusedError);
  });
});

describe('TokenBucketLimiter', () => {
  test('a burst, then one token per refill interval, with Retry-After', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('b').ok).toBe(true); // per client
    now = 2_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  test('memory stays bounded', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 10 });
    for (let i = 0; i < 1_000; i++) limiter.take(`k${i}`);
    expect(limiter.take('k999').ok).toBe(false); // recent keys are kept
  });

  const peer = { 'x-api-triage-peer': '192.0.2.9' };
  test.each([
    // No trusted proxy: forwarding headers are claims, the connection's address is the key.
    [{ ...peer, 'x-forwarded-for': 'spoofed, 198.51.100.7' }, 0, '192.0.2.9'],
    [{ ...peer, 'x-real-ip': '198.51.100.8' }, 0, '192.0.2.9'],
    [{}, 0, 'unknown-peer'],
    // One trusted proxy appended the client's address last; entries before it are claims.
    [{ ...peer, 'x-forwarded-for': 'spoofed, 198.51.100.7' }, 1, '198.51.100.7'],
    [{ ...peer, 'x-forwarded-for': 'spoofed, 198.51.100.7, 10.0.0.2' }, 2, '198.51.100.7'],
    // Fewer entries than trusted hops: the chain is not what was configured, use the connection.
    [{ ...peer, 'x-forwarded-for': '198.51.100.7' }, 2, '192.0.2.9'],
  ])('client key from %j with %i trusted hops', (headers, hops, key) => {
    expect(clientKey(new Headers(headers), hops)).toBe(key);
  });
});

describe('classifyError', () => {
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });
  test.each([
    [new LookupFailedError('ENOTFOUND'), 'dns', 'ENOTFOUND'],
    [err('ECONNREFUSED'), 'refused', 'ECONNREFUSED'],
    [err('ECONNRESET'), 'reset', 'ECONNRESET'],
    [err('UND_ERR_SOCKET', 'other side closed'), 'reset', 'UND_ERR_SOCKET'],
    [err('UND_ERR_HEADERS_TIMEOUT'), 'timeout', 'UND_ERR_HEADERS_TIMEOUT'],
    [new DeadlineError(500), 'timeout', 'ETIMEDOUT'],
    [err('CERT_HAS_EXPIRED', 'certificate has expired'), 'tls', 'CERT_HAS_EXPIRED'],
    [err('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls', 'ERR_TLS_CERT_ALTNAME_INVALID'],
    [err('ERR_SSL_WRONG_VERSION_NUMBER'), 'tls', 'ERR_SSL_WRONG_VERSION_NUMBER'],
    [err('EHOSTUNREACH'), 'other', 'EHOSTUNREACH'],
    [err('HPE_INVALID_CONSTANT'), 'other', 'HPE_INVALID_CONSTANT'],
    [new Error('no code'), 'other', 'UNKNOWN'],
  ])('%s', (e, kind, code) => {
    expect(classifyError(e)).toMatchObject({ kind, code });
  });
  test('keeps the phrases catalog entries match on', () => {
    expect(classifyError(err('CERT_HAS_EXPIRED', 'certificate has expired')).message).toBe('certificate has expired');
  });
});
