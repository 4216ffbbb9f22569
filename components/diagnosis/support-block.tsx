import { CopyButton } from '@/components/ui/copy-button';
import styles from './diagnosis.module.css';

interface SupportBlockProps {
  requestId: string | null;
  /** when the request was made (the response's Date, else when it was diagnosed) */
  time: string | null;
  curl: string | null;
  headingLevel: 3 | 4;
}

/** "What to send support": the facts a provider's support needs to find the request, each copyable. */
export function SupportBlock({ requestId, time, curl, headingLevel }: SupportBlockProps) {
  if (!requestId && !curl) return null;
  const H = `h${headingLevel}` as const;
  const ticket = [requestId && `Request id: ${requestId}`, time && `Time: ${time}`, curl && `Request:\n${curl}`]
    .filter(Boolean)
    .join('\n');
  return (
    <section className={styles.support}>
      <H>What to send support</H>
      <dl className="meta">
        {requestId && (
          <>
            <dt>Request id</dt>
            <dd>
              <code>{requestId}</code> <CopyButton text={requestId} label="Copy id" />
            </dd>
          </>
        )}
        {time && (
          <>
            <dt>Time</dt>
            <dd>{time}</dd>
          </>
        )}
      </dl>
      {curl && (
        <div className={styles.curl}>
          <p className="muted">The request as curl, with credentials replaced by shell variables:</p>
          <pre>
            <code>{curl}</code>
          </pre>
          <CopyButton text={curl} label="Copy curl" />
        </div>
      )}
      <p>
        <CopyButton text={ticket} label="Copy all for a ticket" className="button secondary" />
      </p>
    </section>
  );
}
