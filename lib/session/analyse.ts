import { classify, type RuleSet } from '../diagnose';
import type { CompiledRules } from '../diagnose/compile-rules';
import { cancelledByPage } from './detector-kit';
import { DETECTORS, type Diagnosed } from './detectors';
import type { Diagnosis } from '../diagnose/types';
import { readSession, type Exchange } from './exchanges';
import type { SessionPatterns } from './pattern-schema';
import type { SessionAnalysis, SessionGroup } from './session-schema';

/** The most exchanges one analysis reads (a browser's "Save all as HAR" of a long session). */
export const MAX_SESSION_EXCHANGES = 20_000;

/**
 * Whether an exchange failed as its caller saw it: an error status, a response the browser
 * refused (Chrome's `_error`), no response at all, or a 2xx whose body says it failed. A request
 * the page cancelled itself (net::ERR_ABORTED, e.g. a navigation or a dev-server reload) and a log
 * line that only announces a request (no status, no error) are not failures.
 */
function isFailure(x: Exchange, category: Diagnosis['category']): boolean {
  if (x.status !== null && x.status >= 400) return true;
  if (cancelledByPage(x)) return false;
  if (x.clientError !== null) return true;
  if (x.status === null) return x.snapshot.error !== null || (category !== 'success' && category !== 'unknown');
  return x.status < 300 && category !== 'success' && category !== 'unknown';
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/**
 * Session analysis: every exchange of a HAR file or a log diagnosed by the same pure engine,
 * the failures grouped by diagnosis, and the patterns that only show across exchanges (a
 * retry storm, a refresh loop, the first failure the others follow …), as declared in
 * content/session-patterns.yaml. Pure: runs in a worker, a route and the CLI alike.
 */
export function analyseSession(
  text: string,
  rules: RuleSet | CompiledRules,
  patterns: SessionPatterns,
  options: { now?: number } = {},
): SessionAnalysis {
  const session = readSession(text, MAX_SESSION_EXCHANGES);
  const xs: Diagnosed[] = session.exchanges.map((x) => {
    const diagnosis = classify(x.snapshot, rules, { now: options.now ?? x.startMs ?? undefined });
    return { ...x, diagnosis, failed: isFailure(x, diagnosis.category) };
  });
  const ordered = xs.every((x) => x.startMs !== null)
    ? [...xs].sort((a, b) => a.startMs! - b.startMs! || a.index - b.index)
    : xs;
  const first = ordered.find((x) => x.startMs !== null)?.startMs ?? null;

  const groups = new Map<string, SessionGroup>();
  for (const x of ordered) {
    if (!x.failed) continue;
    const key = `${x.diagnosis.category}\n${x.diagnosis.providerCode ?? ''}`;
    const g = groups.get(key) ?? {
      category: x.diagnosis.category,
      providerCode: x.diagnosis.providerCode,
      count: 0,
      entries: [],
    };
    g.count++;
    g.entries.push(x.index);
    groups.set(key, g);
  }

  return {
    source: session.source,
    exchanges: xs.map((x) => x.diagnosis),
    timeline: xs.map((x) => ({
      index: x.index,
      method: x.method,
      url: x.url,
      status: x.status,
      startMs: x.startMs !== null && first !== null ? x.startMs - first : null,
      durationMs: x.durationMs,
      failed: x.failed,
    })),
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    patterns: patterns.patterns.flatMap((p) =>
      DETECTORS[p.kind](ordered, p).map((f) => ({
        kind: p.kind,
        title: p.title,
        summary: fill(p.summary, f.vars),
        advice: p.advice,
        entries: f.entries,
        evidence: f.evidence,
        links: p.entries,
      })),
    ),
    warnings: session.warnings,
  };
}
