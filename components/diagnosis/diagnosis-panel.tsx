import Link from 'next/link';
import { CATEGORY_LABELS } from '@/lib/content/taxonomy';
import { sanitizedCurl } from '@/lib/diagnose/support-curl';
import { formatDuration } from '@/lib/diagnose/token';
import type { Diagnosis, SnapshotRequest } from '@/lib/diagnose/types';
import styles from './diagnosis.module.css';
import { InlineText } from '@/components/ui/inline-text';
import { RetryCountdown } from './retry-countdown';
import { SupportBlock } from './support-block';
import { useProviderNames } from './provider-names';

export interface DiagnosisPanelProps {
  diagnosis: Diagnosis;
  /** h2 on /diagnose; h3 where the panel sits under another heading (playground, HAR entries) */
  headingLevel?: 2 | 3;
  /** a line above the headline, e.g. which HAR entry this is */
  label?: string;
  /** guides of the matched entries, when the caller knows them (the page has the rule set) */
  guides?: { slug: string; title: string }[];
  /** the request, for the sanitized curl in "what to send support" */
  request?: SnapshotRequest | null;
  /** when the request happened, as shown to support (the response Date, else the diagnosis time) */
  time?: string | null;
  /** ms timestamp the retry countdown starts from; no countdown without it */
  since?: number;
  /** `/jwt#token=…` when the exchange holds a JWT (the token stays in the fragment, never sent) */
  jwtHref?: string | null;
  /**
   * provider id → display name, when the caller has them (the page's rule set carries them);
   * passed in rather than imported, so the profiles never weigh on the page's first load
   */
  providerNames?: Readonly<Record<string, string>>;
}

/** The diagnosis, presented: headline, retry advice, evidence, causes, fixes, entries and what to send support. */
export function DiagnosisPanel({
  diagnosis: d,
  headingLevel = 2,
  label,
  guides = [],
  request = null,
  time = null,
  since,
  jwtHref = null,
  providerNames,
}: DiagnosisPanelProps) {
  const fromPage = useProviderNames();
  const names = providerNames ?? fromPage;
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const provider = d.provider ? (names[d.provider] ?? d.provider) : null;
  const facts = [d.status !== null ? `HTTP ${d.status}` : null, provider, d.providerCode].filter((x): x is string =>
    Boolean(x),
  );
  return (
    <article className={styles.panel} data-category={d.category}>
      {label && <p className={styles.eyebrow}>{label}</p>}
      <p className={styles.eyebrow}>
        {facts.map((f) => (
          <span key={f} className="badge">
            {f}
          </span>
        ))}
        <span>{Math.round(d.confidence * 100)}% confident</span>
      </p>
      <H>{CATEGORY_LABELS[d.category]}</H>
      <p className={styles.summary}>{d.summary}</p>
      <RetryAdvice d={d} since={since} />
      {d.evidence.length > 0 && (
        <section>
          <Sub>Evidence</Sub>
          <ul className={styles.evidence}>
            {d.evidence.map((e, i) => (
              <li key={i}>
                <span className={`badge ${styles.from}`}>{e.from}</span> <span>{e.detail}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.columns}>
        {d.causes.length > 0 && (
          <section>
            <Sub>Likely causes</Sub>
            <ul>
              {d.causes.map((c) => (
                <li key={c}>
                  <InlineText text={c} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {d.fixes.length > 0 && (
          <section>
            <Sub>How to fix</Sub>
            <ol>
              {d.fixes.map((f) => (
                <li key={f}>
                  <InlineText text={f} />
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      {(d.entries.length > 0 || guides.length > 0) && (
        <section>
          <Sub>Read more</Sub>
          <ul className={styles.entries}>
            {d.entries.map((e) => (
              <li key={e.slug}>
                <Link href={`/codes/${e.slug}`}>{e.title}</Link>
                <span className={`muted ${styles.score}`} title="how well this entry matches">
                  {Math.round(e.score * 100)}%
                </span>
              </li>
            ))}
            {guides.map((g) => (
              <li key={g.slug}>
                Guide: <Link href={`/guides/${g.slug}`}>{g.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SupportBlock
        requestId={d.requestId}
        time={time}
        curl={sanitizedCurl(request)}
        headingLevel={(headingLevel + 1) as 3 | 4}
      />
      {jwtHref && (
        <p>
          <a href={jwtHref}>Inspect the token in the JWT inspector</a>{' '}
          <span className="muted">— claims, expiry and signature, checked in your browser.</span>
        </p>
      )}
      <p>
        <Link href={refineHref(d)}>Refine with the wizard</Link>{' '}
        <span className="muted">— answer the questions the response cannot settle.</span>
      </p>
    </article>
  );
}

/** The wizard's refine route opens the deepest step this diagnosis already answers. */
function refineHref(d: Diagnosis): string {
  const q = new URLSearchParams({ category: d.category });
  if (d.status !== null) q.set('status', String(d.status));
  q.set('retryAfter', d.retryAfterSeconds !== null ? '1' : '0');
  return `/wizard/refine?${q}`;
}

function RetryAdvice({ d, since }: { d: Diagnosis; since?: number }) {
  if (d.category === 'success') return null;
  const wait = d.retryAfterSeconds;
  if (!d.retryable) {
    return (
      <p className={`${styles.retry} ${styles.stop}`}>
        <strong>Do not retry the same request</strong>: change it (or the credentials, plan or data) first.
      </p>
    );
  }
  return (
    <p className={styles.retry}>
      {wait !== null && wait > 0 ? (
        <>
          Wait <strong>{wait < 1 ? `${wait} s` : formatDuration(wait)}</strong> before retrying.{' '}
          {since !== undefined && <RetryCountdown seconds={wait} since={since} />}
        </>
      ) : (
        <>Retrying can help: back off exponentially with jitter, and stop after a few attempts.</>
      )}
    </p>
  );
}
