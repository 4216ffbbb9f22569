import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagnoseInput } from '../../../lib/diagnose';
import { diagnosisSchema } from '../../../lib/diagnose/diagnosis-schema';
import type { Diagnosis } from '../../../lib/diagnose/types';
import { FIXTURES, fixture, NOW, realRules } from './helpers';

type Expect = Partial<
  Pick<Diagnosis, 'category' | 'status' | 'provider' | 'providerCode' | 'retryable' | 'retryAfterSeconds' | 'requestId'>
>;
interface Row {
  source: string;
  now?: string;
  warns?: boolean;
  /** no catalog entry covers this input (the category comes from the engine's own fallbacks) */
  noEntry?: boolean;
  expect: Expect | Expect[];
}

const manifest = JSON.parse(readFileSync(`${FIXTURES}/manifest.json`, 'utf8')) as Record<string, Row | string>;
const cases = Object.entries(manifest).filter((e): e is [string, Row] => typeof e[1] === 'object');

describe('real responses from the fixtures (tests/fixtures/responses/manifest.json)', () => {
  test.each(cases)('%s', (file, row) => {
    expect(row.source.length).toBeGreaterThan(5);
    const results = diagnoseInput(fixture(file), realRules(), { now: row.now ? Date.parse(row.now) : NOW });
    const expected = Array.isArray(row.expect) ? row.expect : [row.expect];
    expect(results).toHaveLength(expected.length);
    results.forEach(({ diagnosis, snapshot }, i) => {
      expect(diagnosisSchema.safeParse(diagnosis).success).toBe(true);
      const want = expected[i] ?? {};
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, diagnosis[k as keyof Expect]]));
      expect(got).toEqual(want);
      expect(snapshot.warnings.length > 0).toBe(row.warns === true);
      expect(diagnosis.summary.length).toBeGreaterThan(10);
      if (diagnosis.category !== 'unknown' && !row.noEntry) expect(diagnosis.entries.length).toBeGreaterThan(0);
    });
  });

  test('covers every category and every input format', () => {
    const categories = new Set<string>();
    const sources = new Set<string>();
    for (const [file, row] of cases) {
      for (const e of Array.isArray(row.expect) ? row.expect : [row.expect]) if (e.category) categories.add(e.category);
      for (const r of diagnoseInput(fixture(file), realRules(), { now: NOW })) sources.add(r.snapshot.source);
    }
    expect(categories.size).toBe(19);
    for (const s of [
      'raw-http',
      'curl-verbose',
      'har',
      'json-envelope',
      'devtools',
      'body',
      'code',
      'token',
      'error-text',
    ])
      expect(sources).toContain(s);
  });
});
