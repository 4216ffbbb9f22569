import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { makeRoute, responseOf } from './helpers';

let api: FixtureServer;
let route: ReturnType<typeof makeRoute>;
beforeAll(async () => {
  api = await startFixtureServer();
  route = makeRoute(`127.0.0.1:${api.port}`);
});
afterAll(() => api.close());

describe('POST /api/probe answers', () => {
  test('a 200 with headers, body, timings and a diagnosis, never cached', async () => {
    const res = await route.call({ method: 'GET', url: `${api.url}/json` });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const r = responseOf(await res.json());
    expect(r).toMatchObject({
      status: 200,
      statusText: 'OK',
      bodyEncoding: 'utf8',
      bodyTruncated: false,
      redirects: [],
      remoteAddress: '127.0.0.1',
    });
    expect(JSON.parse(r.body)).toEqual({ ok: true, items: [1, 2, 3] });
    expect(r.headers).toContainEqual(['x-request-id', 'req_fixture_1']);
    expect(r.timings.connectMs).toBeGreaterThan(0);
    expect(r.timings.ttfbMs).toBeGreaterThanOrEqual(r.timings.connectMs);
    expect(r.timings.totalMs).toBeGreaterThanOrEqual(r.timings.ttfbMs);
  });

  test('a 429 with Retry-After, diagnosed as a rate limit', async () => {
    const result = await route.probe({ method: 'GET', url: `${api.url}/rate-limited` });
    const r = responseOf(result);
    expect(r.status).toBe(429);
    expect(r.headers).toContainEqual(['retry-after', '7']);
    expect(result.diagnosis.category).toBe('rate_limited');
    expect(result.diagnosis.status).toBe(429);
    expect(result.diagnosis.retryable).toBe(true);
    expect(result.diagnosis.retryAfterSeconds).toBe(7);
    expect(result.diagnosis.entries[0]?.slug).toBe('http-429');
  });

  test('binary bodies as base64, HTML as text', async () => {
    expect(responseOf(await route.probe({ method: 'GET', url: `${api.url}/binary` }))).toMatchObject({
      body: 'AAEC//4=',
      bodyEncoding: 'base64',
      sizeBytes: 5,
    });
    expect(responseOf(await route.probe({ method: 'GET', url: `${api.url}/html` })).body).toContain('<h1>Hello</h1>');
  });

  test.each(['gzip', 'deflate', 'br', 'gzip, br'])('a %s-encoded body, decoded', async (enc) => {
    const r = responseOf(
      await route.probe({ method: 'GET', url: `${api.url}/compressed?enc=${encodeURIComponent(enc)}` }),
    );
    expect(JSON.parse(r.body).compressed).toBe(enc);
  });

  test('a connection refusal as a diagnosed network error', async () => {
    const closed = await startFixtureServer();
    await closed.close();
    const { probe } = makeRoute(`127.0.0.1:${closed.port}`);
    const result = await probe({ method: 'GET', url: `${closed.url}/json` });
    expect(result).toMatchObject({ outcome: 'network_error', error: { kind: 'refused', code: 'ECONNREFUSED' } });
    expect(result.diagnosis.category).toBe('network');
  });
});

describe('POST /api/probe refuses', () => {
  const problem = async (res: Response) => ({
    status: res.status,
    type: res.headers.get('content-type'),
    body: await res.json(),
  });

  test.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1:1/',
    'http://localhost:3000/',
    'http://[::ffff:7f00:1]/',
    'http://0x7f.1/',
  ])('%s with one generic destination_not_allowed', async (url) => {
    const p = await problem(await route.call({ method: 'GET', url }));
    expect(p).toMatchObject({
      status: 403,
      type: 'application/problem+json',
      body: { code: 'destination_not_allowed', type: '/codes/api-triage-destination-not-allowed' },
    });
    expect(p.body.detail).toContain('PROBE_ALLOW_HOSTS');
  });

  test('the same detail for every refusal reason', async () => {
    const details = new Set<string>();
    for (const url of [
      'http://10.0.0.1/',
      'http://metadata.google.internal/',
      'http://example.com:22/',
      `http://u:p@127.0.0.1:${api.port}/`,
    ]) {
      details.add((await (await route.call({ method: 'GET', url })).json()).detail);
    }
    expect(details.size).toBe(1);
  });

  test('a redirect to a forbidden address', async () => {
    for (const to of ['http://169.254.169.254/', 'http://127.0.0.1:9/', 'http://[::1]/']) {
      const res = await route.call({
        method: 'GET',
        url: `${api.url}/redirect?to=${encodeURIComponent(to)}`,
        followRedirects: true,
      });
      expect(res.status).toBe(403);
    }
  });

  test('cross-site callers', async () => {
    const body = { method: 'GET' as const, url: `${api.url}/json` };
    expect((await route.call(body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await route.call(body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await route.call(body, { origin: 'null' })).status).toBe(403);
    expect(await problem(await route.call(body, { 'sec-fetch-site': 'same-site' }))).toMatchObject({
      body: { code: 'cross_site' },
    });
    expect((await route.call(body, { origin: 'http://portal.test', 'sec-fetch-site': 'same-origin' })).status).toBe(
      200,
    );
  });

  test('malformed requests with 400 invalid_request', async () => {
    for (const body of [
      'not json',
      JSON.stringify({ method: 'GET' }),
      JSON.stringify({ method: 'TRACE', url: 'https://example.com' }),
      JSON.stringify({ method: 'GET', url: 'https://example.com', timeoutMs: 60_000 }),
      JSON.stringify({ method: 'GET', url: 'https://example.com', headers: [['x-bad', 'a\r\nInjected: 1']] }),
    ]) {
      expect(await problem(await route.call(body))).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
    }
  });

  test('an outbound body over 1 MiB with 413 request_too_large', async () => {
    const p = await problem(
      await route.call({ method: 'POST', url: `${api.url}/echo`, body: 'x'.repeat(1024 * 1024 + 1) }),
    );
    expect(p).toMatchObject({ status: 413, body: { code: 'request_too_large' } });
  });

  test('a client over its budget with 429 and Retry-After', async () => {
    const { TokenBucketLimiter } = await import('@/lib/probe/rate-limit');
    const limited = makeRoute(`127.0.0.1:${api.port}`, {
      limiter: new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0.1 }),
    });
    const body = { method: 'GET' as const, url: `${api.url}/json` };
    const headers = { 'x-api-triage-peer': '203.0.113.50' };
    expect((await limited.call(body, headers)).status).toBe(200);
    expect((await limited.call(body, headers)).status).toBe(200);
    const third = await limited.call(body, headers);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    expect((await third.json()).code).toBe('rate_limited');
    // A new X-Forwarded-For is only a claim (no trusted proxy): it buys no fresh budget.
    expect((await limited.call(body, { ...headers, 'x-forwarded-for': '203.0.113.51' })).status).toBe(429);
    expect((await limited.call(body, { 'x-api-triage-peer': '203.0.113.51' })).status).toBe(200);
  });
});
