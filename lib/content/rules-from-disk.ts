import type { RuleSet } from '../diagnose/rule-set';
import { loadRawContent } from './load-raw';
import { buildRuleSet, ruleSourcesFromDocs } from './build-rule-set';

/**
 * The rule set read straight from `content/` (no contentlayer build needed), for the CLI,
 * the bench and tests. Files that fail to parse are skipped; the validator reports them.
 */
export function loadRuleSetFromDisk(root = 'content'): RuleSet {
  const { docs } = loadRawContent(root);
  const { entries, guides, profiles, semantics, errorSignatures } = ruleSourcesFromDocs(docs);
  return buildRuleSet(entries, guides, profiles, semantics, errorSignatures);
}
