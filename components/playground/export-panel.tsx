'use client';
import { useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { RequestDraft } from '@/lib/request/draft';
import { toCurl, toFetch, toPython } from '@/lib/request/export';
import styles from './playground.module.css';

const FORMATS = [
  { id: 'curl', label: 'curl', render: toCurl },
  { id: 'fetch', label: 'JavaScript fetch', render: toFetch },
  { id: 'python', label: 'Python requests', render: toPython },
] as const;

/** The request as curl / fetch / Python, each with a copy button. Includes your credentials: it is for you. */
export function ExportPanel({ draft }: { draft: RequestDraft }) {
  const [format, setFormat] = useState<(typeof FORMATS)[number]['id']>('curl');
  const current = FORMATS.find((f) => f.id === format) ?? FORMATS[0];
  const code = draft.url ? current.render(draft) : '';
  return (
    <details className={styles.group}>
      <summary>Export as code</summary>
      <div className={styles.tabs} role="tablist" aria-label="Export format">
        {FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            id={`export-tab-${f.id}`}
            aria-selected={f.id === format}
            aria-controls="export-code"
            className={styles.tab}
            onClick={() => setFormat(f.id)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="export-code" aria-labelledby={`export-tab-${format}`}>
        {code ? (
          <>
            <pre className={styles.pre}>{code}</pre>
            <div className={styles.actions}>
              <CopyButton text={code} label={`Copy ${current.label}`} className="button secondary" />
            </div>
            <p className={styles.hint}>Contains your credentials — share it with care.</p>
          </>
        ) : (
          <p className={styles.hint}>Enter a URL first.</p>
        )}
      </div>
    </details>
  );
}
