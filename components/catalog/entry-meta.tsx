import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { categoryLabel, kindLabel, providerLabel } from '@/lib/content';

/** The facts box of an entry page: category, status, retry advice, codes, provider. */
export function EntryMeta({ entry }: { entry: Entry }) {
  const provider = providerLabel(entry.provider);
  return (
    <dl className="meta">
      <dt>Category</dt>
      <dd>
        <code>{entry.category}</code> <span className="muted">({categoryLabel(entry.category)})</span>
      </dd>
      <dt>Kind</dt>
      <dd>{kindLabel(entry.kind)}</dd>
      {entry.status != null && (
        <>
          <dt>HTTP status</dt>
          <dd>{entry.status}</dd>
        </>
      )}
      {provider && (
        <>
          <dt>Provider</dt>
          <dd>{provider}</dd>
        </>
      )}
      <dt>Retry?</dt>
      <dd>
        {entry.retryable ? (
          <span className="badge ok">Retryable, after a wait</span>
        ) : (
          <span className="badge bad">Do not retry unchanged</span>
        )}
      </dd>
      <dt>Codes</dt>
      <dd>
        {entry.codes.map((c, i) => (
          <span key={c}>
            {i > 0 && ', '}
            <code>{c}</code>
          </span>
        ))}
      </dd>
      <dt>Diagnose</dt>
      <dd>
        <Link href="/diagnose">Paste a response</Link>
      </dd>
    </dl>
  );
}
