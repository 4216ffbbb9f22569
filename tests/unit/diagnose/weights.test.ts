import { describe, expect, test } from 'vitest';
import { analyse } from '../../../lib/diagnose/analysis';
import type { CompiledRule } from '../../../lib/diagnose/compile-rules';
import type { ProviderDetection } from '../../../lib/diagnose/detect-provider';
import type { FoundCode } from '../../../lib/diagnose/extract';
import { makeSnapshot } from '../../../lib/diagnose/header-lines';
import type { RuleEntry } from '../../../lib/diagnose/rule-set';
import { score, type Scored } from '../../../lib/diagnose/score';
import { WEIGHTS } from '../../../lib/diagnose/weights';
import { NOW } from './helpers';

const a = analyse(makeSnapshot({ source: 'test', status: 429, body: '{}' }), NOW);
const code: FoundCode = { code: 'rate_limit_exceeded', where: 'error.code', from: 'body' };
const detected = (p: string | null): ProviderDetection => ({ primary: p, all: new Set(p ? [p] : []), why: [] });

function rule(provider: string | null, canonical = false): CompiledRule {
  const entry = { slug: 'x', category: 'rate_limited', retryable: true } as RuleEntry;
  return {
    index: 0,
    entry,
    provider,
    status: new Set([429]),
    patterns: [],
    headers: [],
    canonicalStatus: canonical ? 429 : null,
    hasOwnCodes: true,
  };
}
const hit = (r: CompiledRule, o: Partial<Scored>): Scored => ({
  rule: r,
  score: 0,
  codeHit: null,
  codeShared: false,
  statusHit: false,
  bodyHits: [],
  headerHits: [],
  ...o,
});

/** One row per tier, best first: the score each gets and the weight that makes it. */
const tiers: [name: string, s: Scored, provider: ProviderDetection, want: number][] = [
  [
    'code, its provider detected, status listed',
    hit(rule('acme'), { codeHit: code, statusHit: true }),
    detected('acme'),
    WEIGHTS.code.providerDetected + WEIGHTS.code.firstCode + WEIGHTS.code.statusMatch,
  ],
  [
    'code of a generic entry',
    hit(rule(null), { codeHit: code }),
    detected(null),
    WEIGHTS.code.generic + WEIGHTS.code.firstCode,
  ],
  [
    'code only this provider uses, provider not detected',
    hit(rule('acme'), { codeHit: code }),
    detected(null),
    WEIGHTS.code.unique + WEIGHTS.code.firstCode,
  ],
  [
    'status of a provider entry, provider detected, no own code seen',
    hit({ ...rule('acme'), hasOwnCodes: false }, { statusHit: true }),
    detected('acme'),
    WEIGHTS.status.provider,
  ],
  ['the status’s own entry', hit(rule(null, true), { statusHit: true }), detected(null), WEIGHTS.status.canonical],
  [
    'a body rule of a generic entry',
    hit(rule(null), { bodyHits: ['too many'] }),
    detected(null),
    WEIGHTS.body.generic + WEIGHTS.support.bodyHit,
  ],
  [
    'code of another provider’s entry while a provider is detected',
    hit(rule('other'), { codeHit: code }),
    detected('acme'),
    WEIGHTS.code.providerConflict + WEIGHTS.code.firstCode,
  ],
];

describe('scoring tiers (lib/diagnose/weights.ts)', () => {
  test.each(tiers)('%s', (_name, s, provider, want) => {
    expect(score(s, a, [code], provider)).toBeCloseTo(want, 3);
  });
  test('the tiers keep their order', () => {
    const scores = tiers.map(([, s, p]) => score(s, a, [code], p));
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });
  test('a header rule alone never selects an entry, and support is capped', () => {
    expect(score(hit(rule(null), { headerHits: ['retry-after'] }), a, [], detected(null))).toBe(0);
    const many = hit(rule(null), { bodyHits: ['a', 'b', 'c', 'd', 'e'] });
    expect(score(many, a, [], detected(null))).toBeCloseTo(WEIGHTS.body.generic + WEIGHTS.support.bodyMax, 3);
  });
});
