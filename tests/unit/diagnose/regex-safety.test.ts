import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { regexProblem } from '../../../lib/content/regex-safety';
import { requiredWord, textWords } from '../../../lib/diagnose/rule-words';
import { compileRules } from '../../../lib/diagnose/compile-rules';
import { FIXTURES, fixture, realRules } from './helpers';

const compiled = compileRules(realRules());
const patterns = compiled.rules.flatMap((r) => [
  ...r.patterns.map((p) => ({ slug: r.entry.slug, source: p.source, re: p.re, word: p.word })),
  ...r.headers.flatMap((h) => (h.re ? [{ slug: r.entry.slug, source: h.re.source, re: h.re, word: null }] : [])),
]);

/** Inputs that make backtracking regexes blow up: long runs of one character class, near-misses. */
const ADVERSARIAL = [
  'a'.repeat(30_000),
  ' '.repeat(30_000),
  '"'.repeat(10_000) + ':',
  'a1-_.'.repeat(8_000) + '!',
  '{"error":'.repeat(4_000),
  '\n'.repeat(20_000) + 'x',
  'error error error '.repeat(3_000),
];

describe('rule regexes from the catalog', () => {
  test('there are rules to check', () => {
    expect(patterns.length).toBeGreaterThan(300);
  });
  test('every regex compiled and passes the build-time safety check', () => {
    const all = realRules().entries.flatMap((e) => [
      ...(e.match.body ?? []),
      ...(e.match.headers ?? []).flatMap((h) => (h.pattern ? [h.pattern] : [])),
    ]);
    expect(patterns.length).toBe(all.length);
    expect(all.map((s) => regexProblem(s)).filter(Boolean)).toEqual([]);
  });
  test('no regex takes more than 25 ms on adversarial 30 KB inputs', () => {
    const slow: string[] = [];
    const time = (re: RegExp, input: string) => {
      const t = performance.now();
      re.test(input);
      return performance.now() - t;
    };
    for (const p of patterns) {
      for (const input of ADVERSARIAL) {
        // The faster of two runs: a GC pause or JIT warm-up is not backtracking (that takes seconds).
        if (Math.min(time(p.re, input), time(p.re, input)) > 25) slow.push(`${p.slug}: /${p.source}/`);
      }
    }
    expect(slow).toEqual([]);
  });
  test('the word index never hides a match: a regex that matches a fixture finds its word in it', () => {
    const texts = readdirSync(FIXTURES).map(fixture);
    for (const text of texts) {
      const words = textWords(text);
      for (const p of patterns)
        if (p.word && p.re.test(text)) expect(words, `${p.slug} /${p.source}/`).toContain(p.word);
    }
  });
  test.each([
    ['too many requests', 'requests'],
    ['rate[ -]?limit(ed)?', null],
    ['invalid[_ ]token', 'token'], // "invalid" is too common to index by
    ['a|b', null],
    ['(authorization )?code (is )?invalid', 'invalid'], // optional groups that end in a space keep word edges
    ['error (code )?520', '520'],
    ['rate(-limit)?ed', null], // "rate" may run into "d", "ed" into "-limit"
    ['\\bAADSTS50058\\b', 'aadsts50058'],
    ['x\\w+token', null],
    ['socket hang ?up', 'socket'],
  ])('required word of /%s/ is %s', (source, word) => {
    expect(requiredWord(source)).toBe(word);
  });
});
