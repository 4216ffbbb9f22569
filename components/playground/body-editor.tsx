'use client';
import styles from './playground.module.css';

export type BodyMode = 'json' | 'raw';

/** The JSON error to show, or null when the body is fine (empty bodies are fine). */
export function jsonError(body: string): string | null {
  if (!body.trim()) return null;
  try {
    JSON.parse(body);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : 'Invalid JSON';
  }
}

interface BodyEditorProps {
  body: string;
  mode: BodyMode;
  method: string;
  onChange: (body: string) => void;
  onModeChange: (mode: BodyMode) => void;
}

export function BodyEditor({ body, mode, method, onChange, onModeChange }: BodyEditorProps) {
  const error = mode === 'json' ? jsonError(body) : null;
  return (
    <fieldset className={styles.group}>
      <legend>Body</legend>
      <div className={styles.inline} role="radiogroup" aria-label="Body format">
        {(['json', 'raw'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="body-mode" value={m} checked={mode === m} onChange={() => onModeChange(m)} />{' '}
            {m === 'json' ? 'JSON' : 'Raw text'}
          </label>
        ))}
        {mode === 'json' && body.trim() && !error && (
          <button
            type="button"
            className="button secondary"
            onClick={() => onChange(JSON.stringify(JSON.parse(body), null, 2))}
          >
            Format JSON
          </button>
        )}
      </div>
      <label className={styles.field}>
        <span className="visually-hidden">Request body</span>
        <textarea
          rows={6}
          value={body}
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? 'body-error' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {error && (
        <p id="body-error" className={styles.error}>
          Not valid JSON: {error}
        </p>
      )}
      {body && (method === 'GET' || method === 'HEAD') && (
        <p className={styles.hint}>Most servers ignore a body on {method}.</p>
      )}
      {mode === 'json' && body.trim() && (
        <p className={styles.hint}>
          Sent with <code>Content-Type: application/json</code> unless you set a Content-Type header.
        </p>
      )}
    </fieldset>
  );
}
