import type { CatalogItem } from './catalog-browser';

interface Option {
  value: string;
  label: string;
}

/**
 * The catalog as collapsible groups with counts: one per kind, provider codes further grouped by
 * provider. Groups open by themselves while a filter is active; HTTP statuses start open.
 */
export function CatalogGroups({
  shown,
  groups,
  providers,
  filtering,
}: {
  shown: readonly CatalogItem[];
  groups: Option[];
  providers: Option[];
  filtering: boolean;
}) {
  const providerLabel = (p: string) => providers.find((o) => o.value === p)?.label ?? p;
  return groups.map((g) => {
    const list = shown.filter((i) => i.kind === g.value);
    if (list.length === 0) return null;
    const byProvider = g.value === 'provider-code';
    const sub = byProvider
      ? [...new Set(list.map((i) => i.provider ?? 'generic'))]
          .map((p) => ({ p, label: p === 'generic' ? 'Other' : providerLabel(p) }))
          .sort((a, b) => a.label.localeCompare(b.label))
      : [];
    return (
      <details
        key={`${g.value}-${filtering}`}
        className="catalog-group"
        open={filtering || g.value === 'http-status' || undefined}
      >
        <summary>
          <h2 id={g.value}>
            {g.label} <span className="muted">({list.length})</span>
          </h2>
        </summary>
        {byProvider ? (
          sub.map(({ p, label }) => {
            const rows = list.filter((i) => (i.provider ?? 'generic') === p);
            return (
              <details key={`${p}-${filtering}`} className="catalog-subgroup" open={filtering || undefined}>
                <summary>
                  <h3 id={`provider-${p}`}>
                    {label} <span className="muted">({rows.length})</span>
                  </h3>
                </summary>
                <Rows rows={rows} />
              </details>
            );
          })
        ) : (
          <Rows rows={list} />
        )}
      </details>
    );
  });
}

function Rows({ rows }: { rows: readonly CatalogItem[] }) {
  return (
    <ul className="list-plain entry-list">
      {rows.map((e) => (
        <li key={e.slug}>
          <span className="code">{e.code}</span>
          <span className="entry-row">
            <a href={`/codes/${e.slug}`}>{e.title}</a>
            <span className="entry-summary muted">{e.summary}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
