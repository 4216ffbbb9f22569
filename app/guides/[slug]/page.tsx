import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarkdownContent } from '@/components/markdown/markdown-content';
import { pageMetadata } from '@/lib/site/metadata';
import { getGuide, getGuides, guideToc } from '@/lib/content';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  return guide ? pageMetadata({ title: guide.title, description: guide.description, path: guide.url }) : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const toc = guideToc(guide);
  return (
    <article className="with-sidebar">
      <div className="prose">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            <li aria-current="page">{guide.title}</li>
          </ol>
        </nav>
        <h1>{guide.title}</h1>
        <p className="lead">{guide.description}</p>
        <MarkdownContent html={guide.body.html} raw={guide.body.raw} />
        <h2 id="sources">Sources</h2>
        <ul>
          {guide.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      {toc.length > 0 && (
        <aside>
          <nav aria-label="On this page">
            <h2 className="aside-title">On this page</h2>
            <ol className="list-plain toc">
              {toc.map((t) => (
                <li key={t.id} style={{ paddingLeft: t.depth === 3 ? '1rem' : 0 }}>
                  <a href={`#${t.id}`}>{t.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        </aside>
      )}
    </article>
  );
}
