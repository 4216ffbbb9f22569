'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import styles from '@/components/diagnosis/diagnosis.module.css';
import { EXAMPLES } from '@/components/diagnosis/examples';
import { FilePick } from '@/components/diagnosis/file-pick';
import { Results, type Outcome } from '@/components/diagnosis/results';
import { ShareNotice, type Share } from '@/components/diagnosis/share-notice';
import { rulesQuery } from '@/components/diagnosis/use-rules';
import { Providers } from '@/components/query-provider';

export function DiagnoseClient() {
  return (
    <Providers>
      <DiagnoseForm />
    </Providers>
  );
}

function DiagnoseForm() {
  const queryClient = useQueryClient();
  const id = useId();
  const [input, setInput] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [share, setShare] = useState<Share | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const resultRef = useRef<HTMLElement>(null);
  // A new result: move focus to its heading and bring it into view, so it never appears out of sight.
  useEffect(() => {
    const heading = resultRef.current?.querySelector<HTMLElement>('h2');
    if (!outcome || !heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [outcome]);

  const prefetch = useCallback(() => void queryClient.prefetchQuery(rulesQuery), [queryClient]);

  const run = useCallback(
    async (text: string) => {
      if (text.trim() === '') {
        setError('Paste a response, an error message or a code first.');
        return;
      }
      setBusy(true);
      setError(null);
      try {
        // The engine and the rules load on first use, so the page itself stays light.
        const [rules, engine, redact, shareLink] = await Promise.all([
          queryClient.fetchQuery(rulesQuery),
          import('@/lib/diagnose'),
          import('@/lib/diagnose/redact'),
          import('@/lib/diagnose/share-link'),
        ]);
        setOutcome({ results: engine.diagnoseInput(text, rules), rules, at: Date.now() });
        const { text: safe, redactions } = redact.redactSecrets(text);
        const fragment = await shareLink.encodeShare(safe);
        if (fragment.length > shareLink.MAX_SHARE_CHARS) setShare({ tooLarge: true });
        else {
          window.history.replaceState(null, '', fragment);
          setShare({ url: window.location.href, redactions });
        }
      } catch {
        setError('The diagnosis rules could not be loaded. Check the connection and try again.');
      } finally {
        setBusy(false);
      }
    },
    [queryClient],
  );

  // Opening a shared link restores its input and diagnoses it.
  useEffect(() => {
    const hash = window.location.hash;
    if (!hash.startsWith('#r=')) return;
    void import('@/lib/diagnose/share-link').then(async ({ decodeShare }) => {
      const text = await decodeShare(hash);
      if (text === null) {
        setError('This link does not contain a readable response (it may have been cut off).');
        return;
      }
      setInput(text);
      await run(text);
    });
  }, [run]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(input);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run(input);
    }
  };

  return (
    <>
      <form onSubmit={onSubmit} aria-describedby={`${id}-hint`}>
        <label htmlFor={`${id}-input`}>
          <strong>Response</strong>
        </label>
        <p id={`${id}-hint`} className="muted">
          Status line and headers help most; a body or an error message alone works too. Press <kbd>Ctrl</kbd>+
          <kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) to diagnose.
        </p>
        <FilePick
          onText={(text) => {
            setInput(text);
            void run(text);
          }}
        >
          <textarea
            id={`${id}-input`}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onFocus={prefetch}
            onKeyDown={onKeyDown}
            rows={14}
            spellCheck={false}
            autoComplete="off"
            placeholder="Paste the response, curl -v output, HAR or error message here, or try an example below."
          />
        </FilePick>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Diagnosing…' : 'Diagnose'}
          </button>
          {input && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setInput('');
                setOutcome(null);
                setShare(null);
                window.history.replaceState(null, '', window.location.pathname);
              }}
            >
              Clear
            </button>
          )}
        </div>
        <fieldset className={styles.examples}>
          <legend>Examples:</legend>
          {EXAMPLES.map((ex) => (
            <button
              key={ex.id}
              type="button"
              className="icon-button"
              onClick={() => {
                setInput(ex.text);
                void run(ex.text);
              }}
            >
              {ex.label}
            </button>
          ))}
        </fieldset>
      </form>
      <section ref={resultRef} aria-live="polite" aria-busy={busy} aria-label="Diagnosis" className="diagnose-results">
        {error && (
          <p role="alert" className="badge bad">
            {error}
          </p>
        )}
        {outcome && <Results outcome={outcome} />}
        {outcome && share && <ShareNotice share={share} />}
      </section>
    </>
  );
}
