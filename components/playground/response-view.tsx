import type { RequestDraft } from '@/lib/request/draft';
import type { ProbeNetworkError, ProbeResult } from '@/lib/request/probe-contract';
import { BodyView } from './body-view';
import { TryYourself } from './problem-view';
import { DiagnosisSlot } from './diagnosis-slot';
import { TimingsWaterfall } from './timings-waterfall';
import styles from './playground.module.css';

const tone = (status: number) => (status < 300 ? styles.ok : status < 400 ? styles.warn : styles.bad);

/** A probe result: status, notes, redirect chain, timings, headers, body and the diagnosis. */
export function ResponseView({
  result,
  sent,
  receivedAt,
}: {
  result: ProbeResult;
  sent: RequestDraft | null;
  receivedAt?: number;
}) {
  if (result.outcome === 'network_error') {
    const { error } = result;
    return (
      <div>
        <p className={styles.status}>
          <span className={`${styles.statusCode} ${styles.bad}`}>No response</span>{' '}
          <span>
            {error.kind === 'dns'
              ? 'DNS lookup failed'
              : error.kind === 'refused'
                ? 'Connection refused'
                : error.kind === 'reset'
                  ? 'Connection reset'
                  : error.kind === 'timeout'
                    ? 'Timed out'
                    : error.kind === 'tls'
                      ? 'TLS / certificate error'
                      : 'Network error'}
          </span>{' '}
          <code>{error.code}</code>
        </p>
        <p>{error.message}</p>
        <WhereItRan kind={error.kind} sent={sent} />
        <DiagnosisSlot diagnosis={result.diagnosis} sent={sent} receivedAt={receivedAt} />
      </div>
    );
  }
  const r = result.response;
  return (
    <div>
      <p className={styles.status}>
        <span className={`${styles.statusCode} ${tone(r.status)}`}>{r.status}</span> <span>{r.statusText}</span>
        <span className="muted">
          HTTP/{r.httpVersion} · {Math.round(r.timings.totalMs)} ms · {r.sizeBytes.toLocaleString('en')} bytes
          {r.remoteAddress ? ` · ${r.remoteAddress}` : ''}
        </span>
      </p>
      {r.warnings.length > 0 && (
        <ul className={styles.notes}>
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <DiagnosisSlot diagnosis={result.diagnosis} sent={sent} receivedAt={receivedAt} />
      {r.redirects.length > 0 && (
        <section className={styles.section} aria-labelledby="redirects-heading">
          <h3 id="redirects-heading">Redirects ({r.redirects.length})</h3>
          <ol>
            {r.redirects.map((hop, i) => (
              <li key={i}>
                <code>{hop.status}</code> → <code>{hop.location}</code>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className={styles.section} aria-labelledby="timings-heading">
        <h3 id="timings-heading">Timings</h3>
        <TimingsWaterfall timings={r.timings} />
      </section>
      <section className={styles.section} aria-labelledby="headers-heading">
        <h3 id="headers-heading">Response headers ({r.headers.length})</h3>
        <table className={styles.headersTable}>
          <tbody>
            {r.headers.map(([n, v], i) => (
              <tr key={i}>
                <td>{n}</td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={styles.section} aria-labelledby="body-heading">
        <h3 id="body-heading">Body</h3>
        <BodyView response={r} />
      </section>
    </div>
  );
}

/** What each failure means when it happened on the portal's server rather than on the user's machine. */
const WHERE: Record<ProbeNetworkError['kind'], string> = {
  dns: "The DNS lookup ran on the portal's server, with the portal's resolver: the name did not resolve there. A name that only exists in your network (VPN, intranet, split DNS) fails here and can still work for you.",
  refused:
    "The connection was attempted from the portal's server: the host refused it there. A service that only accepts your network, or listens only on your machine, refuses the portal and can still answer you.",
  reset:
    "The connection from the portal's server was reset. Firewalls that only let your network through often do this.",
  timeout:
    "The request went out from the portal's server and no answer came back in time. A host reachable only from your network times out from here.",
  tls: "The TLS handshake ran on the portal's server, which verifies certificates against public roots: a certificate from a private CA fails here.",
  other: "The request went out from the portal's server, not from your machine.",
};

/** Say where the failing step ran, and hand over the curl command to try from the user's side. */
function WhereItRan({ kind, sent }: { kind: ProbeNetworkError['kind']; sent: RequestDraft | null }) {
  return (
    <div className={styles.whereRan}>
      <p>{WHERE[kind]}</p>
      {sent?.url && <TryYourself draft={sent} />}
    </div>
  );
}
