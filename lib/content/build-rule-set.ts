/**
 * Turns catalog entries into the diagnosis engine's RuleSet: plain data plus two indexes
 * (by status, by lower-cased code). Nothing is compiled here — the set is serialised to
 * `/rules.json` for the browser; `lib/diagnose/rules.ts` compiles it where it runs.
 * Pure: no contentlayer and no node imports, so tests, the CLI and routes can all use it.
 */
import type { MatchRule, RuleEntry, RuleSet } from '../diagnose/rule-set';
import { ProviderProfile } from '../diagnose/provider-profile';
import { Semantics } from '../diagnose/semantics';
import { ErrorSignatures } from '../diagnose/error-signatures';
import { CATEGORIES, type Category } from './taxonomy';
import type { ContentDoc } from './validate';

/** What the builder needs from an entry; contentlayer's Entry and raw frontmatter both fit. */
export interface RuleSource {
  slug: string;
  title: string;
  kind: string;
  category: string;
  status?: number | null;
  provider?: string | null;
  retryable: boolean;
  summary: string;
  codes: string[];
  guides?: string[] | null;
  match: MatchRule;
  /** raw Markdown body, for the causes and fixes */
  body: string;
}

export interface GuideSource {
  slug: string;
  title: string;
}

// The page downloads every entry's text with the rules: a few short items each keep /rules.json small;
// the entry page has the rest.
const MAX_CAUSES = 2;
const MAX_FIXES = 2;
const MAX_ITEM_CHARS = 160;

const lower = (s: string) =>
  s
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .toLowerCase();

/** Builds the rule set; entries keep their given order (sorted by slug for stable output). */
export function buildRuleSet(
  sources: readonly RuleSource[],
  guides: readonly GuideSource[],
  profiles: readonly ProviderProfile[] = [],
  semantics?: Semantics,
  errorSignatures?: ErrorSignatures,
): RuleSet {
  const sorted = [...sources].sort((a, b) => a.slug.localeCompare(b.slug));
  const entries = sorted.map(toRuleEntry);
  const byStatus: Record<string, number[]> = {};
  const byCode: Record<string, number[]> = {};
  const add = (index: Record<string, number[]>, key: string, i: number) => {
    const list = (index[key] ??= []);
    if (!list.includes(i)) list.push(i);
  };
  entries.forEach((e, i) => {
    for (const s of e.match.status ?? []) add(byStatus, String(s), i);
    if (e.status !== null) add(byStatus, String(e.status), i);
    // Top-level codes (what people type) go into the index only, to keep /rules.json small.
    for (const c of [...(e.match.codes ?? []), ...(sorted[i]?.codes ?? [])]) add(byCode, lower(c), i);
  });
  return {
    version: 1,
    entries,
    providers: Object.fromEntries(profiles.map((p) => [p.id, p.name])),
    profiles: [...profiles].sort((a, b) => a.id.localeCompare(b.id)),
    ...(semantics ? { semantics } : {}),
    guides: Object.fromEntries(guides.map((g) => [g.slug, g.title])),
    byStatus,
    byCode,
    // error-signature table (issue 11, parsing side)
    ...(errorSignatures ? { errorSignatures } : {}),
  };
}

function toRuleEntry(s: RuleSource): RuleEntry {
  const category: Category = (CATEGORIES as readonly string[]).includes(s.category)
    ? (s.category as Category)
    : 'unknown';
  const m = s.match;
  const match: MatchRule = {};
  if (m.status?.length) match.status = [...m.status];
  if (m.codes?.length) match.codes = [...m.codes];
  if (m.headers?.length)
    match.headers = m.headers.map((h) =>
      h.pattern ? { name: h.name.toLowerCase(), pattern: h.pattern } : { name: h.name.toLowerCase() },
    );
  if (m.body?.length) match.body = [...m.body];
  if (m.provider) match.provider = m.provider;
  return {
    slug: s.slug,
    title: s.title,
    kind: s.kind,
    category,
    status: s.status ?? null,
    provider: s.provider ?? null,
    retryable: s.retryable,
    summary: s.summary,
    causes: sectionItems(s.body, /^likely causes/i, MAX_CAUSES),
    fixes: sectionItems(s.body, /^how to fix/i, MAX_FIXES),
    guides: [...(s.guides ?? [])],
    match,
  };
}

