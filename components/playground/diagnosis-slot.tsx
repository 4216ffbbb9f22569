import { DiagnosisPanel } from '@/components/diagnosis/diagnosis-panel';
import type { RequestDraft } from '@/lib/request/draft';
import type { Diagnosis } from '@/lib/diagnose/types';
import styles from './playground.module.css';

interface DiagnosisSlotProps {
  diagnosis: Diagnosis;
  /** The request that was sent (the panel shows it, sanitised, for support). */
  sent: RequestDraft | null;
  /** When the result arrived (ms), so the retry countdown starts from it. */
  receivedAt?: number;
}

/** The shared diagnosis panel, under the playground's result heading. */
export function DiagnosisSlot({ diagnosis, sent, receivedAt }: DiagnosisSlotProps) {
  return (
    <section className={styles.section} aria-label="Diagnosis">
      <DiagnosisPanel
        diagnosis={diagnosis}
        headingLevel={3}
        request={sent ? { method: sent.method, url: sent.url, headers: sent.headers } : null}
        since={receivedAt}
      />
    </section>
  );
}
