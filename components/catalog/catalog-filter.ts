import type { CatalogItem } from './catalog-browser';

/** The catalog's filters, as they appear in the URL (`/codes?q=scope&kind=oauth`). */
export const FILTERS = ['q', 'kind', 'category', 'provider', 'family'] as const;
export type Filters = Record<(typeof FILTERS)[number], string>;
export const EMPTY: Filters = { q: '', kind: '', category: '', provider: '', family: '' };

export const family = (s: number | null) => (s === null ? '' : `${Math.floor(s / 100)}xx`);

/** Filters from a query string or Next's searchParams; unknown keys and arrays are ignored. */
export function filtersFrom(params: Record<string, string | string[] | undefined>): Filters {
  const pick = (k: string) => {
    const v = params[k];
    return typeof v === 'string' ? v.slice(0, 100) : '';
  };
  return Object.fromEntries(FILTERS.map((f) => [f, pick(f)])) as Filters;
}

/** Every word of the text filter must occur in the code, title, summary or provider name. */
export function applyFilters(items: readonly CatalogItem[], f: Filters, providerName: (p: string) => string) {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((i) => {
    if (f.kind && i.kind !== f.kind) return false;
    if (f.category && i.category !== f.category) return false;
    if (f.provider && (i.provider ?? 'generic') !== f.provider) return false;
    if (f.family && family(i.status) !== f.family) return false;
    if (words.length === 0) return true;
    const hay = `${i.code} ${i.title} ${i.summary} ${i.provider ? providerName(i.provider) : ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
