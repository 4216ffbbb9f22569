import Link from 'next/link';
import { SearchBox } from '@/components/search/search-box';
import { SearchTrigger } from '@/components/search/search-trigger';
import { ThemeToggle } from './theme-toggle';

/** The primary sections, in the order the nav shows them. */
export const NAV = [
  { href: '/codes', label: 'Catalog' },
  { href: '/wizard', label: 'Wizard' },
  { href: '/diagnose', label: 'Diagnose' },
  { href: '/playground', label: 'Playground' },
  { href: '/jwt', label: 'JWT' },
  { href: '/guides', label: 'Guides' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            AT
          </span>
          API Triage
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <SearchBox id="header-q" label="Search" placeholder="Search codes…" className="header-search" />
          <SearchTrigger />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
