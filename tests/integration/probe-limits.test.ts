import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runProbe } from '@/lib/probe/probe';
import { ProbeRequestSchema, type ProbeRequestInput } from '@/lib/request/probe-contract';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { FAST_LIMITS, makeRoute, responseOf } from './helpers';

let api: FixtureServer;
let route: ReturnType<typeof makeRoute>;
beforeAll(async () => {
  api = await startFixtureServer();
  route = makeRoute(`127.0.0.1:${api.port}`);
});
afterAll(() => api.close());

/** Probe, measure, then check the next probe still works (no stuck sockets or state). */
async function timed(input: ProbeRequestInput) {
  const started = performance.now();
  const result = await route.probe(input);
  const ms = performance.now() - started;
  const next = responseOf(await route.probe({ method: 'GET', url: `${api.url}/json` }));
  expect(next.status).toBe(200);
  return { result, ms };
}

describe('misbehaving servers end within limits', () => {
  test('a gzip bomb stops at the decoded-size cap', async () => {
    const { result, ms } = await timed({ method: 'GET', url: `${api.url}/gzip-bomb` });
    const r = responseOf(result);
    expect(r).toMatchObject({ status: 200, bodyTruncated: true, sizeBytes: FAST_LIMITS.maxBodyBytes });
    expect(r.warnings.join(' ')).toMatch(/cut at/); // the size cap ended it, not a timeout
    expect(ms).toBeLessThan(FAST_LIMITS.totalTimeoutMs);
  });

  test('an endless chunked body stops at the cap', async () => {
    const { result, ms } = await timed({ method: 'GET', url: `${api.url}/endless` });
    const r = responseOf(result);
    expect(r).toMatchObject({ bodyTruncated: true, sizeBytes: FAST_LIMITS.maxBodyBytes });
    expect(r.warnings.join(' ')).toMatch(/cut at/);
    expect(ms).toBeLessThan(FAST_LIMITS.totalTimeoutMs);
  });

  test('a body that trickles forever stops at the request timeout', async () => {
    const { result, ms } = await timed({ method: 'GET', url: `${api.url}/trickle`, timeoutMs: 500 });
    const r = responseOf(result);
    expect(r.bodyTruncated).toBe(true);
    expect(r.body).toMatch(/^\.+$/);
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(FAST_LIMITS.totalTimeoutMs);
  });

  test('a body that stalls stops at the idle timeout, keeping what arrived', async () => {
    const { result } = await timed({ method: 'GET', url: `${api.url}/stall-body` });
    expect(responseOf(result)).toMatchObject({ body: 'first part, then silence', bodyTruncated: true });
  });

  test('slow headers end as a timeout', async () => {
    const { result, ms } = await timed({ method: 'GET', url: `${api.url}/slow-headers` });
    expect(result).toMatchObject({
      outcome: 'network_error',
      error: { kind: 'timeout', code: 'UND_ERR_HEADERS_TIMEOUT' },
    });
    expect(result.diagnosis.category).toBe('timeout');
    expect(ms).toBeLessThan(FAST_LIMITS.totalTimeoutMs);
  });

  test('a redirect loop stops after 5 hops', async () => {
    const { result } = await timed({ method: 'GET', url: `${api.url}/loop`, followRedirects: true });
    const r = responseOf(result);
    expect(r.status).toBe(302);
    expect(r.redirects).toHaveLength(5);
    expect(r.warnings.join(' ')).toMatch(/ERR_TOO_MANY_REDIRECTS/);
  });

  test('redirects are not followed unless asked', async () => {
    const r = responseOf(await route.probe({ method: 'GET', url: `${api.url}/redirect?to=/json` }));
    expect(r).toMatchObject({ status: 302, redirects: [] });
    expect(r.headers).toContainEqual(['location', '/json']);
  });

  test('response headers are capped at 100', async () => {
    const r = responseOf(await route.probe({ method: 'GET', url: `${api.url}/many-headers` }));
    expect(r.headers).toHaveLength(100);
    expect(r.warnings.join(' ')).toMatch(/more response headers/);
  });

  test('the total time limit applies even when nothing answers at all', async () => {
    const started = performance.now();
    const req = ProbeRequestSchema.parse({ method: 'GET', url: `${api.url}/slow-headers`, timeoutMs: 200 });
    const out = await runProbe(req, {
      allowHosts: `127.0.0.1:${api.port}`,
      limits: { ...FAST_LIMITS, headersTimeoutMs: 5_000 },
    });
    expect(out).toMatchObject({ outcome: 'network_error', error: { kind: 'timeout', code: 'ETIMEDOUT' } });
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
