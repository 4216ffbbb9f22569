import Link from 'next/link';
import { InlineText } from '@/components/ui/inline-text';
import { entryLinks, getEntries, getEntry, getGuide } from '@/lib/content';
import type { WizardPosition } from '@/lib/content/wizard';
import { WizardDiagram } from './wizard-diagram';

type ResultPosition = Extract<WizardPosition, { kind: 'result' }>;

/** The end of a path: what the answers led to, why, the fixes, and where to read more. */
export function WizardResultView({ position }: { position: ResultPosition }) {
  const { result, steps, tree } = position;
  const entry = result.entry ? getEntry(result.entry) : undefined;
  const [guideSlug = '', anchor] = (result.guide ?? '').split('#');
  const guide = result.guide ? getGuide(guideSlug) : undefined;
  // The result names the generic entry; the library- and provider-specific ones are offered beside it.
  const beside = entry
    ? [
        ...new Map(
          [...entryLinks(entry).related, ...getEntries().filter((e) => e.related?.includes(entry.slug))]
            .filter((e) => e.slug !== entry.slug)
            .map((e) => [e.slug, e]),
        ).values(),
      ].slice(0, 8)
    : [];
  return (
    <section aria-labelledby="wizard-result">
      <p className="muted">Result</p>
      <h1 id="wizard-result">{result.title}</h1>
      <p className="lead">
        <InlineText text={result.note} />
      </p>
      {entry && (
        <p>
          <strong>{entry.title}:</strong> <InlineText text={entry.summary} />
        </p>
      )}
      {result.fixes && result.fixes.length > 0 && (
        <>
          <h2>What to do</h2>
          <ol>
            {result.fixes.map((f) => (
              <li key={f}>
                <InlineText text={f} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>Read more</h2>
      <ul>
        {entry && (
          <li>
            Catalog entry: <Link href={entry.url}>{entry.title}</Link>
          </li>
        )}
        {guide && (
          <li>
            Guide: <Link href={`${guide.url}${anchor ? `#${anchor}` : ''}`}>{guide.title}</Link>
          </li>
        )}
        {result.diagnose && (
          <li>
            A response tells more than answers: <Link href="/diagnose">paste the response</Link> for a diagnosis.
          </li>
        )}
      </ul>
      {beside.length > 0 && (
        <>
          <h2>Specific cases</h2>
          <p className="muted">The same problem as a library, framework or provider reports it:</p>
          <ul>
            {beside.map((e) => (
              <li key={e.slug}>
                <Link href={e.url}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>How you got here</h2>
      <ol className="wizard-path">
        {steps.map((s) => (
          <li key={s.askedAt}>
            {s.node.question} — <strong>{s.answer.label}</strong> (<Link href={s.askedAt}>change</Link>)
          </li>
        ))}
      </ol>
      <WizardDiagram tree={tree} steps={steps} />
    </section>
  );
}
