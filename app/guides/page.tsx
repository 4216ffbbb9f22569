import type { Metadata } from 'next';
import Link from 'next/link';
import { getGuides } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Guides',
  description:
    'Long-form troubleshooting guides: authentication, rate limits, webhooks, OAuth, connection problems and more.',
  path: '/guides',
});

export default function GuidesPage() {
  return (
    <>
      <h1>Guides</h1>
      <ul className="list-plain grid">
        {getGuides().map((g) => (
          <li key={g.slug} className="card">
            <h2 style={{ fontSize: '1.15rem', marginTop: 0 }}>
              <Link href={g.url}>{g.title}</Link>
            </h2>
            <p className="muted">{g.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
