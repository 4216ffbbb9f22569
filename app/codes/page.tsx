import type { Metadata } from 'next';
import Link from 'next/link';
import { categoryLabel, entriesByKind, getEntries } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Error code catalog',
  description: 'Every HTTP status, provider error code, OAuth, network, TLS, WebSocket and gRPC error in one catalog.',
};

export default function CatalogPage() {
  const groups = entriesByKind();
  return (
    <>
      <h1>Error code catalog</h1>
      <p className="muted">{getEntries().length} entries. Each explains what the code means, why it happens and how to fix it.</p>
      <nav aria-label="Kinds" className="card">
        <ul className="list-plain" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.3rem 1rem' }}>
          {groups.map((g) => (
            <li key={g.kind}><a href={`#${g.kind}`}>{g.label}</a> <span className="muted">({g.entries.length})</span></li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={g.kind}>
          <h2 id={g.kind}>{g.label}</h2>
          <ul className="list-plain entry-list">
            {g.entries.map((e) => (
              <li key={e.slug}>
                <span className="code">{e.codes[0]}</span>
                <Link href={e.url}>{e.title}</Link>
                <span className="badge">{categoryLabel(e.category)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