/** Top-level list items of the `## <heading>` section, markdown reduced to plain text (inline code kept). */
export function sectionItems(markdown: string, heading: RegExp, max: number): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s/.test(l) && heading.test(l.replace(/^##\s+/, '')));
  if (start < 0) return [];
  const items: string[] = [];
  let current: string | null = null;
  let inFence = false;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      if (current !== null) items.push(current);
      current = item[1] ?? '';
    } else if (current !== null && /^\s+\S/.test(line) && !/^\s+(?:[-*+]|\d+[.)])\s/.test(line)) {
      current += ' ' + line.trim(); // wrapped continuation of the same item
    } else if (current !== null && line.trim() === '') {
      items.push(current);
      current = null;
    }
  }
  if (current !== null) items.push(current);
  return items
    .map(plain)
    .filter((t) => t.length > 0)
    .slice(0, max);
}

function plain(md: string): string {
  const text = md
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|\s)[*_]([^*_\s][^*_]*)[*_](?=\s|[.,;:]|$)/g, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#123;/g, '{')
    .replace(/&#125;/g, '}')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_ITEM_CHARS) return text;
  const cut = text.slice(0, MAX_ITEM_CHARS);
  // End at the last full sentence when there is a long enough one ("e.g. " is not an end).
  const ends = [...cut.matchAll(/(?<!\b(?:e\.g|i\.e|etc|vs))\. /g)].map((m) => m.index ?? 0);
  const sentence = ends.at(-1) ?? -1;
  return sentence > 80 ? cut.slice(0, sentence + 1) : cut.replace(/\s+\S*$/, '') + '…';
}

/** Rule sources from raw content docs (`loadRawContent`), for tests and the CLI — no build needed. */
export function ruleSourcesFromDocs(docs: readonly ContentDoc[]): {
  entries: RuleSource[];
  guides: GuideSource[];
  profiles: ProviderProfile[];
  semantics: Semantics | undefined;
  errorSignatures?: ErrorSignatures;
} {
  const slugOf = (path: string) =>
    path
      .split('/')
      .pop()
      ?.replace(/\.mdx$/, '') ?? path;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const entries: RuleSource[] = [];
  const guides: GuideSource[] = [];
  const profiles: ProviderProfile[] = [];
  let semantics: Semantics | undefined;
  let errorSignatures: ErrorSignatures | undefined;
  for (const doc of docs) {
    const d = doc.data;
    // --- error-signature table (issue 11, parsing side); an invalid table is left out, the validator names it ---
    if (doc.type === 'ErrorSignatureTable') {
      const parsed = ErrorSignatures.safeParse(d);
      if (parsed.success) errorSignatures = parsed.data;
    }
    // --- end error-signature table ---
    if (doc.type === 'ProviderProfile') {
      // Invalid profiles are left out here; the build's validator names them.
      const parsed = ProviderProfile.safeParse(d);
      if (parsed.success) profiles.push(parsed.data);
    }
    if (doc.type === 'Semantics') {
      const parsed = Semantics.safeParse(d);
      if (parsed.success) semantics = parsed.data;
    }
    if (doc.type === 'Guide') guides.push({ slug: slugOf(doc.path), title: str(d.title) });
    if (doc.type !== 'Entry') continue;
    const match = (typeof d.match === 'object' && d.match !== null ? d.match : {}) as Record<string, unknown>;
    entries.push({
      slug: slugOf(doc.path),
      title: str(d.title),
      kind: str(d.kind),
      category: str(d.category),
      status: typeof d.status === 'number' ? d.status : null,
      provider: typeof d.provider === 'string' ? d.provider : null,
      retryable: d.retryable === true,
      summary: str(d.summary),
      codes: strings(d.codes).concat(
        (Array.isArray(d.codes) ? d.codes : []).filter((c): c is number => typeof c === 'number').map(String),
      ),
      guides: strings(d.guides),
      match: {
        status: Array.isArray(match.status)
          ? match.status.filter((x): x is number => typeof x === 'number')
          : undefined,
        codes: Array.isArray(match.codes) ? match.codes.map(String) : undefined,
        headers: Array.isArray(match.headers)
          ? match.headers.flatMap((h: unknown) => {
              const o = h as { name?: unknown; pattern?: unknown };
              return typeof o?.name === 'string'
                ? [typeof o.pattern === 'string' ? { name: o.name, pattern: o.pattern } : { name: o.name }]
                : [];
            })
          : undefined,
        body: strings(match.body),
        provider: typeof match.provider === 'string' ? match.provider : undefined,
      },
      body: doc.body ?? '',
    });
  }
  return { entries, guides, profiles, semantics, ...(errorSignatures ? { errorSignatures } : {}) };
}
