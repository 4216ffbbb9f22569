import type { Metadata } from 'next';
import { CatalogBrowser, type CatalogItem } from '@/components/catalog/catalog-browser';
import { filtersFrom } from '@/components/catalog/catalog-filter';
import { categoryLabel, entriesByKind, getEntries, providerLabel } from '@/lib/content';
import { PROVIDER_IDS } from '@/lib/content/provider-profiles';
import { CATEGORIES } from '@/lib/content/taxonomy';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Error code catalog',
  description: 'Every HTTP status, provider error code, OAuth, network, TLS, WebSocket and gRPC error in one catalog.',
  path: '/codes',
});

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')}…` : s);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: Props) {
  const initial = filtersFrom(await searchParams);
  const entries = getEntries();
  const items: CatalogItem[] = entries.map((e) => ({
    slug: e.slug,
    title: e.title,
    code: e.codes[0] ?? e.slug,
    summary: clip(e.summary),
    kind: e.kind,
    category: e.category,
    provider: e.provider ?? null,
    status: e.status ?? null,
  }));
  const used = (key: 'category' | 'provider') => new Set(entries.map((e) => e[key]));
  return (
    <>
      <h1>Error code catalog</h1>
      <p className="muted">
        Each entry explains what the code means, why it happens and how to fix it. Type a code in the search box to jump
        straight to it.
      </p>
      <CatalogBrowser
        key={JSON.stringify(initial)}
        initial={initial}
        items={items}
        groups={entriesByKind().map((g) => ({ value: g.kind, label: g.label }))}
        categories={CATEGORIES.filter((c) => used('category').has(c)).map((c) => ({
          value: c,
          label: categoryLabel(c),
        }))}
        providers={PROVIDER_IDS.filter((p) => used('provider').has(p)).map((p) => ({
          value: p,
          label: providerLabel(p) ?? p,
        }))}
      />
    </>
  );
}
