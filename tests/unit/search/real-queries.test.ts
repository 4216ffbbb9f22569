import { beforeAll, describe, expect, test } from 'vitest';
import { SearchEngine } from '@/lib/search/engine';
import { evaluateRelevance } from '@/lib/search/evaluate';
import { searchRecordsFromDisk } from '@/lib/search/from-disk';
import { loadRealQueries } from '@/lib/search/real-queries';

let engine: SearchEngine;
beforeAll(() => {
  engine = new SearchEngine(searchRecordsFromDisk());
});

/**
 * A floor, not the target: `npm run bench` reports the rates. These stop a change to the
 * engine or the content from quietly losing what developers really type.
 */
describe('real developer queries (tests/fixtures/search-queries/queries.yaml)', () => {
  test('the set is large, sourced and points at entries that exist', () => {
    const queries = loadRealQueries();
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const slugs = new Set(engine.records.map((r) => r.id.replace(/^[a-z]+:/, '')));
    const unknown = queries.flatMap((q) => q.expect).filter((s) => !slugs.has(s));
    expect(unknown).toEqual([]);
  });

  test('the right entry is first for ≥ 90% and in the top 3 for ≥ 95%', () => {
    const r = evaluateRelevance(engine, loadRealQueries());
    const misses = r.misses.map((m) => `${m.q} → ${m.got.join(', ')}`).join('\n');
    expect(r.top1 / r.total, misses).toBeGreaterThanOrEqual(0.9);
    expect(r.top3 / r.total, misses).toBeGreaterThanOrEqual(0.95);
  });
});

describe('what the issue names', () => {
  const first = (q: string) => engine.search(q, 5)[0]?.record.url;
  test.each([
    ['403 RequestTimeTooSkewed', '/codes/aws-request-time-too-skewed'],
    ['error=21211', '/codes/twilio-21211'],
    ['code: 50013', '/codes/discord-50013'],
    [
      "Access to fetch at 'https://api.example.com/' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      '/codes/cors-missing-allow-origin',
    ],
    ['AxiosError: timeout of 120000ms exceeded', '/codes/net-econnaborted'],
    ['Bug: Error: invalid_grant', '/codes/oauth-invalid-grant'],
  ])('%s → %s', (q, url) => {
    expect(first(q)).toBe(url);
  });

  test('"cors error" does not list entries that only match "error"', () => {
    for (const h of engine.search('cors error', 10)) {
      const text = [h.record.title, h.record.summary, h.record.keywords, h.record.body, ...(h.record.phrases ?? [])];
      expect(text.join(' ').toLowerCase(), h.record.url).toContain('cors');
    }
  });

  test('a code found in the query scores clearly above prose-only matches', () => {
    const [right, second] = engine.search('AWS HTTP error: Client error: 403 RequestTimeTooSkewed', 2);
    expect(right?.record.url).toBe('/codes/aws-request-time-too-skewed');
    expect(right!.score).toBeGreaterThanOrEqual(0.8);
    expect(right!.score - second!.score).toBeGreaterThan(0.05);
  });
});
