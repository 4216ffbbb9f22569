/**
 * Regression guard for the real-world evaluation sets (issue 11): accuracy may not fall more
 * than 3 points below what was measured on the date below. The targets (97 % category, 95 %
 * code, ...) live in `npm run accuracy`; raise these floors when the engine improves.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRuleSetFromDisk } from '../../../lib/content/rules-from-disk';
import { scoreSet, styleAgreement, type SetScore } from '../../bench/accuracy';

/**
 * Measured 2026-12-03 (evening) with `npm run accuracy` on the grown sets (209 responses, 173 error
 * texts) after the header-map, member-fragment, envelope, refinement and ranking work (97.1 / 97.1 /
 * 99.5 / 100 %; the engine before the knowledge-model work scores 84.2 / 72.7 / 97.6 / 75.0 % on the
 * same sets), minus 3 points.
 */
export const RESPONSE_FLOORS_2026_12_03 = {
  category: 94.1,
  providerCode: 94.1,
  retryable: 96.5,
  retryAfterSeconds: 97.0,
} as const;

/** Measured likewise (97.1 / 96.5 / 100 / 100 %; before: 82.7 / 72.3 / 96.5 / 83.3 %), minus 3 points. */
export const ERROR_TEXT_FLOORS_2026_12_03 = {
  category: 94.1,
  providerCode: 93.5,
  retryable: 97.0,
  retryAfterSeconds: 97.0,
} as const;

/** Measured 2026-12-03: every derived paste style gave the raw paste's category. */
export const STYLE_AGREEMENT_FLOOR_2026_12_03 = 97.0;

const rules = loadRuleSetFromDisk(fileURLToPath(new URL('../../../content', import.meta.url)));
const pct = (f: { ok: number; n: number }) => (f.n === 0 ? 100 : (100 * f.ok) / f.n);

describe.each([
  { set: 'responses' as const, floors: RESPONSE_FLOORS_2026_12_03 },
  { set: 'error-texts' as const, floors: ERROR_TEXT_FLOORS_2026_12_03 },
])('accuracy on the $set set stays above its floor', ({ set, floors }) => {
  const score: SetScore = scoreSet(set, rules);
  test.each(Object.entries(floors))('%s ≥ %d %%', (field, floor) => {
    const measured = pct(score.fields[field as keyof typeof floors]);
    expect(measured, `${set} ${field}: ${measured.toFixed(1)} % (floor ${floor} %)`).toBeGreaterThanOrEqual(floor);
  });
});

test('the category does not depend on how a raw response was pasted', () => {
  const a = styleAgreement(rules);
  expect(a.cases).toBeGreaterThan(0);
  expect((100 * a.allSame) / a.cases).toBeGreaterThanOrEqual(STYLE_AGREEMENT_FLOOR_2026_12_03);
});
