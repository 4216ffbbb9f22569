import type { Metadata } from 'next';
import Link from 'next/link';
import { Highlight } from '@/components/search/highlight';
import { diagnoseLink } from '@/lib/search/diagnose-link';
import { groupHits } from '@/lib/search/group';
import { serverSearchEngine } from '@/lib/search/from-content';
import { looksLikeResponse } from '@/lib/search/query';
import { pageMetadata } from '@/lib/site/metadata';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = [(await searchParams).q].flat()[0]?.trim() ?? '';
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : 'Search',
      description: 'Search error codes, guides and symptom trees.',
      path: '/search',
    }),
    robots: { index: false },
  };
}

/** Server-rendered search: works without JavaScript, and its URL can be shared. */
export default async function SearchPage({ searchParams }: Props) {
  const q = ([(await searchParams).q].flat()[0] ?? '').slice(0, 2000);
  const hits = q.trim() ? serverSearchEngine().search(q, 40) : [];
  const groups = groupHits(hits, 15);
  return (
    <>
      <h1>Search</h1>
      <form role="search" action="/search" method="get" className="search-page-form">
        <label htmlFor="search-q" className="visually-hidden">
          Search query
        </label>
        <input id="search-q" type="search" name="q" defaultValue={q} placeholder="429, invalid_grant, token expired…" />{' '}
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {q.trim() && looksLikeResponse(q) && (
        <p className="card">
          This looks like a pasted response. <Link href={await diagnoseLink(q)}>Diagnose this</Link> — the diagnosis
          page reads it (credentials removed) and explains it.
        </p>
      )}
      {q.trim() === '' ? (
        <p className="muted">
          Type an error code (<code>429</code>, <code>invalid_grant</code>, <code>ECONNRESET</code>) or a symptom
          (“token expired”).
        </p>
      ) : groups.length === 0 ? (
        <div className="card">
          <p>No results for “{q}”.</p>
          <p>
            Try the <Link href="/wizard">symptom wizard</Link>, or <Link href="/diagnose">paste the response</Link> for
            a diagnosis.
          </p>
        </div>
      ) : (
        <>
          <p role="status" className="muted">
            {hits.length} result{hits.length === 1 ? '' : 's'} for “{q}”
          </p>
          {groups.map((g) => (
            <section key={g.type} aria-labelledby={`group-${g.type}`}>
              <h2 id={`group-${g.type}`}>{g.label}</h2>
              <ul className="list-plain search-results">
                {g.hits.map((h) => (
                  <li key={h.record.id}>
                    <Link href={h.record.url} className="search-title">
                      {h.record.parent && <span className="muted">{h.record.parent} › </span>}
                      <Highlight text={h.record.title} terms={h.terms} />
                    </Link>
                    {h.via === 'exact' && <span className="badge ok">exact code</span>}
                    <p className="muted">
                      <Highlight text={h.record.summary} terms={h.terms} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
