import type { Analysis } from './analysis';
import type { FoundCode } from './extract';
import type { ProviderDetection } from './detect-provider';
import { textWords } from './rule-words';
import type { CompiledRule, CompiledRules } from './compile-rules';

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
): Scored[] {
  // Plain loops and module-level helpers: this runs for every diagnosis, so no closures per call.
  const hits = new Map<CompiledRule, Scored>();
  if (a.status !== null) for (const r of c.byStatus.get(a.status) ?? []) candidate(hits, r).statusHit = true;
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
  if (errorish && a.text) {
    const words = (a.words ??= textWords(a.lower, true, c.maxWordLength));
    for (const word of words) {
      const patterns = c.byWord.get(word);
      if (!patterns) continue;
      for (const [r, p] of patterns) {
        // Set lookups and a substring test spare almost every regex run.
        if (!hasAll(words, p.others) || (p.literal !== null && !a.lower.includes(p.literal))) continue;
        if (p.re.test(a.text)) candidate(hits, r).bodyHits.push(p.source);
      }
    }
  }
  const out: Scored[] = [];
  for (const s of hits.values()) {
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

function score(s: Scored, a: Analysis, codes: readonly FoundCode[], provider: ProviderDetection): number {
  const r = s.rule;
  const providerOk = r.provider === null || provider.all.has(r.provider);
  const conflict = r.provider !== null && provider.primary !== null && !providerOk;
  const statusMismatch = a.status !== null && r.status.size > 0 && !r.status.has(a.status);
  let base: number;
  if (s.codeHit) {
    // No provider detected: a code only one provider uses still points at it; a shared one less so.
    base = r.provider === null ? 0.85 : providerOk ? 0.95 : conflict ? 0.4 : s.codeShared ? 0.5 : 0.75;
    if (s.codeHit === codes[0]) base += 0.02; // the provider's own code, not a secondary one
    if (s.codeHit.where === 'error.type') base -= 0.05; // often a class (`server_error`), not a code
    // The entry names the statuses it comes with; another status makes the shared code weak evidence.
    if (statusMismatch) base -= 0.3;
    else if (s.statusHit) base += r.canonicalStatus === a.status ? 0.03 : 0.02;
  } else if (s.statusHit) {
    const supported = s.bodyHits.length > 0 || s.headerHits.length > 0;
    if (r.provider !== null && !providerOk) {
      if (s.bodyHits.length === 0) return 0; // a provider's entry needs more than a shared status and a common header
      base = conflict ? 0.3 : 0.5;
    } else if (r.canonicalStatus === a.status)
      base = 0.56; // the status's own entry (http-429)
    else if (!supported && r.provider === null)
      return 0; // another generic entry that merely shares the status (grpc-*)
    // The response names its code and this entry's codes are not it: the shared status says little.
    else if (r.hasOwnCodes && codes.length > 0) base = 0.4;
    else base = r.provider !== null ? 0.62 : 0.45;
  } else if (s.bodyHits.length > 0) {
    // A transport error has no HTTP status: entries about a status are not it, whatever their regexes say.
    if (a.snap.error && a.status === null && r.status.size > 0) return 0;
    base = r.provider === null ? 0.5 : providerOk ? 0.55 : conflict ? 0.3 : 0.4;
    if (statusMismatch) base -= 0.15;
  } else {
    return 0; // header rules only support an entry, they never select one
  }
  base += Math.min(0.12, 0.06 * s.bodyHits.length) + Math.min(0.08, 0.04 * s.headerHits.length);
  return Math.max(0, Math.round(base * 1000) / 1000); // may exceed 1 for ranking; clamped on output
}
