'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { CatalogGroups } from './catalog-groups';
import { applyFilters, EMPTY, family, type Filters } from './catalog-filter';

/** What the catalog list needs of an entry (kept small: it is serialised into the page). */
export interface CatalogItem {
  slug: string;
  title: string;
  code: string;
  /** one line: the entry's summary, clipped */
  summary: string;
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
  /** the filters of the requested URL: the server renders the filtered list, so it works without JavaScript */
  initial: Filters;
}

/**
 * The catalog with a text filter and filters by kind, category, provider and status family. It is a
 * plain GET form (`/codes?q=…`), so a filtered view can be shared and works without JavaScript;
 * with it, the list filters as you type and the URL follows.
 */
export function CatalogBrowser({ items, groups, categories, providers, initial }: Props) {
  const [filters, setFilters] = useState<Filters>(initial);
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
  const providerName = (p: string) => providers.find((o) => o.value === p)?.label ?? p;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- providerName only reads `providers`
  const shown = useMemo(() => applyFilters(items, filters, providerName), [items, filters, providers]);
  const filtering = Object.values(filters).some(Boolean);
  const families = [...new Set(items.map((i) => family(i.status)).filter(Boolean))].sort();
  const select = (key: keyof Filters, label: string, options: Option[]) => (
    <label className="filter">
      <span>{label}</span>
      <select name={key} value={filters[key]} onChange={(e) => update(key, e.target.value)}>
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
      <form className="catalog-filters card" aria-label="Filter the catalog" action="/codes" method="get">
        <label className="filter filter-text">
          <span>Filter</span>
          <input
            type="search"
            name="q"
            value={filters.q}
            placeholder="code, word or provider"
            autoComplete="off"
            onChange={(e) => update('q', e.target.value)}
          />
        </label>
        {select('kind', 'Kind', groups)}
        {select('category', 'Category', categories)}
        {select('provider', 'Provider', [{ value: 'generic', label: 'Generic (no provider)' }, ...providers])}
        {select(
          'family',
          'Status family',
          families.map((f) => ({ value: f, label: f })),
        )}
        <button type="submit" className="button">
          Filter
        </button>
        <Link className="button secondary" href="/codes" onClick={(e) => (e.preventDefault(), clear())}>
          Clear
        </Link>
      </form>
      <p role="status" className="muted">
        {shown.length} of {items.length} entries
      </p>
      {shown.length === 0 && (
        <p className="card">
          No entry matches these filters.{' '}
          <Link href="/codes" onClick={(e) => (e.preventDefault(), clear())}>
            Clear filters
          </Link>
        </p>
      )}
      <CatalogGroups shown={shown} groups={groups} providers={providers} filtering={filtering} />
    </>
  );
}
