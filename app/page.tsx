import Link from 'next/link';
import { SearchBox } from '@/components/search/search-box';
import { getEntries, getGuides, getTrees } from '@/lib/content';

const POPULAR = ['429', '401', '403', '502', 'invalid_grant', 'ECONNRESET', 'CERT_HAS_EXPIRED', 'rate_limit_exceeded'];

export default function HomePage() {
  const counts = { entries: getEntries().length, guides: getGuides().length, trees: getTrees().length };
  return (
    <>
      <section className="hero">
        <h1>Your API call failed. Find out why — in seconds.</h1>
        <p>
          API Triage explains HTTP status codes, provider error codes and network errors, walks you through symptoms
          when you have no code, and diagnoses a pasted response or a live request.
        </p>
        <SearchBox
          id="home-q"
          label="Search error codes"
          placeholder="A code or an error message, e.g. 429"
          className="hero-search"
        />
        <p className="muted">
          Popular:{' '}
          {POPULAR.map((c, i) => (
            <span key={c}>
              {i > 0 && ', '}
              <Link href={`/search?q=${encodeURIComponent(c)}`}>
                <code>{c}</code>
              </Link>
            </span>
          ))}
        </p>
      </section>
      <section aria-labelledby="ways-in">
        <h2 id="ways-in">Three ways in</h2>
        <div className="grid">
          <article className="card">
            <h3>
              <Link href="/codes">Look up an error code</Link>
            </h3>
            <p>
              {counts.entries} entries: HTTP statuses, provider codes, OAuth, network and TLS errors — meaning, causes,
              fixes and code.
            </p>
          </article>
          <article className="card">
            <h3>
              <Link href="/wizard">Follow a symptom</Link>
            </h3>
            <p>
              {counts.trees > 0 ? `${counts.trees} decision trees` : 'Decision trees'} for when all you know is what you
              see: “it times out”, “works locally”.
            </p>
          </article>
          <article className="card">
            <h3>
              <Link href="/diagnose">Paste a response</Link>
            </h3>
            <p>
              Raw HTTP, <code>curl -v</code>, HAR or an error message: get the category, the cause, retry advice and
              fixes. Or call your API from the <Link href="/playground">playground</Link>.
            </p>
          </article>
        </div>
      </section>
      <section aria-labelledby="guides">
        <h2 id="guides">Guides</h2>
        <ul>
          {getGuides().map((g) => (
            <li key={g.slug}>
              <Link href={g.url}>{g.title}</Link> — <span className="muted">{g.description}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
