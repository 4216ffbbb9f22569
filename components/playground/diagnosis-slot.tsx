import { CATEGORY_LABELS } from '@/lib/content/taxonomy';
import type { Diagnosis } from '@/lib/diagnose/types';
import styles from './playground.module.css';

/**
 * Where the diagnosis is drawn. Until components/diagnosis/diagnosis-panel.tsx exists this
 * renders a compact version; switching to the shared panel is a one-line change here:
 *   return <DiagnosisPanel diagnosis={diagnosis} />;
 */
export function DiagnosisSlot({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="diagnosis-heading">
      <h3 id="diagnosis-heading">
        Diagnosis: {CATEGORY_LABELS[diagnosis.category]} <span className="badge">{Math.round(diagnosis.confidence * 100)}% sure</span>
      </h3>
      <p>{diagnosis.summary}</p>
      <ul className="list-plain">
        <li>Retry: {diagnosis.retryable ? (diagnosis.retryAfterSeconds !== null ? `yes, after ${diagnosis.retryAfterSeconds} s` : 'yes, with backoff') : 'no — change the request first'}</li>
        {diagnosis.provider && <li>Provider: {diagnosis.provider}</li>}
        {diagnosis.requestId && (
          <li>
            Request ID: <code>{diagnosis.requestId}</code>
          </li>
        )}
      </ul>
      {diagnosis.causes.length > 0 && (
        <>
          <h4>Likely causes</h4>
          <ul>{diagnosis.causes.map((c) => <li key={c}>{c}</li>)}</ul>
        </>
      )}
      {diagnosis.fixes.length > 0 && (
        <>
          <h4>How to fix</h4>
          <ol>{diagnosis.fixes.map((f) => <li key={f}>{f}</li>)}</ol>
        </>
      )}
      {diagnosis.entries.length > 0 && (
        <>
          <h4>Catalog entries</h4>
          <ul>
            {diagnosis.entries.map((e) => (
              <li key={e.slug}>
                <a href={`/codes/${e.slug}`}>{e.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
