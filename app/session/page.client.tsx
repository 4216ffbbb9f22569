'use client';
import { useRef, useState } from 'react';
import { SessionResults } from '@/components/session/session-results';
import { useSessionAnalysis } from '@/components/session/use-session-analysis';
import styles from '@/components/session/session.module.css';

/** Bigger files than this would strain a tab; the limit is said, not hit silently. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function SessionClient() {
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; size: number; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const { state, run } = useSessionAnalysis();

  async function load(f: File | undefined) {
    if (!f) return;
    setFileError(null);
    if (f.size > MAX_FILE_BYTES) {
      setFileError(`${f.name} is ${mb(f.size)}; the browser analysis takes files up to ${mb(MAX_FILE_BYTES)}.`);
      return;
    }
    const content = await f.text();
    setFile({ name: f.name, size: f.size, text: content });
    run(content);
  }

  const input = file?.text ?? text;
  return (
    <>
      <form
        aria-label="Session to analyse"
        className={dragging ? styles.drop : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) run(input);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void load(e.dataTransfer.files[0]);
        }}
      >
        {file ? (
          <p>
            Loaded <strong>{file.name}</strong> ({mb(file.size)}).{' '}
            <button type="button" className="button secondary" onClick={() => setFile(null)}>
              Paste text instead
            </button>
          </p>
        ) : (
          <>
            <label htmlFor="session-input">HAR file or log lines</label>
            <textarea
              id="session-input"
              className={styles.input}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Drop a .har or log file here, or paste its text."
              spellCheck={false}
            />
          </>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={!input.trim() || state.status === 'running'}>
            {state.status === 'running' ? 'Analysing…' : 'Analyse'}
          </button>
          <button type="button" className="button secondary" onClick={() => picker.current?.click()}>
            Choose a file…
          </button>
          <input
            ref={picker}
            type="file"
            accept=".har,.json,.log,.txt,application/json,text/plain"
            hidden
            onChange={(e) => void load(e.target.files?.[0])}
          />
        </div>
        {fileError && (
          <p role="alert" className="badge bad">
            {fileError}
          </p>
        )}
      </form>
      <div aria-live="polite">
        {state.status === 'running' && <p>Analysing every exchange…</p>}
        {state.status === 'error' && (
          <p role="alert" className="badge bad">
            The analysis failed: {state.error}
          </p>
        )}
      </div>
      {state.status === 'done' && <SessionResults result={state.result} ms={state.ms} />}
    </>
  );
}
