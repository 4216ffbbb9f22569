'use client';
import type { AuthState } from '@/lib/request/auth';
import { asMethod, type RequestDraft } from '@/lib/request/draft';
import { isSecretHeader } from '@/lib/request/header-policy';
import { PROBE_LIMITS, PROBE_METHODS } from '@/lib/request/probe-contract';
import { paramsOf, withParams } from '@/lib/request/url-params';
import { AuthHelper } from './auth-helper';
import { BodyEditor, type BodyMode } from './body-editor';
import { KeyValueRows } from './key-value-rows';
import styles from './playground.module.css';

interface RequestFormProps {
  draft: RequestDraft;
  onDraft: (draft: RequestDraft) => void;
  bodyMode: BodyMode;
  onBodyMode: (mode: BodyMode) => void;
  auth: AuthState;
  onAuth: (auth: AuthState) => void;
  urlError: string | null;
}

/** Method, URL, query parameters (synced with the URL), headers, auth, body, timeout, redirects. */
export function RequestForm({ draft, onDraft, bodyMode, onBodyMode, auth, onAuth, urlError }: RequestFormProps) {
  const set = (patch: Partial<RequestDraft>) => onDraft({ ...draft, ...patch });
  return (
    <>
      <div className={styles.urlRow}>
        <label className={styles.field}>
          <span>Method</span>
          <select value={draft.method} onChange={(e) => set({ method: asMethod(e.target.value) ?? 'GET' })}>
            {PROBE_METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>URL</span>
          <input
            type="url"
            value={draft.url}
            placeholder="https://api.example.com/v1/items"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={urlError !== null}
            aria-describedby={urlError ? 'url-error' : undefined}
            onChange={(e) => set({ url: e.target.value })}
          />
        </label>
        <button type="submit" className="button">
          Send
        </button>
      </div>
      {urlError && (
        <p id="url-error" className={styles.error}>
          {urlError}
        </p>
      )}
      <KeyValueRows
        legend="Query parameters"
        keyLabel="Name"
        valueLabel="Value"
        addLabel="Add parameter"
        rows={paramsOf(draft.url)}
        onChange={(rows) => set({ url: withParams(draft.url, rows) })}
      />
      <KeyValueRows
        legend="Headers"
        keyLabel="Name"
        valueLabel="Value"
        addLabel="Add header"
        rows={draft.headers}
        secret={isSecretHeader}
        onChange={(headers) => set({ headers })}
      />
      <AuthHelper auth={auth} onChange={onAuth} />
      <BodyEditor
        body={draft.body}
        mode={bodyMode}
        method={draft.method}
        onChange={(body) => set({ body })}
        onModeChange={onBodyMode}
      />
      <fieldset className={styles.group}>
        <legend>Options</legend>
        <div className={styles.inline}>
          <label>
            Timeout (seconds){' '}
            <input
              type="number"
              min={1}
              max={PROBE_LIMITS.maxTimeoutMs / 1000}
              step={1}
              value={draft.timeoutMs === null ? '' : draft.timeoutMs / 1000}
              placeholder={String(PROBE_LIMITS.defaultTimeoutMs / 1000)}
              onChange={(e) =>
                set({ timeoutMs: e.target.value === '' ? null : Math.round(Number(e.target.value) * 1000) })
              }
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.followRedirects}
              onChange={(e) => set({ followRedirects: e.target.checked })}
            />{' '}
            Follow redirects (at most {PROBE_LIMITS.maxRedirects})
          </label>
        </div>
      </fieldset>
    </>
  );
}
