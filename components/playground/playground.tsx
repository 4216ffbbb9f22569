'use client';
import { useState } from 'react';
import { authHeader, type AuthState } from '@/lib/request/auth';
import { emptyDraft, type RequestDraft } from '@/lib/request/draft';
import { readShareFragment, shareFragment } from '@/lib/request/safe-draft';
import { CopyButton } from '@/components/ui/copy-button';
import { jsonError, type BodyMode } from './body-editor';
import { ExportPanel } from './export-panel';
import { HistoryList } from './history-list';
import { addHistory, clearHistory, loadHistory } from './history-store';
import { ImportPanel } from './import-panel';
import { RequestForm } from './request-form';
import { ResultsPanel } from './results-panel';
import { effectiveDraft, toProbeInput } from './send-request';
import { useElapsed } from './use-elapsed';
import { ProbeProblemError, useProbe } from './use-probe';
import styles from './playground.module.css';

const modeFor = (body: string): BodyMode => (jsonError(body) === null ? 'json' : 'raw');

/** The playground: edit a request, send it through the portal, read the response and its diagnosis. Client-only (reads the URL fragment and localStorage on first render). */
export function Playground() {
  const [draft, setDraft] = useState<RequestDraft>(() => readShareFragment(window.location.hash) ?? emptyDraft());
  const [bodyMode, setBodyMode] = useState<BodyMode>(() => modeFor(draft.body));
  const [auth, setAuth] = useState<AuthState>({ kind: 'none' });
  const [notes, setNotes] = useState<string[]>(() =>
    window.location.hash.includes('r=')
      ? ['Loaded from a share link: secret values were removed; fill them in again.']
      : [],
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [history, setHistory] = useState(loadHistory);
  const [sent, setSent] = useState<RequestDraft | null>(null);
  const [receivedAt, setReceivedAt] = useState<number>();
  const probe = useProbe();
  const elapsed = useElapsed(probe.isPending);
  const effective = effectiveDraft(draft, auth, bodyMode);
  // The auth helper's header is a credential whatever it is called: never kept in history or links.
  const helperHeaders = [authHeader(auth)?.[0]].filter((n): n is string => Boolean(n));

  const send = () => {
    const prepared = toProbeInput(effective, bodyMode);
    if ('error' in prepared) return setFormError(prepared.error);
    setFormError(null);
    setSent(effective);
    probe.mutate(prepared.input, {
      onSuccess: (result) => {
        setReceivedAt(Date.now());
        setHistory((h) =>
          addHistory(
            h,
            effective,
            result.outcome === 'response' ? String(result.response.status) : result.error.kind,
            helperHeaders,
          ),
        );
      },
      onError: (e) => {
        if (e instanceof ProbeProblemError) setHistory((h) => addHistory(h, effective, e.problem.code, helperHeaders));
      },
    });
  };

  return (
    <div className={styles.layout}>
      <form
        className={styles.form}
        aria-label="Request"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          } else if (e.key === 'Escape' && probe.isPending) probe.cancel();
        }}
      >
        <ImportPanel
          onImport={({ draft: imported, notes: importNotes }) => {
            setDraft(imported);
            setBodyMode(modeFor(imported.body));
            setAuth({ kind: 'none' });
            setNotes(importNotes);
          }}
        />
        {notes.length > 0 && (
          <ul className={styles.notes} aria-label="Import notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <RequestForm
          draft={draft}
          onDraft={setDraft}
          bodyMode={bodyMode}
          onBodyMode={setBodyMode}
          auth={auth}
          onAuth={setAuth}
          urlError={formError}
        />
        <div className={styles.actions}>
          <CopyButton
            text={
              typeof window === 'undefined'
                ? ''
                : `${window.location.origin}/playground#${shareFragment(effective, helperHeaders)}`
            }
            label="Copy share link (no secrets)"
            className="button secondary"
          />
        </div>
        <ExportPanel draft={effective} />
        <HistoryList
          entries={history}
          onPick={(entry) => {
            setDraft(entry.draft);
            setBodyMode(modeFor(entry.draft.body));
            setNotes(['Loaded from history: secret values were not stored; fill them in again.']);
          }}
          onClear={() => setHistory(clearHistory())}
        />
      </form>
      <ResultsPanel
        pending={probe.isPending}
        elapsedMs={elapsed}
        onCancel={probe.cancel}
        result={probe.data}
        error={probe.error}
        sent={sent}
        receivedAt={receivedAt}
      />
    </div>
  );
}
