import { allEntries, allGuides } from 'contentlayer/generated';
import type { RuleSet } from '../diagnose/rule-set';
import { buildRuleSet } from './build-rule-set';
import { getProviderProfiles, getSemantics } from './providers';

let cached: RuleSet | null = null;

/** The rule set from the contentlayer build, built once per server process (routes use it). */
export function getRuleSet(): RuleSet {
  cached ??= buildRuleSet(
    allEntries.map((e) => ({
      ...e,
      guides: e.guides ?? [],
      match: { ...e.match, headers: e.match.headers?.map((h) => ({ name: h.name, pattern: h.pattern })) },
      body: e.body.raw,
    })),
    allGuides.map((g) => ({ slug: g.slug, title: g.title })),
    getProviderProfiles(),
    getSemantics(),
  );
  return cached;
}
