'use client';
import { useId, useState } from 'react';
import type { ImportResult } from '@/lib/request/draft';
import { importText, type ImportedRequest } from '@/lib/request/import';
import { toDraft } from '@/lib/request/import/to-draft';
import styles from './playground.module.css';

const describe = (r: ImportedRequest) =>
  [
    r.status !== undefined ? (r.status === 0 ? 'no response' : String(r.status)) : null,
    r.timeMs !== undefined ? `${r.timeMs.toLocaleString('en')} ms` : null,
  ]
    .filter(Boolean)
    .join(' · ');

/**
 * Paste curl commands (any shell, one or several) or a HAR to fill the form. When the paste
 * holds several requests they are listed — failing HAR entries first — and the user picks one.
 */
export function ImportPanel({ onImport }: { onImport: (result: ImportResult) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<ImportedRequest[]>([]);
  const [picked, setPicked] = useState<number | null>(null);
  const id = useId();
  const pick = (r: ImportedRequest, index: number) => {
    setPicked(index);
    onImport(toDraft(r));
  };
  return (
    <details className={styles.group}>
      <summary>Import a curl command or HAR entry</summary>
      <label className={styles.field} htmlFor={`${id}-text`}>
        <span>curl command or HAR</span>
      </label>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        spellCheck={false}
        placeholder={"curl 'https://api.example.com/v1/items' -H 'Authorization: Bearer …'"}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        bash, zsh, Windows cmd or PowerShell; &ldquo;Copy all as cURL&rdquo; and whole .har files list every request.
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const outcome = importText(text);
            setError(outcome.error);
            setChoices(outcome.requests.length > 1 ? outcome.requests : []);
            setPicked(null);
            const [only] = outcome.requests;
            if (outcome.requests.length === 1 && only) pick(only, 0);
          }}
        >
          Import
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {choices.length > 1 && (
        <fieldset className={styles.choices}>
          <legend>
            {choices.length} requests found{choices.some((c) => c.failing) ? ' — failing ones first' : ''}: pick one
          </legend>
          <ul aria-label="Requests found">
            {choices.map((r, i) => (
              <li key={i}>
                <button type="button" className={styles.choice} aria-pressed={picked === i} onClick={() => pick(r, i)}>
                  <span className={styles.choiceMethod}>{r.method}</span>{' '}
                  <span className={styles.choiceUrl}>{r.url}</span>
                  {describe(r) && <span className={r.failing ? styles.bad : 'muted'}> {describe(r)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </details>
  );
}
