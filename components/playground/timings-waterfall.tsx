import type { ProbeTimings } from '@/lib/request/probe-contract';
import styles from './playground.module.css';

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/** Phase bars on one time axis: DNS, connect, TLS, waiting for the first byte, download. */
export function TimingsWaterfall({ timings }: { timings: ProbeTimings }) {
  const { dnsMs, connectMs, tlsMs, ttfbMs, totalMs } = timings;
  const setup = dnsMs + connectMs + tlsMs;
  const phases = [
    { label: 'DNS', start: 0, length: dnsMs },
    { label: 'Connect', start: dnsMs, length: connectMs },
    { label: 'TLS', start: dnsMs + connectMs, length: tlsMs },
    { label: 'First byte', start: setup, length: Math.max(0, ttfbMs - setup) },
    { label: 'Download', start: ttfbMs, length: Math.max(0, totalMs - ttfbMs) },
  ];
  const scale = Math.max(totalMs, 0.001);
  return (
    <figure className={styles.waterfall} aria-label={`Timings: total ${ms(totalMs)}`} style={{ margin: 0 }}>
      {phases.map((p) => (
        <div className={styles.bar} key={p.label}>
          <span>{p.label}</span>
          <span className={styles.track} aria-hidden="true">
            <span
              className={styles.fill}
              style={{ left: `${(p.start / scale) * 100}%`, width: `${(p.length / scale) * 100}%` }}
            />
          </span>
          <span className={styles.ms}>{ms(p.length)}</span>
        </div>
      ))}
      <div className={styles.bar}>
        <strong>Total</strong>
        <span />
        <strong className={styles.ms}>{ms(totalMs)}</strong>
      </div>
      <figcaption className={styles.hint}>
        Time to first byte {ms(ttfbMs)}. Phases that did not happen (no DNS for an IP, no TLS for http) show 0.
      </figcaption>
    </figure>
  );
}
