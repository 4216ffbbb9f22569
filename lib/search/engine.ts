// MiniSearch is the inverted index over all the text (fast ranked full-text with prefix and typo
// tolerance); Fuse.js re-scores only the few dozen codes and titles that share trigrams with a
// one-word query, where its edit-distance scoring finds misspelt codes that MiniSearch ranks low.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { codeCandidates, normalizeQuery, queryTerms } from './query';
import { GENERIC, PhraseIndex, words } from './phrase-index';
import type { SearchHit, SearchRecord } from './search-types';

/** Indexed like any word, but a query drops them unless nothing else is left. */
const queryWords = (q: string): string[] => {
  const all = words(q);
  const kept = all.filter((w) => !GENERIC.has(w));
  return kept.length > 0 ? kept : all;
};

const MAX_FUZZY_CANDIDATES = 48;
const FUSE_OPTIONS = {
  keys: [
    { name: 'codes', weight: 2 },
    { name: 'title', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Character trigrams of a padded string: a cheap similarity pre-filter that survives typos. */
function trigramsOf(s: string): string[] {
  const t = ` ${s} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= t.length; i++) out.push(t.slice(i, i + 3));
  return out;
}

/**
 * A query word found in more than this share of records (`request`, `token`, `api` in most
 * entries) adds almost nothing to the ranking (BM25's IDF is near zero) but costs the most:
 * every record it is in is scored. Such words are left out of the full-text pass when rarer
 * words remain; the exact-code and phrase lookups still see the whole query.
 */
const COMMON_SHARE = 0.1;

/** Fuse (bitap) works on patterns of up to 32 characters; a longer single token is a pasted line, not a misspelt code. */
const MAX_FUZZY_QUERY = 32;

/** Weights: codes and titles are what people type; long text only supports. */
const BOOST = { codes: 4, title: 3, phrases: 2, keywords: 2, summary: 1.2, body: 0.5 };
/** A code found inside the query outweighs any amount of matching prose. */
const PHRASE_BOOST = 1.6;

/**
 * The search engine, the same in the browser worker, the /search page and the CLI:
 * 1. exact code lookup (`429`, `invalid_grant`, `HTTP 429`) puts that entry first;
 * 2. MiniSearch (inverted index, typo-tolerant) over all text — fast at any catalog size;
 * 3. Fuse over the short fields only (codes, titles) of the few dozen records that share
 *    trigrams with a single-word query, to catch misspelt codes token fuzziness misses.
 */
export class SearchEngine {
  private readonly byCode = new Map<string, number>();
  private readonly mini: MiniSearch<{ id: number }>;
  private readonly short: { i: number; codes: string[]; title: string }[];
  /** trigram → records whose codes or title contain it: narrows Fuse to a few dozen candidates */
  private readonly trigrams = new Map<string, number[]>();
  private readonly phrases = new PhraseIndex();

  constructor(readonly records: readonly SearchRecord[]) {
    records.forEach((r, i) => {
      for (const c of r.codes) if (!this.byCode.has(normalizeQuery(c))) this.byCode.set(normalizeQuery(c), i);
    });
    this.mini = new MiniSearch({
      fields: Object.keys(BOOST),
      idField: 'id',
      tokenize: words,
      // Typo tolerance only on longer words (a 4-letter `cors` must not match `core`) that are in
      // no record: a known word is no typo, and its near neighbours (`requests` → `request`, in
      // most records) would each be scored — the largest cost at 5,000 entries.
      // Prefix matching only on the last word, the one still being typed.
      searchOptions: {
        boost: BOOST,
        fuzzy: (term) => (term.length >= 5 && this.recordsWith(term) === 0 ? 0.2 : 0),
        prefix: (term, i, terms) => term.length >= 4 && i === terms.length - 1,
        combineWith: 'OR',
      },
    });
    this.mini.addAll(
      records.map((r, i) => ({
        id: i,
        title: r.title,
        codes: r.codes.join(' '),
        phrases: (r.phrases ?? []).join(' · '),
        keywords: r.keywords,
        summary: r.summary,
        body: r.body,
      })),
    );
    records.forEach((r, i) => {
      for (const c of r.codes) this.phrases.add(i, c, 'code');
      for (const p of r.phrases ?? []) this.phrases.add(i, p, 'phrase');
    });
    this.short = records.map((r, i) => ({ i, codes: r.codes, title: r.title }));
    this.short.forEach(({ i, codes, title }) => {
      for (const g of new Set([...codes, title].flatMap((t) => trigramsOf(normalizeQuery(t))))) {
        const list = this.trigrams.get(g);
        if (list) list.push(i);
        else this.trigrams.set(g, [i]);
      }
    });
  }

  /** Fuse over the short fields of the records sharing enough trigrams with the query. */
  private fuzzy(q: string): { i: number; score: number }[] {
    const grams = trigramsOf(q);
    const counts = new Map<number, number>();
    for (const g of grams) for (const i of this.trigrams.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(grams.length * 0.3));
    const candidates = [...counts]
      .filter(([, c]) => c >= need)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_FUZZY_CANDIDATES);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map(([i]) => this.short[i]!),
      FUSE_OPTIONS,
    );
    return fuse.search(q, { limit: 10 }).map((r) => ({ i: r.item.i, score: r.score ?? 1 }));
  }

  /** The record that claims this exact code, after stripping `HTTP`/`error` prefixes and quotes. */
  exact(query: string): SearchRecord | undefined {
    for (const c of codeCandidates(query)) {
      const i = this.byCode.get(c);
      if (i !== undefined) return this.records[i];
    }
    return undefined;
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = normalizeQuery(query).slice(0, 200);
    if (!q) return [];
    const terms = queryTerms(q);
    const scored = new Map<number, { score: number; via: SearchHit['via'] }>();
    const put = (i: number, score: number, via: SearchHit['via']) => {
      const prev = scored.get(i);
      if (!prev) scored.set(i, { score, via });
      else scored.set(i, { score: Math.max(prev.score, score) + 0.05, via: prev.via === 'exact' ? 'exact' : via });
    };
    const add = (i: number, extra: number) => {
      const prev = scored.get(i);
      scored.set(i, { score: (prev?.score ?? 0) + extra, via: prev?.via ?? 'text' });
    };
    const exact = this.exact(q);
    if (exact) put(this.records.indexOf(exact), 10, 'exact');

    const kept = this.rarer(queryWords(q));
    const text = kept.length > 0 ? this.mini.search(kept.join(' ')) : [];
    const top = text[0]?.score ?? 1;
    let covered = false;
    for (const r of text.slice(0, 60)) {
      // Records that match more of the query's distinct words rank above ones that repeat one word.
      const coverage = new Set(r.queryTerms).size / kept.length;
      put(Number(r.id), (r.score / top) * (0.4 + 0.6 * Math.min(1, coverage)), 'text');
      covered ||= kept.length > 1 && coverage >= 1 && r.score >= top * 0.5;
    }
    for (const h of this.phrases.lookup(q)) add(h.i, PHRASE_BOOST * h.weight);

    // A code that matched exactly, or words all found (typos included) by the index, need no Fuse pass.
    if (!exact && !covered && !/\s/.test(q) && q.length >= 3 && q.length <= MAX_FUZZY_QUERY) {
      for (const r of this.fuzzy(q)) put(r.i, (1 - r.score) * 0.95, 'fuzzy');
    }
    return [...scored.entries()]
      .sort((a, b) => b[1].score - a[1].score || this.typeRank(a[0]) - this.typeRank(b[0]))
      .slice(0, limit)
      .map(([i, s]) => ({
        record: this.records[i]!,
        // 1 - e^-x: a code found in the query (≥ 1.6) reads ≥ 0.8, prose alone (≤ 1) ≤ 0.63.
        score: Math.round((1 - Math.exp(-s.score)) * 1000) / 1000,
        via: s.via,
        terms,
      }));
  }

  /** In how many records a word occurs (in any field), read from MiniSearch's own inverted index. */
  private recordsWith(term: string): number {
    const index = (
      this.mini as unknown as { _index?: { get(t: string): Map<number, Map<number, number>> | undefined } }
    )._index;
    let n = 0;
    for (const docs of index?.get(term)?.values() ?? []) n = Math.max(n, docs.size);
    return n;
  }

  /** The query's words without the very common ones, unless nothing else would be left. */
  private rarer(kept: string[]): string[] {
    const limit = COMMON_SHARE * this.records.length;
    const rare = kept.filter((w) => this.recordsWith(w) <= limit);
    return rare.length > 0 ? rare : kept;
  }

  private typeRank(i: number): number {
    const t = this.records[i]?.type;
    return t === 'code' ? 0 : t === 'guide' ? 1 : 2;
  }
}
