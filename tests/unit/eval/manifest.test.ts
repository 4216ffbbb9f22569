import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCases, readPaste, RESPONSE_STYLES, SETS, TEXT_STYLES, type EvalCase, type SetName } from './eval-sets';

/** Pages that name a site but no specific issue, comment or doc page. */
const HOME_PAGE = /^https?:\/\/[^/]+\/?$/;
/** A GitHub link must point into a repository (an issue, a pull request, a file), not at a user or org. */
const GITHUB_TOO_SHORT = /^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/;

const sets: { set: SetName; cases: EvalCase[]; min: number; minWho: number; styles: readonly string[] }[] = [
  { set: 'responses', cases: loadCases('responses'), min: 150, minWho: 60, styles: RESPONSE_STYLES },
  { set: 'error-texts', cases: loadCases('error-texts'), min: 100, minWho: 30, styles: TEXT_STYLES },
];

describe.each(sets)('eval set $set', ({ set, cases, min, minWho, styles }) => {
  test(`holds at least ${min} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(min);
  });

  test(`spans at least ${minWho} providers or runtimes`, () => {
    const who = new Set(cases.map((c) => ('provider' in c ? c.provider : c.runtime)));
    expect(who.size).toBeGreaterThanOrEqual(minWho);
  });

  test('uses every paste style at least once', () => {
    const used = new Set<string>(cases.map((c) => c.style));
    expect(styles.filter((s) => !used.has(s))).toEqual([]);
  });

  test('every case has a unique id and an existing, non-empty file', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = cases.filter((c) => !existsSync(`${SETS[set].dir}/${c.file}`)).map((c) => c.file);
    expect(missing).toEqual([]);
    const empty = cases.filter((c) => readPaste(set, c).trim() === '').map((c) => c.id);
    expect(empty).toEqual([]);
  });

  test('every source is a specific public page', () => {
    const vague = cases
      .filter((c) => HOME_PAGE.test(c.source) || GITHUB_TOO_SHORT.test(c.source))
      .map((c) => `${c.id}: ${c.source}`);
    expect(vague).toEqual([]);
  });

  test('no paste appears twice', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const c of cases) {
      const hash = createHash('sha256').update(readPaste(set, c).trim()).digest('hex');
      const first = seen.get(hash);
      if (first) dupes.push(`${first} = ${c.id}`);
      else seen.set(hash, c.id);
    }
    expect(dupes).toEqual([]);
  });

  test('no paste carries a real-looking secret', () => {
    // Shapes of live credentials; fixtures must use obviously fake ones (FAKE, xxx, <redacted>).
    const secret = [
      /sk_live_[0-9a-zA-Z]{16,}/,
      /\bsk-(?:proj-)?[A-Za-z0-9]{32,}/,
      /\bxox[bpa]-\d+-\d+-[A-Za-z0-9]{20,}/,
      /\bghp_[A-Za-z0-9]{36}\b/,
      /\bAKIA(?![0-9A-Z]*EXAMPLE)[0-9A-Z]{16}\b/,
      /\bAIza(?!SyFAKE)[0-9A-Za-z_-]{35}\b/,
      /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/,
    ];
    const leaks = cases.filter((c) => secret.some((re) => re.test(readPaste(set, c)))).map((c) => c.id);
    expect(leaks).toEqual([]);
  });

  test('a stated wait is only labelled on retryable cases', () => {
    const odd = cases.filter((c) => c.expect.retryAfterSeconds !== undefined && !c.expect.retryable).map((c) => c.id);
    expect(odd).toEqual([]);
  });
});

test('the response set includes 2xx responses whose body reports a failure', () => {
  expect(loadCases('responses').filter((c) => c.failure200).length).toBeGreaterThanOrEqual(5);
});

test('a manifest that breaks the schema fails with the case named', async () => {
  const { responseCaseSchema } = await import('./eval-sets');
  const bad = responseCaseSchema.safeParse({
    id: 'x',
    file: 'x.http',
    source: 'ftp://example.com/a',
    provider: 'p',
    style: 'raw-http',
    expect: { category: 'teapot', providerCode: null, retryable: true },
  });
  expect(bad.success).toBe(false);
  expect(JSON.stringify(bad.error?.issues.map((i) => i.path))).toContain('category');
});
