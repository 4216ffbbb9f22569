import { CopyButton } from '@/components/ui/copy-button';
import type { RequestDraft } from '@/lib/request/draft';
import { toCurl } from '@/lib/request/export';
import { refusalRule } from './refusal-rule';
import type { Problem } from './use-probe';
import styles from './playground.module.css';

/** What to do about each of the portal's own refusals, in words. */
const HELP: Record<string, string> = {
  destination_not_allowed:
    'The playground only calls public internet hosts. Private and loopback addresses, internal names (localhost, *.local, *.internal), cloud metadata endpoints, non-web ports and the portal itself are refused — also when a redirect leads there. To test an API on your own machine, run the portal locally with PROBE_ALLOW_HOSTS=host:port (for example 127.0.0.1:4010), or use the curl command below.',
  rate_limited: 'You sent probes faster than the portal allows. Wait, then send again.',
  request_too_large:
    'The playground forwards request bodies of up to 1 MiB. Use the exported curl command for larger bodies.',
  invalid_request: 'Check the fields named below.',
  cross_site: 'The probe only accepts requests from the portal’s own pages.',
};

/**
 * A problem+json answer from /api/probe: the portal's own refusal, not the API's answer, so it
 * is drawn as one (no status badge that reads like the API's 403), with a link to its entry.
 */
export function ProblemView({ problem, sent }: { problem: Problem; sent?: RequestDraft | null }) {
  const refused = problem.code === 'destination_not_allowed';
  const rule = refused && sent ? refusalRule(sent.url) : null;
  const host = sent ? safeHost(sent.url) : null;
  return (
    <div className={styles.problem} role="alert">
      <p className={styles.problemSource}>
        Refused by the API Triage portal — {refused ? 'nothing was sent' : `portal error ${problem.status}`}
      </p>
      <h3>
        {problem.title} <code>{problem.code}</code>
      </h3>
      {refused && (
        <p>
          {host ? <code>{host}</code> : 'The API'} never saw this request: the portal&rsquo;s server checked the
          destination before connecting and stopped. This is not an answer from the API.
        </p>
      )}
      {rule && (
        <p>
          <strong>Rule:</strong> {rule}
        </p>
      )}
      {HELP[problem.code] && <p>{HELP[problem.code]}</p>}
      {problem.retryAfterSeconds !== null && <p>Try again in {problem.retryAfterSeconds} s.</p>}
      {problem.detail && problem.code === 'invalid_request' && <pre className={styles.pre}>{problem.detail}</pre>}
      {refused && sent?.url && <TryYourself draft={sent} />}
      {problem.type?.startsWith('/codes/') && (
        <p>
          <a href={problem.type}>What this error means and how to fix it</a>
        </p>
      )}
    </div>
  );
}

/** The request as curl, to run from the user's own machine and network. */
export function TryYourself({ draft }: { draft: RequestDraft }) {
  return (
    <div className={styles.tryYourself}>
      <p>Try it from your own machine, where your network, VPN and DNS apply:</p>
      <pre className={styles.pre}>{toCurl(draft)}</pre>
      <CopyButton text={toCurl(draft)} label="Copy curl command" className="button secondary" />
    </div>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
