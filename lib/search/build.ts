import { splitSections } from '../content/toc';
import { providerLabel } from '../content/provider-profiles';
import { CATEGORY_LABELS, type Category } from '../content/taxonomy';
import type { SearchRecord } from './search-types';

/** The fields the index needs of each kind of content (contentlayer documents fit these). */
export interface IndexableEntry {
  slug: string;
  url: string;
  title: string;
  codes: string[];
  summary: string;
  symptoms: string[];
  category: string;
  provider?: string | null;
  /** the classifier's match rules: their codes and literal body patterns are searchable messages */
  match?: { codes?: string[] | null; body?: string[] | null } | null;
}
export interface IndexableGuide {
  slug: string;
  url: string;
  title: string;
  description: string;
  tags?: string[];
  body: { raw: string };
}
export interface IndexableTree {
  id: string;
  url: string;
  title: string;
  description: string;
  nodes: { question: string; answers: { label: string }[] }[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')}…` : s);
const plain = (md: string) =>
  md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A body pattern that is plain text once `\.`-style escapes and `\b` are removed; regexes proper are skipped. */
function literal(pattern: string): string | null {
  const t = pattern
    .replace(/\\b/g, '')
    // a run of digits (`\d+`, `[0-9]{3}`) reads as a number: `timeout of \d+ms` → `timeout of 0ms`
    .replace(/(\\d|\[0-9\])(\+|\{\d+(,\d*)?\})/g, '0')
    .replace(/\\([.\-/'"])/g, '$1');
  return /[\\[\](){}|*+?^$]/.test(t) ? null : t.trim() || null;
}

/** Build the search records: one per entry, one per guide section (so a hit lands on its anchor), one per wizard tree. */
export function buildSearchRecords(
  entries: readonly IndexableEntry[],
  guides: readonly IndexableGuide[],
  trees: readonly IndexableTree[],
): SearchRecord[] {
  const records: SearchRecord[] = entries.map((e) => {
    const category = CATEGORY_LABELS[e.category as Category] ?? e.category;
    const provider = providerLabel(e.provider);
    return {
      id: `code:${e.slug}`,
      type: 'code',
      title: e.title,
      url: e.url,
      codes: e.codes,
      keywords: [...e.symptoms, category, provider ?? ''].join(' · '),
      label: [category, provider].filter(Boolean).join(' · '),
      summary: e.summary,
      body: '',
      phrases: [
        ...new Set([
          ...(e.match?.codes ?? []),
          ...e.symptoms,
          ...(e.match?.body ?? []).map(literal).filter((p): p is string => p !== null),
        ]),
      ],
    };
  });
  for (const g of guides) {
    records.push({
      id: `guide:${g.slug}`,
      type: 'guide',
      title: g.title,
      url: g.url,
      codes: [],
      keywords: (g.tags ?? []).join(' · '),
      summary: g.description,
      body: '',
    });
    for (const s of splitSections(g.body.raw)) {
      const text = plain(s.text);
      records.push({
        id: `guide:${g.slug}#${s.id}`,
        type: 'guide',
        title: s.title,
        url: `${g.url}#${s.id}`,
        codes: [],
        keywords: '',
        summary: clip(text, 160),
        body: clip(text, 1200),
        parent: g.title,
      });
    }
  }
  for (const t of trees) {
    records.push({
      id: `wizard:${t.id}`,
      type: 'wizard',
      title: t.title,
      url: t.url,
      codes: [],
      keywords: t.nodes.map((n) => n.question).join(' · '),
      summary: t.description,
      body: clip(t.nodes.flatMap((n) => n.answers.map((a) => a.label)).join(' · '), 1200),
    });
  }
  return records;
}
