import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { EntryMeta } from '@/components/catalog/entry-meta';
import { MarkdownContent } from '@/components/markdown/markdown-content';
import { pageMetadata } from '@/lib/site/metadata';
import { InlineText } from '@/components/ui/inline-text';
import { entryLinks, getEntries, getEntry, getEntryByCode } from '@/lib/content';
import { prerenderedSlugs } from '@/lib/content/prerender';
import { extractToc, firstSteps } from '@/lib/content/toc';

type Props = { params: Promise<{ slug: string }> };

/**
 * Entry slugs are prerendered (all of them up to a limit, see lib/content/prerender.ts); the
 * rest render on their first request and are cached. Any other path is looked up once as a
 * code (`/codes/429`, `/codes/invalid_grant`) and answered with a 308 to its entry: one map
 * lookup instead of one redirect rule per code in next.config, which every request would pay for.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedSlugs(getEntries()).map((slug) => ({ slug }));
}

function find(slug: string) {
  const entry = getEntry(slug);
  if (entry) return entry;
  let code = slug;
  try {
    code = decodeURIComponent(slug);
  } catch {
    notFound();
  }
  const byCode = getEntryByCode(code);
  if (byCode) permanentRedirect(byCode.url);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = find((await params).slug);
  return pageMetadata({ title: entry.title, description: entry.summary, path: entry.url });
}

export default async function EntryPage({ params }: Props) {
  const entry = find((await params).slug);
  const { related, guides } = entryLinks(entry);
  const steps = firstSteps(entry.body.raw);
  const toc = [
    { id: 'symptoms', text: 'Symptoms' },
    ...extractToc(entry.body.raw).filter((t) => t.depth === 2),
    { id: 'sources', text: 'Sources' },
  ];
  return (
    <article className="with-sidebar">
      <div className="prose">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <Link href="/codes">Catalog</Link>
            </li>
            <li aria-current="page">{entry.codes[0]}</li>
          </ol>
        </nav>
        <h1>{entry.title}</h1>
        <div className="entry-quick">
          <section aria-labelledby="meaning">
            <h2 id="meaning">What it means</h2>
            <p>{entry.summary}</p>
          </section>
          {steps.length > 0 && (
            <section aria-labelledby="what-to-do">
              <h2 id="what-to-do">What to do</h2>
              <ol>
                {steps.map((s) => (
                  <li key={s}>
                    <InlineText text={s} />
                  </li>
                ))}
              </ol>
              <p>
                <a href="#how-to-fix">All the fixes, with code</a>
              </p>
            </section>
          )}
        </div>
        <h2 id="symptoms">Symptoms</h2>
        <ul>
          {entry.symptoms.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <MarkdownContent html={entry.body.html} raw={entry.body.raw} />
        <h2 id="sources">Sources</h2>
        <ul>
          {entry.sources.map((s) => {
            const url = /https?:\/\/\S+/.exec(s)?.[0];
            return (
              <li key={s}>
                {url ? (
                  <>
                    <span>{s.replace(url, '').replace(/\s*[—-]\s*$/, '')}</span>{' '}
                    <a href={url} rel="noopener noreferrer">
                      {url}
                    </a>
                  </>
                ) : (
                  s
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <aside aria-label="About this code">
        <nav aria-label="On this page">
          <h2 className="aside-title">On this page</h2>
          <ol className="list-plain toc">
            {toc.map((t) => (
              <li key={t.id}>
                <a href={`#${t.id}`}>{t.text}</a>
              </li>
            ))}
          </ol>
        </nav>
        <EntryMeta entry={entry} />
        {related.length > 0 && (
          <>
            <h2 className="aside-title">Related</h2>
            <ul>
              {related.map((r) => (
                <li key={r.slug}>
                  <Link href={r.url}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {guides.length > 0 && (
          <>
            <h2 className="aside-title">Guides</h2>
            <ul>
              {guides.map((g) => (
                <li key={g.slug}>
                  <Link href={g.url}>{g.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </aside>
    </article>
  );
}
