'use client';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { RequestDraft } from '@/lib/request/draft';
import { renderSnippet, SNIPPET_TARGETS, toCurl, toFetch, toPython, type SnippetTargetId } from '@/lib/request/export';
import styles from './playground.module.css';

const OWN = [
  { id: 'curl', label: 'curl', render: toCurl },
  { id: 'fetch', label: 'JavaScript fetch', render: toFetch },
  { id: 'python', label: 'Python requests', render: toPython },
] as const;
type FormatId = (typeof OWN)[number]['id'] | SnippetTargetId;
const FORMATS: { id: FormatId; label: string }[] = [...OWN, ...SNIPPET_TARGETS];

/** Generated targets render asynchronously (the generator loads on first use). */
function useSnippet(draft: RequestDraft, format: FormatId): { code: string; error: string | null } {
  const own = OWN.find((f) => f.id === format);
  const [state, setState] = useState<{ key: string; code: string; error: string | null }>({
    key: '',
    code: '',
    error: null,
  });
  const key = JSON.stringify([format, draft]);
  useEffect(() => {
    if (own || !draft.url) return;
    let live = true;
    renderSnippet(draft, format as SnippetTargetId).then(
      (code) => live && setState({ key, code, error: null }),
      (e: unknown) => live && setState({ key, code: '', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, own, draft, format]);
  if (own) return { code: draft.url ? own.render(draft) : '', error: null };
  return state.key === key ? state : { code: '', error: null };
}

/** The request as code in several languages, each with a copy button. Includes your credentials: it is for you. */
export function ExportPanel({ draft }: { draft: RequestDraft }) {
  const [format, setFormat] = useState<FormatId>('curl');
  const [open, setOpen] = useState(false);
  const current = FORMATS.find((f) => f.id === format) ?? FORMATS[0]!;
  return (
    <details className={styles.group} onToggle={(e) => setOpen(e.currentTarget.open)}>
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
        {open && <ExportCode draft={draft} format={format} label={current.label} />}
      </div>
    </details>
  );
}

function ExportCode({ draft, format, label }: { draft: RequestDraft; format: FormatId; label: string }) {
  const { code, error } = useSnippet(draft, format);
  if (!draft.url) return <p className={styles.hint}>Enter a URL first.</p>;
  if (error)
    return (
      <p className={styles.error}>
        Could not generate {label} code: {error}
      </p>
    );
  if (!code) return <p className={styles.hint}>Generating {label} code…</p>;
  return (
    <>
      <pre className={styles.pre}>{code}</pre>
      <div className={styles.actions}>
        <CopyButton text={code} label={`Copy ${label}`} className="button secondary" />
      </div>
      <p className={styles.hint}>Contains your credentials — share it with care.</p>
    </>
  );
}
