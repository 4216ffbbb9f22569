'use client';
import { useEffect, useMemo, useState } from 'react';

/** What the catalog list needs of an entry (kept small: it is serialised into the page). */
export interface CatalogItem {
  slug: string;
  title: string;
  code: string;
  kind: string;
  category: string;
  provider: string | null;
  status: number | null;
}

interface Option {
  value: string;
  label: string;
}
interface Props {
  items: CatalogItem[];
  groups: Option[];
  categories: Option[];
  providers: Option[];
}

const FILTERS = ['kind', 'category', 'provider', 'family'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const EMPTY: Filters = { kind: '', category: '', provider: '', family: '' };
const family = (s: number | null) => (s === null ? '' : `${Math.floor(s / 100)}xx`);

/** The catalog with filters by kind, category, provider and status family; the filters live in the URL, so a filtered view can be shared. */
export function CatalogBrowser({ items, groups, categories, providers }: Props) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    // The page is static: the query string is only known in the browser.
    setFilters(Object.fromEntries(FILTERS.map((f) => [f, q.get(f) ?? ''])) as Filters);
  }, []);
  const update = (key: keyof Filters, value: string) => {
    const next = { ...filters, [key]: value };
    setFilters(next);
    const q = new URLSearchParams(Object.entries(next).filter(([, v]) => v));
    window.history.replaceState(null, '', q.size ? `?${q}` : window.location.pathname);
  };
  const clear = () => {
    setFilters(EMPTY);
    window.history.replaceState(null, '', window.location.pathname);
  };
  const shown = useMemo(
    () =>
      items.filter(
        (i) =>
          (!filters.kind || i.kind === filters.kind) &&
          (!filters.category || i.category === filters.category) &&
          (!filters.provider || (i.provider ?? 'generic') === filters.provider) &&
          (!filters.family || family(i.status) === filters.family),
      ),
    [items, filters],
  );
  const families = [...new Set(items.map((i) => family(i.status)).filter(Boolean))].sort();
  const select = (key: keyof Filters, label: string, options: Option[]) => (
    <label className="filter">
      <span>{label}</span>
      <select value={filters[key]} onChange={(e) => update(key, e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form className="catalog-filters card" aria-label="Filter the catalog" onSubmit={(e) => e.preventDefault()}>
        {select('kind', 'Kind', groups)}
        {select('category', 'Category', categories)}
        {select('provider', 'Provider', [{ value: 'generic', label: 'Generic (no provider)' }, ...providers])}
        {select(
          'family',
          'Status family',
          families.map((f) => ({ value: f, label: f })),
        )}
        <button type="button" className="button secondary" onClick={clear}>
          Clear
        </button>
      </form>
      <p role="status" className="muted">
        {shown.length} of {items.length} entries
      </p>
      {shown.length === 0 && (
        <p className="card">
          No entry matches these filters.{' '}
          <button type="button" className="button secondary" onClick={clear}>
            Clear filters
          </button>
        </p>
      )}
      {groups.map((g) => {
        const list = shown.filter((i) => i.kind === g.value);
        if (list.length === 0) return null;
        return (
          <section key={g.value} aria-labelledby={g.value}>
            <h2 id={g.value}>
              {g.label} <span className="muted">({list.length})</span>
            </h2>
            <ul className="list-plain entry-list">
              {list.map((e) => (
                <li key={e.slug}>
                  <span className="code">{e.code}</span>
                  <a href={`/codes/${e.slug}`}>{e.title}</a>
                  <span className="badge">{categories.find((c) => c.value === e.category)?.label ?? e.category}</span>
                  {e.provider && (
                    <span className="badge">{providers.find((p) => p.value === e.provider)?.label ?? e.provider}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
