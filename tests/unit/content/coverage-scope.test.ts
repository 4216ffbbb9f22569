import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diagnoseInput } from '@/lib/diagnose';
import { loadRuleSetFromDisk } from '@/lib/content/rules-from-disk';

/**
 * Same-named codes: a provider's code must land on that provider's entry, and a generic or
 * other provider's entry with the same name must not take it (issue 12: "Match rules are
 * specific enough that another provider's code with the same name does not land here").
 */
const dir = fileURLToPath(new URL('../../fixtures/content-scope/', import.meta.url));
interface Row {
  source: string;
  top: string;
  also?: string[];
  wrong: string[];
}
const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as Record<string, Row | string>;
const rows = Object.entries(manifest).filter((e): e is [string, Row] => typeof e[1] === 'object');
const rules = loadRuleSetFromDisk('content');
const NOW = Date.parse('2026-12-03T10:00:00Z');

describe('a code another provider also uses lands on the right entry', () => {
  test.each(rows)('%s', (file, row) => {
    const [result] = diagnoseInput(readFileSync(`${dir}${file}`, 'utf8'), rules, { now: NOW });
    const ranked = (result?.diagnosis.entries ?? []).map((e) => e.slug);
    expect(ranked[0]).toBe(row.top);
    for (const slug of row.also ?? []) expect(ranked).toContain(slug);
    for (const slug of row.wrong) expect(ranked[0]).not.toBe(slug);
  });

  test('every fixture names where its format comes from, and every slug it names exists', () => {
    const slugs = new Set(rules.entries.map((e) => e.slug));
    for (const [, row] of rows) {
      expect(row.source.length).toBeGreaterThan(10);
      for (const slug of [row.top, ...(row.also ?? []), ...row.wrong]) expect(slugs.has(slug), slug).toBe(true);
    }
  });

  test('the generic 10001/10110 entries claim no bare number: only a response that speaks of a parameter or signature reaches them', () => {
    for (const slug of ['code-10001-parameter-error', 'code-10110-invalid-signature']) {
      const entry = rules.entries.find((e) => e.slug === slug);
      expect(entry?.match.codes ?? []).toEqual([]);
      expect(entry?.provider).toBeNull();
    }
    const bare = '{"code": 10001, "message": "Something else entirely"}';
    const [result] = diagnoseInput(bare, rules, { now: NOW });
    expect((result?.diagnosis.entries ?? []).map((e) => e.slug)).not.toContain('code-10001-parameter-error');
  });
});
