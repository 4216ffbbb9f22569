'use client';
import { useEffect, useRef } from 'react';
import { CATEGORY_LABELS } from '@/lib/content/taxonomy';
import type { RequestDraft } from '@/lib/request/draft';
import type { ProbeResult } from '@/lib/request/probe-contract';
import { CorsCheck } from './cors-check';
import { ProblemView } from './problem-view';
import { ResponseView } from './response-view';
import { ProbeProblemError } from './use-probe';
import styles from './playground.module.css';

interface ResultsPanelProps {
  pending: boolean;
  elapsedMs: number;
  onCancel: () => void;
  result: ProbeResult | undefined;
  error: Error | null;
  /** The request that produced `result` (for the CORS check and the support block). */
  sent: RequestDraft | null;
  /** When the result arrived (ms). */
  receivedAt?: number;
}

/** One line for screen readers and the eye: what happened. */
function summary(result: ProbeResult): string {
  const d = CATEGORY_LABELS[result.diagnosis.category];
  if (result.outcome === 'network_error') return `No response (${result.error.code}). Diagnosis: ${d}.`;
  const r = result.response;
  return `${r.status} ${r.statusText} in ${Math.round(r.timings.totalMs)} ms. Diagnosis: ${d}.`;
}

/** In-flight state with elapsed time and Cancel, then the result, a problem, or the empty state. */
export function ResultsPanel({ pending, elapsedMs, onCancel, result, error, sent, receivedAt }: ResultsPanelProps) {
  const cancelled = error?.name === 'AbortError';
  const status = pending
    ? `Sending… ${(elapsedMs / 1000).toFixed(1)} s`
    : result
      ? summary(result)
      : cancelled
        ? 'Cancelled.'
        : error
          ? `Error: ${error.message}`
          : '';
  const heading = useRef<HTMLHeadingElement>(null);
  const settled = !pending && (result !== undefined || (error !== null && !cancelled));
  // On a phone the result renders far below Send: bring it into view and move focus to it, once per answer.
  useEffect(() => {
    const h = heading.current;
    if (!settled || !h) return;
    const box = h.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [settled, receivedAt, error]);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" ref={heading} tabIndex={-1}>
        Result
      </h2>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {pending && (
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
      {!pending && error instanceof ProbeProblemError && <ProblemView problem={error.problem} sent={sent} />}
      {!pending && error && !(error instanceof ProbeProblemError) && !cancelled && (
        <p className={styles.error} role="alert">
          The portal could not be reached ({error.message}). Check your connection and try again.
        </p>
      )}
      {!pending && !error && result && (
        <>
          <ResponseView result={result} sent={sent} receivedAt={receivedAt} />
          {result.outcome === 'response' && sent && (
            <CorsCheck key={`${sent.method} ${sent.url}`} draft={sent} response={result.response} />
          )}
        </>
      )}
      {!pending && !error && !result && (
        <div className={styles.empty}>
          <p>No request sent yet.</p>
          <p>
            Enter a URL and press Send (or Ctrl+Enter), or import a curl command. The response, its timings and a
            diagnosis appear here.
          </p>
        </div>
      )}
    </section>
  );
}
