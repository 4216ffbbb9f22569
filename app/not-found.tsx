import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="prose">
      <h1>404 — this page is not here</h1>
      <p>
        Fittingly, you have found a <Link href="/codes/http-404">404 Not Found</Link>. The link may be old, or the code
        you typed may not be in the catalog yet.
      </p>
      <ul>
        <li>
          <Link href="/codes">Browse the catalog</Link> of error codes
        </li>
        <li>
          <Link href="/wizard">Start the symptom wizard</Link> if you only know what you see
        </li>
        <li>
          <Link href="/diagnose">Paste a response</Link> and let the portal diagnose it
        </li>
      </ul>
      <form role="search" action="/search" method="get">
        <label htmlFor="nf-q">Search the catalog</label> <input id="nf-q" type="search" name="q" />{' '}
        <button className="button" type="submit">
          Search
        </button>
      </form>
    </section>
  );
}
