'use client';
import { useMemo, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { ProbeHttpResponse } from '@/lib/request/probe-contract';
import { JsonTree } from './json-tree';
import styles from './playground.module.css';

type View = 'tree' | 'pretty' | 'raw' | 'preview';

function parseJson(body: string): { value: JsonValue } | null {
  try {
    return { value: JSON.parse(body) as JsonValue };
  } catch {
    return null;
  }
}
type JsonValue = Parameters<typeof JsonTree>[0]['value'];

/**
 * The response body: a collapsible JSON tree, pretty JSON, raw text, or (for HTML) a preview in a sandboxed iframe
 * with every capability off — `sandbox=""` blocks scripts, forms, popups and same-origin access.
 */
export function BodyView({ response }: { response: ProbeHttpResponse }) {
  const contentType = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
  const isHtml = /html/i.test(contentType) && response.bodyEncoding === 'utf8';
  const json = useMemo(
    () => (response.bodyEncoding === 'utf8' ? parseJson(response.body) : null),
    [response.body, response.bodyEncoding],
  );
  const formatted = useMemo(() => (json ? JSON.stringify(json.value, null, 2) : null), [json]);
  const views: View[] = [
    ...(json ? (['tree', 'pretty'] as const) : []),
    'raw',
    ...(isHtml ? (['preview'] as const) : []),
  ];
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
              {v === 'tree' ? 'Tree' : v === 'pretty' ? 'Pretty JSON' : v === 'raw' ? 'Raw' : 'HTML preview'}
            </button>
          ))}
        </div>
      )}
      {view === 'tree' && json ? (
        <JsonTree value={json.value} />
      ) : view === 'preview' ? (
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
