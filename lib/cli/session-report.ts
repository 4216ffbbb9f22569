import { CATEGORY_LABELS } from '../content/taxonomy';
import type { SessionAnalysis } from '../session/session-schema';

/** The readable report of a session analysis: patterns first (what to look at), then the failures grouped. */
export function sessionReport(name: string, s: SessionAnalysis): string {
  const failed = s.timeline.filter((t) => t.failed).length;
  const lines = [`== ${name} (${s.source}): ${s.exchanges.length} exchanges, ${failed} failed`];
  for (const w of s.warnings) lines.push(`   note: ${w}`);
  if (s.patterns.length === 0) lines.push('', 'No cross-request pattern found.');
  for (const p of s.patterns) {
    lines.push('', `* ${p.title} [${p.kind}]`, `  ${p.summary}`, `  What to do: ${p.advice}`);
    for (const e of p.evidence.slice(0, 6)) lines.push(`    - ${e}`);
    if (p.links.length) lines.push(`  See: ${p.links.map((l) => `/codes/${l}`).join(', ')}`);
  }
  if (s.groups.length) {
    lines.push('', 'Failures by diagnosis:');
    for (const g of s.groups)
      lines.push(
        `  ${String(g.count).padStart(5)} × ${CATEGORY_LABELS[g.category]}${g.providerCode ? ` (${g.providerCode})` : ''} — exchanges ${g.entries
          .slice(0, 8)
          .map((i) => `#${i + 1}`)
          .join(', ')}${g.entries.length > 8 ? ', …' : ''}`,
      );
  }
  return lines.join('\n');
}
