import type { DiagnosisResult } from '@/lib/diagnose';
import { headerValue } from '@/lib/diagnose/header-lines';
import type { RuleSet } from '@/lib/diagnose/rule-set';
import { inspectHrefIn } from '@/lib/jwt/link';
import { DiagnosisPanel } from './diagnosis-panel';

/** What one press of Diagnose produced: the results, the rules they came from, and when. */
export interface Outcome {
  results: DiagnosisResult[];
  rules: RuleSet;
  at: number;
}

/** One panel per exchange; a HAR with several entries gets a heading and one panel per request. */
export function Results({ outcome }: { outcome: Outcome }) {
  const { results, rules, at } = outcome;
  const panel = ({ diagnosis, snapshot }: DiagnosisResult, i: number, many: boolean) => (
    <DiagnosisPanel
      key={i}
      diagnosis={diagnosis}
      providerNames={rules.providers}
      headingLevel={many ? 3 : 2}
      label={
        many
          ? `Request ${i + 1} of ${results.length}: ${[snapshot.request?.method, snapshot.request?.url].filter(Boolean).join(' ') || 'unknown request'}`
          : undefined
      }
      guides={guidesOf(
        diagnosis.entries.map((e) => e.slug),
        rules,
      )}
      request={snapshot.request}
      time={timeOf(snapshot.headers, at)}
      since={at}
      jwtHref={inspectHrefIn([
        ...(snapshot.request?.headers ?? []).map(([, v]) => v),
        snapshot.bareCode,
        snapshot.body,
      ])}
    />
  );
  if (results.length === 1 && results[0]) return panel(results[0], 0, false);
  const failed = results.filter((r) => r.diagnosis.category !== 'success').length;
  return (
    <>
      <h2>
        {results.length} requests: {failed} with a problem
      </h2>
      {results.map((r, i) => panel(r, i, true))}
    </>
  );
}

/** The guides of the top entries, in order, without repeats. */
function guidesOf(slugs: string[], rules: RuleSet): { slug: string; title: string }[] {
  const bySlug = new Map(rules.entries.map((e) => [e.slug, e]));
  const seen = new Set<string>();
  const out: { slug: string; title: string }[] = [];
  for (const slug of slugs.slice(0, 2)) {
    for (const g of bySlug.get(slug)?.guides ?? []) {
      const title = rules.guides[g];
      if (title && !seen.has(g)) {
        seen.add(g);
        out.push({ slug: g, title });
      }
    }
  }
  return out.slice(0, 3);
}

function timeOf(headers: [string, string][], at: number): string {
  const date = headerValue(headers, 'date');
  const ms = date ? Date.parse(date) : NaN;
  return Number.isFinite(ms)
    ? `${new Date(ms).toISOString()} (response Date header)`
    : `${new Date(at).toISOString()} (when diagnosed)`;
}
