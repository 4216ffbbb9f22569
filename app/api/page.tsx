import type { Metadata } from 'next';
import { CopyButton } from '@/components/ui/copy-button';
import { InlineText } from '@/components/ui/inline-text';
import { apiRegistry } from '@/lib/api/openapi';
import { curlExample, fieldRows, type FieldRow } from '@/lib/api/openapi/view';
import { pageMetadata, SITE_URL } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'API',
  description:
    'The portal’s HTTP API: diagnose a response, probe a URL, check health. OpenAPI 3.1 document generated from the routes’ own schemas.',
  path: '/api',
});

const CURL_STYLE = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  padding: '0.75rem 5rem 0.75rem 1rem',
  border: '1px solid var(--border)',
  borderRadius: 'var(--radius)',
  background: 'var(--bg-code)',
} as const;

/** A table that may scroll sideways on a phone: the scroll region is focusable and named, so keyboards reach it. */
function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // A scrollable region must be focusable (WCAG 2.1.1), so it has a tab stop and a name.
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <table style={{ display: 'table' }}>{children}</table>
    </div>
  );
}

function Fields({ rows, caption }: { rows: FieldRow[]; caption: string }) {
  if (rows.length === 0) return null;
  return (
    <ScrollTable label={caption}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              <code>{r.name}</code>
              {r.required ? '' : <span className="muted"> (optional)</span>}
            </td>
            <td>
              <code>{r.type}</code>
            </td>
            <td>{r.description}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Server-rendered reference of the API, from the same registry as /api/openapi.json. */
export default function ApiPage() {
  const ops = apiRegistry.list();
  return (
    <>
      <h1>API</h1>
      <p className="lead">
        The portal’s own HTTP API. Every error is <code>application/problem+json</code> (RFC 9457) with a stable{' '}
        <code>code</code>. The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a>{' '}
        (OpenAPI 3.1), generated from the schemas the routes validate with.
      </p>
      <nav aria-label="Operations">
        <ul>
          {ops.map((op) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`}>
                <code>
                  {op.method.toUpperCase()} {op.path}
                </code>
              </a>{' '}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {ops.map((op) => (
        <section key={op.operationId} aria-labelledby={op.operationId}>
          <h2 id={op.operationId}>
            <code>
              {op.method.toUpperCase()} {op.path}
            </code>
          </h2>
          <p>
            <strong>{/[.?!]$/.test(op.summary) ? op.summary : `${op.summary}.`}</strong>{' '}
            <InlineText text={op.description} />
          </p>
          {op.request && (
            <>
              <h3>Request body</h3>
              <p>
                <code>application/json</code>
                {op.request.text && (
                  <>
                    , or <code>text/plain</code>: {op.request.text}
                  </>
                )}
              </p>
              <Fields rows={fieldRows(op.request.schema, 'input')} caption={`${op.path} request fields`} />
            </>
          )}
          <h3>Responses</h3>
          <ScrollTable label={`${op.path} responses`}>
            <caption className="visually-hidden">{`${op.path} responses`}</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Body</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>200</td>
                <td>
                  <code>{op.response.name}</code>
                </td>
                <td>{op.response.description}</td>
              </tr>
              {op.problems.map((p) => (
                <tr key={`${p.status}-${p.code}`}>
                  <td>{p.status}</td>
                  <td>
                    <code>{p.code}</code>
                  </td>
                  <td>
                    <InlineText text={p.when} />
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <h3>Example</h3>
          <div className="code-block" data-copy-scope>
            {/* Wrapped rather than scrolled; a token too long to wrap scrolls, so the box takes focus (keyboard users). */}
            <pre style={CURL_STYLE} tabIndex={0}>
              <code>{curlExample(op, SITE_URL)}</code>
            </pre>
            <CopyButton />
          </div>
        </section>
      ))}
    </>
  );
}
