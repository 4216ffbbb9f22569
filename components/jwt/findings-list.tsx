import { InlineText } from '@/components/ui/inline-text';
import type { Finding } from '@/lib/jwt/inspect';
import styles from './jwt.module.css';

const LABELS: Record<Finding['level'], { text: string; badge: string }> = {
  bad: { text: 'Problem', badge: 'bad' },
  warn: { text: 'Warning', badge: 'warn' },
  info: { text: 'Note', badge: '' },
  good: { text: 'OK', badge: 'ok' },
};

/** The findings, most serious first; the level is a word, not only a colour. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="muted">Nothing stands out in this token.</p>;
  return (
    <ul className={styles.findings}>
      {findings.map((f) => (
        <li key={f.code} data-code={f.code}>
          <span className={`badge ${LABELS[f.level].badge} ${styles.level}`}>{LABELS[f.level].text}</span>
          <span>
            <InlineText text={f.message} />
          </span>
        </li>
      ))}
    </ul>
  );
}
