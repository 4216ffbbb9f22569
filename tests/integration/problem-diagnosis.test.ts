import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadRuleSetFromDisk } from '@/lib/content/rules-from-disk';
import { diagnose } from '@/lib/diagnose';
import { TokenBucketLimiter } from '@/lib/probe/rate-limit';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { makeRoute } from './helpers';

let api: FixtureServer;
beforeAll(async () => {
  api = await startFixtureServer();
});
afterAll(() => api.close());

/** "The portal's own errors are diagnosable by the portal": paste each problem response into the engine. */
test.each([
  ['destination_not_allowed', { method: 'GET', url: 'http://169.254.169.254/' }, {}],
  ['cross_site', { method: 'GET', url: 'https://example.com/' }, { origin: 'https://evil.example' }],
  ['invalid_request', { method: 'GET', url: 'not a url' }, {}],
  ['request_too_large', { method: 'POST', url: 'https://example.com/', body: 'x'.repeat(1024 * 1024 + 1) }, {}],
  ['rate_limited', { method: 'GET', url: 'https://example.com/' }, { 'x-forwarded-for': '192.0.2.1' }],
  ['unsupported_media_type', { method: 'GET', url: 'https://example.com/' }, { 'content-type': 'text/plain' }],
  ['rate_limit_unavailable', { method: 'GET', url: 'https://example.com/' }, {}],
] as const)('%s', async (code, body, headers) => {
  const unavailable = {
    take: () => Promise.reject(new Error('store down')),
  };
  const route = makeRoute(`127.0.0.1:${api.port}`, {
    limiter:
      code === 'rate_limit_unavailable'
        ? unavailable
        : new TokenBucketLimiter({ capacity: code === 'rate_limited' ? 0 : 100, refillPerSecond: 0.01 }),
  });
  const res = await route.call(body, headers);
  const raw = `HTTP/1.1 ${res.status} X\r\n${[...res.headers].map(([n, v]) => `${n}: ${v}`).join('\r\n')}\r\n\r\n${await res.text()}`;
  const [diagnosis] = diagnose(raw, loadRuleSetFromDisk());
  expect(diagnosis?.providerCode).toBe(code);
  expect(diagnosis?.entries[0]?.slug).toBe(`api-triage-${code.replace(/_/g, '-')}`);
});
