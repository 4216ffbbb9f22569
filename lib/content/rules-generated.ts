import { allEntries, allGuides, errorSignatureTable } from 'contentlayer/generated';
import { ErrorSignatures } from '../diagnose/error-signatures';
import type { RuleSet } from '../diagnose/rule-set';
import { buildRuleSet } from './build-rule-set';
import { getProviderProfiles, getSemantics } from './provider-profiles';

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
    // error-signature table (issue 11, parsing side): the build's validator has checked it
    ErrorSignatures.parse(withoutMeta(errorSignatureTable)),
  );
  return cached;
}

/** Contentlayer's own members (`_id`, `_raw`, `type`) are not part of the table. */
function withoutMeta<T extends { _id: string; _raw: unknown; type: string }>(doc: T): Omit<T, '_id' | '_raw' | 'type'> {
  const { _id: _docId, _raw: _source, type: _type, ...data } = doc;
  return data;
}
