import type { RuleEntry, RuleSet } from './rule-set';
import { requiredLiteral, requiredWord, requiredWords } from './rule-words';
import { compileProfiles, type CompiledProfiles } from './compile-profiles';
import { compileSemantics, type CompiledSemantics } from './phrases';

/** A body regex and the words it cannot match without (word null: always run it for candidates). */
export interface CompiledPattern {
  re: RegExp;
  source: string;
  /** the word it is indexed by */
  word: string | null;
  /** the other required words, checked before the regex runs */
  others: string[];
  /** a lower-cased literal the text must contain, checked before the regex runs */
  literal: string | null;
}

/** A body pattern as the word index holds it: one regex run however many entries share it. */
export interface IndexedPattern extends CompiledPattern {
  rules: CompiledRule[];
}

export interface CompiledRule {
  index: number;
  entry: RuleEntry;
  /** the provider the rule belongs to (`match.provider`, else the entry's provider) */
  provider: string | null;
  status: ReadonlySet<number>;
  patterns: CompiledPattern[];
  headers: { name: string; re: RegExp | null }[];
  /** the entry's own status is this one and it is an http-status entry: the canonical explanation */
  canonicalStatus: number | null;
  /** the rule names codes of its own (not just status numbers) */
  hasOwnCodes: boolean;
}

/** A rule set ready to run: regexes compiled once, indexes as maps. */
export interface CompiledRules {
  set: RuleSet;
  rules: CompiledRule[];
  byStatus: Map<number, CompiledRule[]>;
  /**
   * The status index split for ranking. An entry that only shares the status scores 0 unless
   * it is the status's own entry, its provider was detected, or a body or header rule holds;
   * so the candidates of a status are those generic entries that can score on the status, the
   * detected providers' entries and the few with unindexed patterns. The word and code
   * indexes bring the rest. Keeps ranking independent of how many entries share a status.
   */
  byStatusGeneric: Map<number, CompiledRule[]>;
  /** status → provider → that provider's entries */
  byStatusProvider: Map<number, Map<string, CompiledRule[]>>;
  /** status → provider entries with a pattern no word indexes (run for every candidate) */
  byStatusUnindexed: Map<number, CompiledRule[]>;
  byCode: Map<string, CompiledRule[]>;
  /** required word → the distinct patterns that need it, each with every rule that uses it */
  byWord: Map<string, IndexedPattern[]>;
  /** the provider profiles, compiled with the rules (one cache for both) */
  profiles: CompiledProfiles;
  /** the phrase tables and 2xx failure shapes, compiled */
  semantics: CompiledSemantics;
}

const cache = new WeakMap<RuleSet, CompiledRules>();

/** Compiles a rule set once per instance (cached), skipping any regex that does not compile. */
export function compileRules(set: RuleSet): CompiledRules {
  const hit = cache.get(set);
  if (hit) return hit;
  const rules = (Array.isArray(set.entries) ? set.entries : []).map(compileRule);
  const byStatus = new Map<number, CompiledRule[]>();
  const byCode = new Map<string, CompiledRule[]>();
  const byWord = new Map<string, IndexedPattern[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const [key, indexes] of Object.entries(set.byStatus ?? {}))
    for (const i of indexes) if (rules[i]) push(byStatus, Number(key), rules[i]);
  for (const [key, indexes] of Object.entries(set.byCode ?? {}))
    for (const i of indexes) if (rules[i]) push(byCode, key, rules[i]);
  const bySource = new Map<string, IndexedPattern>();
  for (const r of rules)
    for (const p of r.patterns) {
      if (!p.word) continue;
      const known = bySource.get(p.source);
      if (known) {
        if (!known.rules.includes(r)) known.rules.push(r);
        continue;
      }
      const indexed: IndexedPattern = { ...p, rules: [r] };
      bySource.set(p.source, indexed);
      push(byWord, p.word, indexed);
    }
  const byStatusGeneric = new Map<number, CompiledRule[]>();
  const byStatusProvider = new Map<number, Map<string, CompiledRule[]>>();
  const byStatusUnindexed = new Map<number, CompiledRule[]>();
  for (const [status, list] of byStatus)
    for (const r of list) {
      const unindexed = r.patterns.some((p) => p.word === null);
      if (r.provider === null) {
        // A generic entry that merely shares the status scores 0 unless it is the status's own
        // entry or something supports it; indexed body patterns bring it through the word index.
        if (r.canonicalStatus === status || r.headers.length > 0 || unindexed) push(byStatusGeneric, status, r);
      } else {
        let m = byStatusProvider.get(status);
        if (!m) byStatusProvider.set(status, (m = new Map()));
        push(m, r.provider, r);
        if (unindexed) push(byStatusUnindexed, status, r);
      }
    }
  const profiles = compileProfiles(set.profiles ?? []);
  const semantics = compileSemantics(set.semantics);
  const compiled = {
    set,
    rules,
    byStatus,
    byStatusGeneric,
    byStatusProvider,
    byStatusUnindexed,
    byCode,
    byWord,
    profiles,
    semantics,
  };
  cache.set(set, compiled);
  return compiled;
}

function compileRule(entry: RuleEntry, index: number): CompiledRule {
  const m = entry.match ?? {};
  const patterns: CompiledPattern[] = [];
  for (const source of m.body ?? []) {
    const re = safeRegExp(source);
    if (!re) continue;
    const word = requiredWord(source);
    patterns.push({
      re,
      source,
      word,
      others: requiredWords(source).filter((w) => w !== word),
      literal: requiredLiteral(source),
    });
  }
  // Only match.codes are what responses carry; top-level codes (what people type) live in the index only.
  const carried = (m.codes ?? []).map((c) => String(c).trim());
  return {
    index,
    entry,
    provider: m.provider ?? entry.provider ?? null,
    status: new Set([...(m.status ?? []), ...(entry.status !== null ? [entry.status] : [])]),
    hasOwnCodes: carried.some((c) => !/^\d{3}$/.test(c)),
    patterns,
    headers: (m.headers ?? []).map((h) => ({
      name: h.name.toLowerCase(),
      re: h.pattern ? safeRegExp(h.pattern) : null,
    })),
    canonicalStatus: entry.kind === 'http-status' && entry.status !== null ? entry.status : null,
  };
}

function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source, 'i');
  } catch {
    return null;
  }
}
