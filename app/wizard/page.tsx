import type { Metadata } from 'next';
import Link from 'next/link';
import { getTrees } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Symptom wizard',
  description: 'No error code yet? Answer a few questions about what you see and land on the likely cause and its fix.',
  path: '/wizard',
});

export default function WizardIndexPage() {
  const trees = getTrees();
  return (
    <>
      <h1>Symptom wizard</h1>
      <p className="lead">
        Pick what you are seeing. Each question links to the next; every step has its own address, so you can bookmark
        it, share it or go back.
      </p>
      {trees.length === 0 ? (
        <p className="card">
          No decision trees yet. Meanwhile, <Link href="/diagnose">paste a response</Link> to diagnose it.
        </p>
      ) : (
        <ul className="list-plain grid">
          {trees.map((t) => (
            <li key={t.id} className="card">
              <h2 style={{ fontSize: '1.1rem', marginTop: 0 }}>
                <Link href={t.url}>{t.title}</Link>
              </h2>
              <p className="muted">{t.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
