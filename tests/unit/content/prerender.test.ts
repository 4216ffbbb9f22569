import { describe, expect, test } from 'vitest';
import { PRERENDER_LIMIT, prerenderedSlugs } from '../../../lib/content/prerender';
import { realRules } from '../diagnose/helpers';

const entry = (slug: string, provider: string | null) => ({ slug, provider });

describe('entry pages prerendered at build time', () => {
  test("today's whole catalog is prerendered", () => {
    const entries = realRules().entries.map((e) => entry(e.slug, e.provider));
    expect(entries.length).toBeLessThanOrEqual(PRERENDER_LIMIT);
    expect(prerenderedSlugs(entries)).toHaveLength(entries.length);
  });

  test('above the limit, generic entries come first and the rest render on request', () => {
    const entries = [
      entry('stripe-a', 'stripe'),
      entry('http-429', null),
      entry('slack-b', 'slack'),
      entry('net-x', null),
    ];
    expect(prerenderedSlugs(entries, 3)).toEqual(['http-429', 'net-x', 'stripe-a']);
    expect(prerenderedSlugs(entries, 4)).toHaveLength(4);
  });
});
