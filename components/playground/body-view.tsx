'use client';
import { useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { ProbeHttpResponse } from '@/lib/request/probe-contract';
import styles from './playground.module.css';

type View = 'pretty' | 'raw' | 'preview';

function pretty(body: string): string | null {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return null;
  }
}

/**
 * The response body: pretty JSON, raw text, or (for HTML) a preview in a sandboxed iframe
 * with every capability off — `sandbox=""` blocks scripts, forms, popups and same-origin access.
 */
export function BodyView({ response }: { response: ProbeHttpResponse }) {
  const contentType = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
  const isHtml = /html/i.test(contentType) && response.bodyEncoding === 'utf8';
  const formatted = response.bodyEncoding === 'utf8' ? pretty(response.body) : null;
  const views: View[] = [...(formatted ? (['pretty'] as const) : []), 'raw', ...(isHtml ? (['preview'] as const) : [])];
  const [chosen, setView] = useState<View>(views[0] ?? 'raw');
  const view = views.includes(chosen) ? chosen : (views[0] ?? 'raw');
  if (response.sizeBytes === 0) return <p className={styles.hint}>Empty body.</p>;
  const text = view === 'pretty' && formatted ? formatted : response.body;
  return (
    <div>
      {views.length > 1 && (
        <div className={styles.tabs} role="tablist" aria-label="Body view">
          {views.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={v === view}
              className={styles.tab}
              onClick={() => setView(v)}
            >
              {v === 'pretty' ? 'Pretty JSON' : v === 'raw' ? 'Raw' : 'HTML preview'}
            </button>
          ))}
        </div>
      )}
      {view === 'preview' ? (
        <iframe
          className={styles.frame}
          sandbox=""
          srcDoc={response.body}
          title="HTML preview of the response body (scripts disabled)"
        />
      ) : (
        <>
          {response.bodyEncoding === 'base64' && (
            <p className={styles.hint}>Binary body ({response.sizeBytes} bytes), shown as base64.</p>
          )}
          <pre className={styles.pre} tabIndex={0} aria-label="Response body">
            {text}
          </pre>
          <CopyButton text={text} label="Copy body" className="button secondary" />
        </>
      )}
      {response.bodyTruncated && (
        <p className={styles.hint}>The body is incomplete (size or time limit); see the notes above.</p>
      )}
    </div>
  );
}
