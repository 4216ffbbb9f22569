import { describe, expect, test } from 'vitest';
import { buildRuleSet, sectionItems } from '../../../lib/content/build-rule-set';
import { diagnose } from '../../../lib/diagnose';
import { realRules } from './helpers';

const MDX = `## What it means

Text.

## Likely causes

- A **loop** without [backoff](/guides/rate-limits),
  hammering the API.
- Several workers sharing one \`API key\` &lt;token&gt;.
- A third cause.

## How to fix

1. Honour \`Retry-After\`.
2. Back off.

\`\`\`ts
// - not an item
\`\`\`
`;

describe('rule set built from content', () => {
  test('causes and fixes are the sections’ top-level items, as plain text', () => {
    expect(sectionItems(MDX, /^likely causes/i, 2)).toEqual([
      'A loop without backoff, hammering the API.',
      'Several workers sharing one `API key` <token>.',
    ]);
    expect(sectionItems(MDX, /^how to fix/i, 5)).toEqual(['Honour `Retry-After`.', 'Back off.']);
    expect(sectionItems(MDX, /^nothing here/i, 5)).toEqual([]);
  });
  test('indexes by status and by lower-cased code, sorted by slug', () => {
    const set = buildRuleSet(
      [
        {
          slug: 'b-entry',
          title: 'B',
          kind: 'provider-code',
          category: 'rate_limited',
          provider: 'slack',
          retryable: true,
          summary: 'b summary text',
          codes: ['Ratelimited'],
          match: { status: [429], codes: ['RATELIMITED'] },
          body: MDX,
        },
        {
          slug: 'a-entry',
          title: 'A',
          kind: 'http-status',
          category: 'nonsense',
          status: 429,
          retryable: true,
          summary: 'a summary text',
          codes: ['429'],
          match: { status: [429] },
          body: '',
        },
      ],
      [{ slug: 'rate-limits', title: 'Rate limits' }],
    );
    expect(set.entries.map((e) => e.slug)).toEqual(['a-entry', 'b-entry']);
    expect(set.entries[0]?.category).toBe('unknown');
    expect(set.byStatus).toEqual({ '429': [0, 1] });
    expect(set.byCode).toEqual({ '429': [0], ratelimited: [1] });
    expect(set.guides).toEqual({ 'rate-limits': 'Rate limits' });
    expect(JSON.parse(JSON.stringify(set))).toEqual(set);
  });
  test('the real catalog: every entry has a summary, and the set is serialisable and small', () => {
    const set = realRules();
    expect(set.entries.length).toBeGreaterThan(250);
    expect(set.entries.every((e) => e.summary.length > 0)).toBe(true);
    // Size grows with the catalog (issue 12 asks for 1,000+ entries): budget per entry, not in total.
    expect(JSON.stringify(set).length / set.entries.length).toBeLessThan(1_400);
  });
  test('an empty or broken rule set still diagnoses', () => {
    const empty = buildRuleSet([], []);
    expect(diagnose('HTTP/1.1 503 Service Unavailable\nRetry-After: 5\n\n', empty)[0]).toMatchObject({
      category: 'service_unavailable',
      retryAfterSeconds: 5,
      entries: [],
    });
    const broken = {
      ...empty,
      entries: [{ ...realRules().entries[0]!, match: { body: ['(unclosed'] } }],
      byStatus: { '999': [7] },
    };
    expect(diagnose('ECONNRESET', broken)[0]?.category).toBe('network');
  });
});
