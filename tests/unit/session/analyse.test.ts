import { describe, expect, test } from 'vitest';
import { loadRuleSetFromDisk } from '@/lib/content/rules-from-disk';
import { loadSessionPatternsFromDisk } from '@/lib/content/session-patterns-from-disk';
import { analyseSession } from '@/lib/session/analyse';
import { SessionAnalysis } from '@/lib/session/session-schema';
import { har, type Ex } from './har-builder';

const rules = loadRuleSetFromDisk();
const patterns = loadSessionPatternsFromDisk();
const analyse = (text: string) => SessionAnalysis.parse(analyseSession(text, rules, patterns));
const kinds = (text: string) => analyse(text).patterns.map((p) => p.kind);
const API = 'https://api.example.com/v1';
const ok = (at: number, path = '/items', time = 40): Ex => ({
  at,
  url: `${API}${path}`,
  status: 200,
  time,
  body: '{}',
});

describe('session patterns on generated sessions', () => {
  test('retry storm: 429s retried every 200 ms although Retry-After says 30 s', () => {
    const storm = Array.from({ length: 6 }, (_, i) => ({
      at: i * 200,
      url: `${API}/charges`,
      status: 429,
      resHeaders: { 'retry-after': '30' },
      body: '{"error":"rate_limited"}',
    }));
    const result = analyse(har(storm));
    const finding = result.patterns.find((p) => p.kind === 'retry_storm');
    expect(finding?.entries).toEqual([0, 1, 2, 3, 4, 5]);
    expect(finding?.summary).toMatch(/6 requests .* 429.*wait 30 s/);
  });

  test('no retry storm when the client backs off as asked', () => {
    const polite = [0, 2000, 6000, 14000].map((at) => ({
      at,
      url: `${API}/charges`,
      status: 429,
      resHeaders: { 'retry-after': '1' },
    }));
    expect(kinds(har(polite))).not.toContain('retry_storm');
  });

  test('token refresh loop: 401 → token → 401, twice', () => {
    const loop: Ex[] = [];
    for (let c = 0; c < 3; c++) {
      loop.push({ at: c * 1000, url: `${API}/me`, status: 401, body: '{"error":"invalid_token"}' });
      loop.push({ at: c * 1000 + 100, method: 'POST', url: 'https://auth.example.com/oauth/token', status: 200 });
    }
    loop.push({ at: 3100, url: `${API}/me`, status: 401 });
    const finding = analyse(har(loop)).patterns.find((p) => p.kind === 'token_refresh_loop');
    expect(finding?.summary).toMatch(/^3 times a 401/);
  });

  test('a failed preflight before a blocked call', () => {
    const text = har([
      { at: 0, method: 'OPTIONS', url: `${API}/orders`, status: 403 },
      { at: 10, method: 'POST', url: `${API}/orders`, status: 0, error: 'net::ERR_FAILED' },
    ]);
    expect(kinds(text)).toContain('cors_preflight_failure');
  });

  test('a redirect chain that ends on a login page', () => {
    const text = har([
      { at: 0, url: `${API}/reports`, status: 302, resHeaders: { location: 'https://example.com/session' } },
      { at: 20, url: 'https://example.com/session', status: 302, resHeaders: { location: '/login?next=%2Freports' } },
    ]);
    const finding = analyse(text).patterns.find((p) => p.kind === 'login_redirect');
    expect(finding?.entries).toEqual([0, 1]);
    expect(finding?.summary).toContain('https://example.com/login?next=%2Freports');
  });

  test('a POST sent over http and redirected to https', () => {
    const text = har([
      ok(0),
      {
        at: 10,
        method: 'POST',
        url: 'http://api.example.com/v1/orders',
        status: 301,
        resHeaders: { location: `${API}/orders` },
      },
      { at: 20, method: 'GET', url: `${API}/orders`, status: 405 },
    ]);
    const finding = analyse(text).patterns.find((p) => p.kind === 'mixed_content');
    expect(finding?.summary).toMatch(/turned the POST into a GET/);
  });

  test('the first failure that later failures follow', () => {
    const text = har([
      ok(0),
      { at: 100, url: `${API}/db-health`, status: 503, body: '{"error":"database unavailable"}' },
      { at: 200, url: `${API}/items`, status: 500 },
      { at: 300, url: `${API}/orders`, status: 502 },
    ]);
    const finding = analyse(text).patterns.find((p) => p.kind === 'root_cause');
    expect(finding?.entries[0]).toBe(1);
    expect(finding?.summary).toMatch(/#2 GET .*db-health → 503 .* before 2 later failures/);
  });

  test('a latency cliff before timeouts', () => {
    const steady = Array.from({ length: 8 }, (_, i) => ok(i * 100, '/items', 40 + (i % 3)));
    const text = har([
      ...steady,
      ok(900, '/items', 900),
      { at: 1000, url: `${API}/items`, status: 504, time: 30000 },
      { at: 1100, url: `${API}/items`, status: 504, time: 30000 },
    ]);
    const finding = analyse(text).patterns.find((p) => p.kind === 'latency_cliff');
    expect(finding?.entries[0]).toBe(8);
    expect(finding?.summary).toMatch(/2 requests timed out/);
  });

  test('a POST repeated after a 500 without an idempotency key, but not with one', () => {
    const attempt = (at: number, status: number, headers: Record<string, string> = {}): Ex => ({
      at,
      method: 'POST',
      url: `${API}/payments`,
      status,
      postData: '{"amount":100}',
      reqHeaders: headers,
    });
    expect(kinds(har([attempt(0, 500), attempt(1000, 201)]))).toContain('non_idempotent_retry');
    const keyed = { 'Idempotency-Key': 'a1b2' };
    expect(kinds(har([attempt(0, 500, keyed), attempt(1000, 201, keyed)]))).not.toContain('non_idempotent_retry');
  });

  test('a healthy session has no patterns and no groups', () => {
    const result = analyse(har([ok(0), ok(100), ok(200)]));
    expect(result.patterns).toEqual([]);
    expect(result.groups).toEqual([]);
  });
});

describe('groups and the contract', () => {
  test('failures are grouped by category and provider code, largest first', () => {
    const result = analyse(
      har([
        { at: 0, url: `${API}/a`, status: 404 },
        { at: 10, url: `${API}/b`, status: 429 },
        { at: 20, url: `${API}/c`, status: 429 },
        ok(30),
      ]),
    );
    expect(result.exchanges).toHaveLength(4);
    expect(result.groups[0]).toMatchObject({ category: 'rate_limited', count: 2, entries: [1, 2] });
    expect(result.groups[1]).toMatchObject({ category: 'not_found', count: 1, entries: [0] });
    expect(result.timeline[3]).toMatchObject({ startMs: 30, failed: false });
  });

  test('a wrapped HAR ({"har": {...}}) is read as a HAR', () => {
    const inner = JSON.parse(har([{ at: 0, url: `${API}/x`, status: 500 }]));
    expect(analyse(JSON.stringify({ har: inner })).source).toBe('har');
  });
});
