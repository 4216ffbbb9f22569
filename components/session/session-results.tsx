'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { CATEGORY_LABELS } from '@/lib/diagnose/categories';
import type { SessionAnalysis } from '@/lib/session/session-schema';
import { CopyButton } from '@/components/ui/copy-button';
import { Timeline } from './timeline';
import styles from './session.module.css';

const LEGEND: [string, string][] = [
  [styles.ok!, 'succeeded'],
  [styles.limit!, 'rate limited'],
  [styles.auth!, 'auth / permission'],
  [styles.client!, 'other client error'],
  [styles.server!, 'server error'],
  [styles.net!, 'network / timeout'],
];
const MAX_LISTED = 100;

/** The findings of one session: patterns first, then the timeline, then the failures grouped. */
export function SessionResults({ result, ms }: { result: SessionAnalysis; ms: number }) {
  const [selected, setSelected] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const failed = result.timeline.filter((t) => t.failed);
  const highlight = (() => {
    if (!selected) return null;
    const [kind, i] = selected.split(':');
    const list = kind === 'pattern' ? result.patterns[Number(i)]?.entries : result.groups[Number(i)]?.entries;
    return new Set(list ?? []);
  })();
  const toggle = (key: string) => setSelected((s) => (s === key ? null : key));
  const summary = `${result.exchanges.length} exchanges, ${failed.length} failed, ${result.patterns.length} pattern(s) found`;
  const categories = result.exchanges.map((d) => d.category);

  return (
    <section aria-labelledby="session-result">
      <h2 id="session-result" ref={heading} tabIndex={-1}>
        {result.patterns.length ? `${result.patterns.length} pattern(s) across requests` : 'No cross-request pattern'}
      </h2>
      <p>
        {summary} ({result.source === 'har' ? 'HAR file' : 'log'}, analysed in {Math.round(ms)} ms).{' '}
        <CopyButton
          text={JSON.stringify(result, null, 2)}
          label="Copy the analysis as JSON"
          className="button secondary"
        />
      </p>
      {result.warnings.map((w) => (
        <p key={w} className={styles.note}>
          Note: {w}
        </p>
      ))}
      {result.patterns.length > 0 && (
        <ul className={styles.cards}>
          {result.patterns.map((p, i) => (
            <li key={`${p.kind}-${i}`} className={styles.card}>
              <h3>
                {p.title} <span className={styles.kind}>{p.kind}</span>
              </h3>
              <p>{p.summary}</p>
              <p>
                <strong>What to do:</strong> {p.advice}
              </p>
              {p.evidence.length > 0 && (
                <ul>
                  {p.evidence.slice(0, 6).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
              <p className={styles.actions}>
                <button
                  type="button"
                  className="button secondary"
                  aria-pressed={selected === `pattern:${i}`}
                  onClick={() => toggle(`pattern:${i}`)}
                >
                  Highlight its {p.entries.length} exchange(s)
                </button>
                {p.links.map((slug) => (
                  <Link key={slug} href={`/codes/${slug}`}>
                    /codes/{slug}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3>Timeline</h3>
      <Timeline items={result.timeline} categories={categories} highlight={highlight} label={`Timeline: ${summary}`} />
      <ul className={styles.legend} aria-label="Colours">
        {LEGEND.map(([tone, text]) => (
          <li key={text}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" className={tone} />
            </svg>
            {text}
          </li>
        ))}
      </ul>
      {result.groups.length > 0 && (
        <>
          <h3>Failures by diagnosis</h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Diagnosis</th>
                <th scope="col">Provider code</th>
                <th scope="col">Count</th>
                <th scope="col">
                  <span className="visually-hidden">Highlight</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.groups.map((g, i) => (
                <tr key={`${g.category}-${g.providerCode ?? ''}`}>
                  <td>{CATEGORY_LABELS[g.category]}</td>
                  <td>{g.providerCode ? <code>{g.providerCode}</code> : '—'}</td>
                  <td>{g.count}</td>
                  <td>
                    <button
                      type="button"
                      className="button secondary"
                      aria-pressed={selected === `group:${i}`}
                      onClick={() => toggle(`group:${i}`)}
                    >
                      Highlight
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Failed exchanges</h3>
          <ol className={styles.cards}>
            {failed.slice(0, MAX_LISTED).map((t) => {
              const d = result.exchanges[t.index];
              return (
                <li key={t.index} className={styles.card}>
                  <strong>
                    #{t.index + 1} {t.method} {t.status ?? 'no response'}
                  </strong>{' '}
                  <code>{t.url}</code>
                  {d && <p>{d.summary}</p>}
                </li>
              );
            })}
          </ol>
          {failed.length > MAX_LISTED && (
            <p className={styles.note}>
              {failed.length - MAX_LISTED} more failed exchanges are in the JSON (Copy the analysis as JSON).
            </p>
          )}
        </>
      )}
    </section>
  );
}
