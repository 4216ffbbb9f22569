import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRuleSetFromDisk } from '../../../lib/content/rules-from-disk';
import type { RuleSet } from '../../../lib/diagnose/rule-set';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

let rules: RuleSet | null = null;
/** The real rule set, read from content/ once per test file. */
export function realRules(): RuleSet {
  rules ??= loadRuleSetFromDisk(root('content'));
  return rules;
}

export const FIXTURES = root('tests/fixtures/responses');
export const fixture = (name: string): string => readFileSync(`${FIXTURES}/${name}`, 'utf8');

/** The fixtures' clock: the Date most of them carry. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');
