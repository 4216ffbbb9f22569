import { classify, type RuleSet } from '../diagnose';
import type { CompiledRules } from '../diagnose/compile-rules';
import { DETECTORS, type Diagnosed } from './detectors';
import { readSession } from './exchanges';
import type { SessionPatterns } from './pattern-schema';
import type { SessionAnalysis, SessionGroup } from './session-schema';

/** The most exchanges one analysis reads (a browser's "Save all as HAR" of a long session). */
export const MAX_SESSION_EXCHANGES = 20_000;

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
    const failed =
      (x.status !== null && x.status >= 400) ||
      (x.status === null && diagnosis.category !== 'success') ||
      (x.status !== null && x.status < 300 && diagnosis.category !== 'success' && diagnosis.category !== 'unknown');
    return { ...x, diagnosis, failed };
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
