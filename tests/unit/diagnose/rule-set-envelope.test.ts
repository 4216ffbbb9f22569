import { describe, expect, test } from 'vitest';
import { loadRuleSetFromDisk } from '@/lib/content/rules-from-disk';
import { parseRuleSet } from '@/lib/diagnose/rule-set';

describe('a fetched /rules.json is checked where it enters the page', () => {
  test('the real rule set, as JSON, passes', () => {
    const json: unknown = JSON.parse(JSON.stringify(loadRuleSetFromDisk()));
    expect(parseRuleSet(json).entries.length).toBeGreaterThan(400);
  });

  test.each([
    ['an HTML error page read as JSON', null],
    ['a rule set of another version', { version: 2, entries: [] }],
    [
      'entries with an unknown category',
      { ...JSON.parse(JSON.stringify(loadRuleSetFromDisk())), entries: [{ slug: 'x', title: 'x', category: 'oops' }] },
    ],
  ])('%s is refused with a readable error', (_name, json) => {
    expect(() => parseRuleSet(json)).toThrow(/^rules\.json is not a rule set: /);
  });
});
