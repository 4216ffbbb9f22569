import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>API Triage — find out what is wrong with an API call, and what to do about it.</p>
        <p>
          <Link href="/codes">Catalog</Link> · <Link href="/guides">Guides</Link> · <Link href="/wizard">Wizard</Link>
        </p>
      </div>
    </footer>
  );
}
