'use client';
import type { HistoryEntry } from './history-store';
import styles from './playground.module.css';

interface HistoryListProps {
  entries: HistoryEntry[];
  onPick: (entry: HistoryEntry) => void;
  onClear: () => void;
}

/** Recent requests from this browser (secret values were never stored). */
export function HistoryList({ entries, onPick, onClear }: HistoryListProps) {
  return (
    <details className={styles.group}>
      <summary>History ({entries.length})</summary>
      {entries.length === 0 ? (
        <p className={styles.hint}>
          Requests you send appear here. Secret header values, tokens in the URL and passwords in bodies are not stored.
        </p>
      ) : (
        <>
          <ul className={styles.list}>
            {entries.map((e) => (
              <li key={e.id} className={styles.historyItem}>
                <button type="button" onClick={() => onPick(e)}>
                  {e.draft.method} {e.draft.url}
                </button>
                <span className="badge">{e.outcome}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={onClear}>
            Clear history
          </button>
        </>
      )}
    </details>
  );
}
