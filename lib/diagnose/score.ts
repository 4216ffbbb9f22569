import type { Analysis } from './analysis';
import type { FoundCode } from './extract';
import type { ProviderDetection } from './detect-provider';
import type { CompiledRule, CompiledRules } from './compile-rules';
import { WEIGHTS } from './weights';

/** A rule with the evidence that made it a candidate, and its score (0..1). */
export interface Scored {
  rule: CompiledRule;
  score: number;
  codeHit: FoundCode | null;
  /** other providers' entries (or generic ones) claim the same code */
  codeShared: boolean;
  statusHit: boolean;
  bodyHits: string[];
  headerHits: string[];
}

/**
 * Ranks catalog entries. Candidates come from the indexes (status, code, required word),
 * never from scanning every rule. Tiers: exact code with matching provider > code >
 * status with provider > status alone; body and header rules add support.
 */
export function rankRules(
  c: CompiledRules,
  a: Analysis,
  codes: readonly FoundCode[],
  provider: ProviderDetection,
  errorish: boolean,
  /** the words of the text, collected once by the caller */
  words: ReadonlySet<string> | null,
): Scored[] {
  // Plain loops and module-level helpers: this runs for every diagnosis, so no closures per call.
  const hits = new Map<CompiledRule, Scored>();
  if (a.status !== null) {
    for (const r of c.byStatusGeneric.get(a.status) ?? []) candidate(hits, r);
    const mine = c.byStatusProvider.get(a.status);
    if (mine) for (const p of provider.all) for (const r of mine.get(p) ?? []) candidate(hits, r);
    for (const r of c.byStatusUnindexed.get(a.status) ?? []) candidate(hits, r);
  }
  for (const found of codes) {
    const claimed = c.byCode.get(found.code.toLowerCase());
    if (!claimed) continue;
    const shared = claimed.some((r) => r.provider !== claimed[0]?.provider);
    for (const r of claimed) {
      const s = candidate(hits, r);
      if (s.codeHit) continue;
      s.codeHit = found;
      s.codeShared = shared;
    }
  }
  if (errorish && words) {
    for (const word of words) {
      const patterns = c.byWord.get(word);
      if (!patterns) continue;
      for (const p of patterns) {
        // Set lookups and a substring test spare almost every regex run.
        if (!hasAll(words, p.others) || (p.literal !== null && !a.lower.includes(p.literal))) continue;
        if (!p.re.test(a.text)) continue;
        for (const r of p.rules) candidate(hits, r).bodyHits.push(p.source);
      }
    }
  }
  const out: Scored[] = [];
  for (const s of hits.values()) {
    s.statusHit = a.status !== null && s.rule.status.has(a.status);
    if (errorish) {
      for (const p of s.rule.patterns)
        if (p.word === null && (p.literal === null || a.lower.includes(p.literal)) && p.re.test(a.text))
          s.bodyHits.push(p.source);
    }
    for (const h of s.rule.headers) {
      const values = a.headers.get(h.name);
      if (values && !s.headerHits.includes(h.name) && headerMatches(values, h.re)) s.headerHits.push(h.name);
    }
    s.score = score(s, a, codes, provider);
    if (s.score > 0) out.push(s);
  }
  return out.sort(byScore);
}

function candidate(hits: Map<CompiledRule, Scored>, rule: CompiledRule): Scored {
  let s = hits.get(rule);
  if (!s)
    hits.set(
      rule,
      (s = { rule, score: 0, codeHit: null, codeShared: false, statusHit: false, bodyHits: [], headerHits: [] }),
    );
  return s;
}

function hasAll(words: ReadonlySet<string>, required: readonly string[]): boolean {
  for (const w of required) if (!words.has(w)) return false;
  return true;
}

function headerMatches(values: readonly string[], re: RegExp | null): boolean {
  if (!re) return true;
  for (const v of values) if (re.test(v)) return true;
  return false;
}

/** Best first; ties by slug with a plain comparison (localeCompare is needlessly slow here). */
function byScore(x: Scored, y: Scored): number {
  return y.score - x.score || (x.rule.entry.slug < y.rule.entry.slug ? -1 : 1);
}

const W = WEIGHTS;

/** An entry's score from the evidence that made it a candidate (tiers and numbers: weights.ts). */
export function score(s: Scored, a: Analysis, codes: readonly FoundCode[], provider: ProviderDetection): number {
  const r = s.rule;
  const providerOk = r.provider === null || provider.all.has(r.provider);
  const conflict = r.provider !== null && provider.primary !== null && !providerOk;
  const statusMismatch = a.status !== null && r.status.size > 0 && !r.status.has(a.status);
  let base: number;
  if (s.codeHit) {
    base =
      r.provider === null
        ? W.code.generic
        : providerOk
          ? W.code.providerDetected
          : conflict
            ? W.code.providerConflict
            : s.codeShared
              ? W.code.shared
              : W.code.unique;
    if (s.codeHit === codes[0]) base += W.code.firstCode;
    if (s.codeHit.where === 'error.type') base -= W.code.classPenalty;
    if (statusMismatch) base -= W.code.statusMismatch + (r.canonicalStatus !== null ? W.code.otherStatusEntry : 0);
    else if (s.statusHit) base += r.canonicalStatus === a.status ? W.code.canonicalStatus : W.code.statusMatch;
  } else if (s.statusHit) {
    const supported = s.bodyHits.length > 0 || s.headerHits.length > 0;
    if (r.provider !== null && !providerOk) {
      if (s.bodyHits.length === 0) return 0; // a provider's entry needs more than a shared status and a common header
      base = conflict ? W.status.providerConflict : W.status.providerUnseen;
    } else if (r.canonicalStatus === a.status) base = W.status.canonical;
    else if (!supported && r.provider === null)
      return 0; // another generic entry that merely shares the status
    else if (r.hasOwnCodes && codes.length > 0) base = W.status.codedElsewhere;
    else base = r.provider !== null ? W.status.provider : W.status.generic;
  } else if (s.bodyHits.length > 0) {
    // A transport error has no HTTP status: entries about a status are not it, whatever their regexes say.
    if (a.snap.error && a.status === null && r.status.size > 0) return 0;
    base =
      r.provider === null
        ? W.body.generic
        : providerOk
          ? W.body.providerDetected
          : conflict
            ? W.body.providerConflict
            : W.body.providerUnseen;
    if (statusMismatch) base -= W.body.statusMismatch;
  } else {
    return 0; // header rules only support an entry, they never select one
  }
  base +=
    Math.min(W.support.bodyMax, W.support.bodyHit * s.bodyHits.length) +
    Math.min(W.support.headerMax, W.support.headerHit * s.headerHits.length);
  return Math.max(0, Math.round(base * 1000) / 1000); // may exceed 1 for ranking; clamped on output
}
