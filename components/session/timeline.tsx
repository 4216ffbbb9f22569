import type { Category } from '@/lib/diagnose/categories';
import type { ExchangeSummary } from '@/lib/session/session-schema';
import styles from './session.module.css';

/** Categories grouped into the few colours a waterfall can carry. */
const TONE: Partial<Record<Category, string>> = {
  success: styles.ok,
  rate_limited: styles.limit,
  auth_missing: styles.auth,
  auth_invalid: styles.auth,
  auth_expired: styles.auth,
  forbidden: styles.auth,
  server_error: styles.server,
  bad_gateway: styles.server,
  service_unavailable: styles.server,
  gateway_timeout: styles.net,
  timeout: styles.net,
  network: styles.net,
  tls: styles.net,
};
export const toneOf = (category: Category, failed: boolean) => (failed ? (TONE[category] ?? styles.client) : styles.ok);

const WIDTH = 1000;
const LANE = 6;

/**
 * The exchanges on a time axis, like a browser's network panel, packed into lanes so that
 * thousands of requests fit: each bar starts when its request started and is as long as it
 * took. Bars of a selected pattern or group stay bright; the rest dim.
 */
export function Timeline({
  items,
  categories,
  highlight,
  label,
}: {
  items: ExchangeSummary[];
  categories: Category[];
  highlight: ReadonlySet<number> | null;
  label: string;
}) {
  const timed = items.filter((t) => t.startMs !== null);
  if (timed.length === 0) return <p className={styles.note}>This session has no request times, so no timeline.</p>;
  const end = Math.max(1, ...timed.map((t) => t.startMs! + Math.max(t.durationMs ?? 0, 0)));
  const laneEnds: number[] = [];
  const bars = timed.map((t) => {
    const from = t.startMs!;
    const to = from + Math.max(t.durationMs ?? 0, end / WIDTH);
    let lane = laneEnds.findIndex((e) => e <= from);
    if (lane < 0 || lane > 400)
      lane = laneEnds.length < 400 ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = to;
    return { t, lane, x: (from / end) * WIDTH, w: Math.max(1.5, ((to - from) / end) * WIDTH) };
  });
  const height = Math.max(LANE * 3, laneEnds.length * LANE + 24);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: f * WIDTH, text: `${((f * end) / 1000).toFixed(1)} s` }));
  return (
    <figure className={styles.timeline}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} preserveAspectRatio="none">
        {ticks.map((tick) => (
          <line key={tick.x} x1={tick.x} x2={tick.x} y1={0} y2={height - 16} className={styles.grid} />
        ))}
        {bars.map(({ t, lane, x, w }) => (
          <rect
            key={t.index}
            x={x}
            y={lane * LANE + 2}
            width={w}
            height={LANE - 1}
            className={`${toneOf(categories[t.index] ?? 'unknown', t.failed)} ${highlight && !highlight.has(t.index) ? styles.dim : ''}`}
          >
            <title>{`#${t.index + 1} ${t.method ?? ''} ${t.url ?? ''} → ${t.status ?? 'no response'}`}</title>
          </rect>
        ))}
      </svg>
      <div className={styles.axis} aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.x}>{tick.text}</span>
        ))}
      </div>
    </figure>
  );
}
