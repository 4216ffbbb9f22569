'use client';
import { useId, useState } from 'react';
import { parseCurl } from '@/lib/request/curl-import';
import type { ImportResult } from '@/lib/request/draft';
import { parseHar } from '@/lib/request/har-import';
import styles from './playground.module.css';

/** curl when it starts with `curl`, HAR when it is JSON. */
function importText(text: string): ImportResult {
  const trimmed = text.trim().replace(/^\$\s+/, '');
  if (/^curl(\.exe)?\s/.test(trimmed)) return parseCurl(trimmed);
  if (trimmed.startsWith('{')) return parseHar(trimmed);
  throw new Error('Paste a curl command (starting with "curl") or a HAR entry (JSON).');
}

/** Paste a curl command or HAR entry to fill the form. */
export function ImportPanel({ onImport }: { onImport: (result: ImportResult) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
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
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div className={styles.actions}>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            try {
              onImport(importText(text));
              setError(null);
            } catch (e) {
              setError(e instanceof Error ? e.message : 'Could not import this text.');
            }
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
    </details>
  );
}
