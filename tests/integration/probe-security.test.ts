import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DestinationRefusedError, runProbe } from '@/lib/probe/probe';
import type { Resolver } from '@/lib/probe/resolver';
import { ProbeRequestSchema } from '@/lib/request/probe-contract';
import { FIXTURE_CERT, startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { FAST_LIMITS, makeRoute, responseOf } from './helpers';

let api: FixtureServer;
let other: FixtureServer;
let secure: FixtureServer;
let route: ReturnType<typeof makeRoute>;
beforeAll(async () => {
  [api, other, secure] = await Promise.all([
    startFixtureServer(),
    startFixtureServer(),
    startFixtureServer(0, '127.0.0.1', { tls: true }),
  ]);
  route = makeRoute(`127.0.0.1:${api.port},127.0.0.1:${other.port},127.0.0.1:${secure.port},localhost:${secure.port}`);
});
afterAll(() => Promise.all([api.close(), other.close(), secure.close()]));

const echoed = async (p: Promise<import('@/lib/request/probe-contract').ProbeResult>) =>
  JSON.parse(responseOf(await p).body) as { method: string; headers: Record<string, string>; body: string };

describe('outbound headers', () => {
  test("the portal's own cookies and credentials are never forwarded", async () => {
    const echo = await echoed(
      route.probe(
        { method: 'GET', url: `${api.url}/echo` },
        { cookie: 'portal_session=s3cret', authorization: 'Bearer portal-token' },
      ),
    );
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers['user-agent']).toMatch(/^api-triage-probe/);
  });

  test("the user's own headers are sent; hop-by-hop ones are stripped", async () => {
    const headers: [string, string][] = [
      ['Authorization', 'Bearer user-token'],
      ['Cookie', 'a=1'],
      ['Connection', 'x-hop'],
      ['X-Hop', 'gone'],
      ['Host', 'evil.example'],
      ['Transfer-Encoding', 'chunked'],
      ['Proxy-Authorization', 'Basic eA=='],
      ['TE', 'trailers'],
      ['X-Kept', 'yes'],
    ];
    const echo = await echoed(route.probe({ method: 'POST', url: `${api.url}/echo`, headers, body: '{"a":1}' }));
    expect(echo).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(echo.headers).toMatchObject({
      authorization: 'Bearer user-token',
      cookie: 'a=1',
      'x-kept': 'yes',
      host: `127.0.0.1:${api.port}`,
    });
    for (const gone of ['x-hop', 'transfer-encoding', 'proxy-authorization', 'te'])
      expect(echo.headers[gone]).toBeUndefined();
  });

  test('Authorization and Cookie are dropped on a cross-origin redirect, kept on a same-origin one', async () => {
    const headers: [string, string][] = [
      ['Authorization', 'Bearer user-token'],
      ['Cookie', 'a=1'],
    ];
    const cross = await echoed(
      route.probe({
        method: 'GET',
        url: `${api.url}/redirect?to=${encodeURIComponent(`${other.url}/echo`)}`,
        headers,
        followRedirects: true,
      }),
    );
    expect(cross.headers.authorization).toBeUndefined();
    expect(cross.headers.cookie).toBeUndefined();
    const same = await echoed(
      route.probe({ method: 'GET', url: `${api.url}/redirect?to=/echo`, headers, followRedirects: true }),
    );
    expect(same.headers.authorization).toBe('Bearer user-token');
  });

  test('a 303 turns a POST into a GET without body', async () => {
    const result = await route.probe({
      method: 'POST',
      url: `${api.url}/redirect?status=303&to=/echo`,
      headers: [['Content-Type', 'application/json']],
      body: '{}',
      followRedirects: true,
    });
    const echo = await echoed(Promise.resolve(result));
    expect(echo).toMatchObject({ method: 'GET', body: '' });
    expect(echo.headers['content-type']).toBeUndefined();
    expect(responseOf(result).redirects).toEqual([{ status: 303, location: `${api.url}/echo` }]);
  });

  test('the log says method, host and outcome — nothing else', async () => {
    const { probe, logs } = makeRoute(`127.0.0.1:${api.port}`);
    await probe({
      method: 'POST',
      url: `${api.url}/echo?api_key=k3y`,
      headers: [['Authorization', 'Bearer t0ken']],
      body: 'pa55word',
    });
    expect(logs).toEqual([`probe POST 127.0.0.1:${api.port} 200`]);
  });
});

describe('DNS rebinding', () => {
  test('a name that turns private between the check and the connection is refused at connect', async () => {
    let calls = 0;
    const resolver: Resolver = vi.fn(async () =>
      ++calls === 1
        ? [{ address: '93.184.215.14', family: 4 as const }]
        : [{ address: '127.0.0.1', family: 4 as const }],
    );
    const req = ProbeRequestSchema.parse({ method: 'GET', url: `http://rebind.example.com:${api.port}/json` });
    await expect(runProbe(req, { resolver, allowHosts: '', limits: FAST_LIMITS })).rejects.toBeInstanceOf(
      DestinationRefusedError,
    );
    expect(resolver).toHaveBeenCalledTimes(2); // pre-flight, then again inside the connector
  });

  test('the connection goes to the vetted address, whatever the name', async () => {
    // The name is allow-listed and the resolver decides where it points: the fixture answers, proving the IP is used.
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const req = ProbeRequestSchema.parse({ method: 'GET', url: `http://pinned.example.com:${api.port}/json` });
    const out = await runProbe(req, { resolver, allowHosts: `pinned.example.com:${api.port}`, limits: FAST_LIMITS });
    expect(out).toMatchObject({ outcome: 'response', response: { status: 200, remoteAddress: '127.0.0.1' } });
  });
});

describe('TLS', () => {
  test('an untrusted certificate is a diagnosed tls error', async () => {
    const result = await route.probe({ method: 'GET', url: `${secure.url}/json` });
    expect(result).toMatchObject({
      outcome: 'network_error',
      error: { kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
    expect(result.diagnosis.category).toBe('tls');
  });

  test('the handshake is timed and the certificate checked against the name', async () => {
    const req = ProbeRequestSchema.parse({ method: 'GET', url: `https://localhost:${secure.port}/json` });
    const out = await runProbe(req, {
      allowHosts: `localhost:${secure.port}`,
      trustedCa: FIXTURE_CERT,
      limits: FAST_LIMITS,
      resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(out.outcome).toBe('response');
    if (out.outcome !== 'response') return;
    expect(out.response.timings.tlsMs).toBeGreaterThan(0);
    expect(out.response.timings.dnsMs).toBeGreaterThanOrEqual(0);
  });
});
