import { CopyButton } from '@/components/ui/copy-button';
import styles from './diagnosis.module.css';

/** The share link made from the (redacted) input, or why there is none. */
export type Share = { url: string; redactions: string[] } | { tooLarge: true };

export function ShareNotice({ share }: { share: Share }) {
  if ('tooLarge' in share) {
    return <p className={styles.share}>This input is too large to share as a link; share the file instead.</p>;
  }
  return (
    <div className={styles.share}>
      <p>
        <strong>Share this diagnosis:</strong> the address bar now holds the input, compressed, in the link’s{' '}
        <code>#</code> part (never sent to a server). <CopyButton text={share.url} label="Copy link" />
      </p>
      {share.redactions.length > 0 ? (
        <p>Removed from the link before sharing: {share.redactions.join(', ')}.</p>
      ) : (
        <p className="muted">
          No credentials were found to remove; check the input for other secrets before you share it.
        </p>
      )}
    </div>
  );
}
