import { allEntries, allGuides, allWizardTrees, type Entry, type Guide, type WizardTree } from 'contentlayer/generated';
import type { TocItem } from './toc';
import { CATEGORY_LABELS, KIND_LABELS, KINDS, type Category, type Kind } from './taxonomy';
export { providerLabel } from './provider-profiles';

export type { Entry, Guide, WizardTree };

const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title, 'en', { numeric: true });
const entryOrder = (a: Entry, b: Entry) => (a.status ?? 10_000) - (b.status ?? 10_000) || byTitle(a, b);

const entries = [...allEntries].sort(entryOrder);
const entryBySlug = new Map(entries.map((e) => [e.slug, e]));
const entryByCode = new Map<string, Entry>();
for (const e of entries) for (const c of e.codes) entryByCode.set(normalizeCode(c), e);
const guides = [...allGuides].sort(byTitle);
const guideBySlug = new Map(guides.map((g) => [g.slug, g]));
const trees = [...allWizardTrees].sort((a, b) => (a.order ?? 99) - (b.order ?? 99) || byTitle(a, b));

/** Lower-cased, trimmed, quotes removed: how codes are compared everywhere. */
export function normalizeCode(code: string): string {
  return code
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .toLowerCase();
}

export const getEntries = (): readonly Entry[] => entries;
export const getEntry = (slug: string): Entry | undefined => entryBySlug.get(slug);
/** The entry that claims this exact code (`429`, `invalid_grant`), if any. */
export const getEntryByCode = (code: string): Entry | undefined => entryByCode.get(normalizeCode(code));
export const getGuides = (): readonly Guide[] => guides;
export const getGuide = (slug: string): Guide | undefined => guideBySlug.get(slug);
export const getTrees = (): readonly WizardTree[] => trees;
export const getTree = (id: string): WizardTree | undefined => trees.find((t) => t.id === id);

/** The table of contents computed at build time (contentlayer stores it as JSON). */
export const guideToc = (g: Guide): TocItem[] => g.toc as TocItem[];

export const categoryLabel = (c: string): string => CATEGORY_LABELS[c as Category] ?? c;
export const kindLabel = (k: string): string => KIND_LABELS[k as Kind] ?? k;

/** Entries grouped by kind, in the taxonomy's order, for the catalog page. */
export function entriesByKind(): { kind: Kind; label: string; entries: Entry[] }[] {
  return KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    entries: entries.filter((e) => e.kind === kind),
  })).filter((g) => g.entries.length > 0);
}

/** Resolve the `related` and `guides` references of an entry (the build guarantees they exist). */
export function entryLinks(e: Entry): { related: Entry[]; guides: Guide[] } {
  return {
    related: (e.related ?? []).map((s) => entryBySlug.get(s)).filter((x): x is Entry => x !== undefined),
    guides: (e.guides ?? []).map((s) => guideBySlug.get(s)).filter((x): x is Guide => x !== undefined),
  };
}
