import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createProbeHandler } from '@/lib/probe/handler';
import { TokenBucketLimiter } from '@/lib/probe/rate-limit';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { FAST_LIMITS } from './helpers';

/** Who may drive the probe, with what, and what the API's answers carry. */

let api: FixtureServer;
beforeAll(async () => {
  api = await startFixtureServer();
});
afterAll(() => api.close());

const SAME_ORIGIN = { origin: 'http://portal.test', 'sec-fetch-site': 'same-origin' };

function route(guard: { apiToken?: string; hops?: number } = {}, capacity = 1_000) {
  const handler = createProbeHandler({
    limiter: new TokenBucketLimiter({ capacity, refillPerSecond: 0.001 }),
    log: () => {},
    guard: () => guard,
    probe: { allowHosts: `127.0.0.1:${api.port}`, limits: FAST_LIMITS },
  });
  return (headers: Record<string, string>, body: unknown = { method: 'GET', url: `${api.url}/json` }) =>
    handler(
      new Request('http://portal.test/api/probe', {
        method: 'POST',
        headers: { host: 'portal.test', 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
}

const codeOf = async (res: Response) => ((await res.json()) as { code?: string }).code;

describe('who may call the probe', () => {
  test.each([
    ['no Origin and no Sec-Fetch-Site (a script)', {}],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    [
      'a foreign Origin with a matching X-Forwarded-Host (no trusted proxy)',
      { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
    ],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'http://portal.test' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['Sec-Fetch-Site: none', { 'sec-fetch-site': 'none' }],
    ['the opaque origin', { origin: 'null' }],
  ])('%s → 403 cross_site', async (_name, headers) => {
    const res = await route()(headers);
    expect(res.status).toBe(403);
    expect(await codeOf(res)).toBe('cross_site');
  });

  test.each([
    ['Origin of the portal', { origin: 'http://portal.test' }],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
  ])('%s → probed', async (_name, headers) => {
    expect((await route()(headers)).status).toBe(200);
  });

  test('behind one trusted proxy, X-Forwarded-Host names the portal', async () => {
    const headers = { origin: 'https://triage.example.com', 'x-forwarded-host': 'triage.example.com' };
    expect((await route({ hops: 1 })(headers)).status).toBe(200);
    expect((await route({ hops: 0 })(headers)).status).toBe(403);
  });

  test('PROBE_API_TOKEN lets a script in, with the right token only, and never forwards it', async () => {
    const call = route({ apiToken: 'tok-123456' });
    expect(await codeOf(await call({ authorization: 'Bearer wrong' }))).toBe('cross_site');
    expect(await codeOf(await call({ authorization: 'Basic dG9rLTEyMzQ1Ng==' }))).toBe('cross_site');
    const ok = await call({ authorization: 'Bearer tok-123456' }, { method: 'GET', url: `${api.url}/echo` });
    expect(ok.status).toBe(200);
    const echoed = JSON.parse(((await ok.json()) as { response: { body: string } }).response.body);
    expect(echoed.headers.authorization).toBeUndefined();
    // Without a configured token, a bearer header opens nothing.
    expect(await codeOf(await route()({ authorization: 'Bearer tok-123456' }))).toBe('cross_site');
  });
});

describe('what the probe accepts', () => {
  test.each([
    ['application/x-www-form-urlencoded'],
    ['text/plain'],
    ['multipart/form-data; boundary=x'],
    ['application/jsonp'],
  ])('Content-Type %s → 415 problem+json', async (type) => {
    const res = await route()({ ...SAME_ORIGIN, 'content-type': type });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await codeOf(res)).toBe('unsupported_media_type');
  });

  test('application/json with a charset is JSON', async () => {
    expect((await route()({ ...SAME_ORIGIN, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  test('headers as [name, value] pairs and as a plain object', async () => {
    const call = route();
    for (const headers of [[['X-Probe', 'pairs']], { 'X-Probe': 'object' }]) {
      const res = await call(SAME_ORIGIN, { method: 'GET', url: `${api.url}/echo`, headers });
      const echoed = JSON.parse(((await res.json()) as { response: { body: string } }).response.body);
      expect(echoed.headers['x-probe']).toBe(Array.isArray(headers) ? 'pairs' : 'object');
    }
  });

  test.each(['GET', 'HEAD'])('a %s never carries a body upstream, and says so', async (method) => {
    const res = await route()(SAME_ORIGIN, { method, url: `${api.url}/echo`, body: 'smuggled=1' });
    const result = (await res.json()) as { response: { body: string; warnings: string[] } };
    if (method === 'GET') expect(JSON.parse(result.response.body).body).toBe('');
    expect(result.response.warnings.join(' ')).toMatch(/body was not sent/);
  });
});

describe('API answers', () => {
  test.each([
    ['200', SAME_ORIGIN, 200],
    ['403', {}, 403],
    ['415', { ...SAME_ORIGIN, 'content-type': 'text/plain' }, 415],
  ])('%s carries the API CSP, nosniff and no-store', async (_n, headers, status) => {
    const res = await route()(headers);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('rate limit key', () => {
  test('a client cannot reset its budget with X-Forwarded-For', async () => {
    const call = route({}, 2);
    const peer = { ...SAME_ORIGIN, 'x-api-triage-peer': '198.51.100.20' };
    for (let i = 0; i < 2; i++) expect((await call({ ...peer, 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(200);
    const res = await call({ ...peer, 'x-forwarded-for': '203.0.113.99' });
    expect(res.status).toBe(429);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  test('behind one trusted proxy, the address it appended is the key', async () => {
    const call = route({ hops: 1 }, 1);
    const viaProxy = (client: string) => ({
      ...SAME_ORIGIN,
      'x-api-triage-peer': '10.0.0.2',
      'x-forwarded-for': `spoof, ${client}`,
    });
    expect((await call(viaProxy('198.51.100.1'))).status).toBe(200);
    expect((await call(viaProxy('198.51.100.1'))).status).toBe(429);
    expect((await call(viaProxy('198.51.100.2'))).status).toBe(200);
  });
});
