import type { Problem } from './use-probe';
import styles from './playground.module.css';

/** What to do about each of the portal's own refusals, in words. */
const HELP: Record<string, string> = {
  destination_not_allowed:
    'The playground only calls public internet hosts. Private and loopback addresses, internal names (localhost, *.local, *.internal), cloud metadata endpoints, non-web ports and the portal itself are refused — also when a redirect leads there. To test an API on your own machine, run the portal locally with PROBE_ALLOW_HOSTS=host:port (for example 127.0.0.1:4010), or use the exported curl command.',
  rate_limited: 'You sent probes faster than the portal allows. Wait, then send again.',
  request_too_large:
    'The playground forwards request bodies of up to 1 MiB. Use the exported curl command for larger bodies.',
  invalid_request: 'Check the fields named below.',
  cross_site: 'The probe only accepts requests from the portal’s own pages.',
};

/** A problem+json answer from /api/probe, explained, with a link to its catalog entry. */
export function ProblemView({ problem }: { problem: Problem }) {
  return (
    <div className={styles.problem} role="alert">
      <h3>
        {problem.title} <span className="badge bad">{problem.status}</span> <code>{problem.code}</code>
      </h3>
      {HELP[problem.code] && <p>{HELP[problem.code]}</p>}
      {problem.retryAfterSeconds !== null && <p>Try again in {problem.retryAfterSeconds} s.</p>}
      {problem.detail && problem.code === 'invalid_request' && <pre className={styles.pre}>{problem.detail}</pre>}
      {problem.type?.startsWith('/codes/') && (
        <p>
          <a href={problem.type}>What this error means and how to fix it</a>
        </p>
      )}
    </div>
  );
}
