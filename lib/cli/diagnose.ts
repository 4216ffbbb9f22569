/**
 * CLI: diagnose pasted responses from files or stdin without a running server.
 *   npm run --silent diagnose -- [--json] [--session] <file|->...
 * Prints a readable report, or with --json one Diagnosis JSON object per line, in input
 * order (a HAR gives one line per entry). With --session, each file is one session (a HAR
 * or a log) analysed as a whole: with --json one SessionAnalysis object per line. Exit 0
 * when it diagnosed, 2 on unreadable files (the readable ones are still diagnosed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORY_LABELS } from '../content/taxonomy';
import { loadRuleSetFromDisk } from '../content/rules-from-disk';
import { loadSessionPatternsFromDisk } from '../content/session-patterns-from-disk';
import { diagnoseInput, type DiagnosisResult } from '../diagnose';
import { analyseSession } from '../session/analyse';
import { sessionReport } from './session-report';

const USAGE = [
  'usage: npm run --silent diagnose -- [--json] [--session] <file|->...',
  '  - reads stdin; a HAR file gives one diagnosis per entry',
  '  --session: analyse each file (a HAR or a log) as one session: patterns across requests, failures grouped',
].join('\n');

function readInput(arg: string): string {
  return arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
}

function report(name: string, results: DiagnosisResult[]): string {
  return results
    .map(({ snapshot, diagnosis: d }, i) => {
      const req = snapshot.request;
      const title =
        results.length > 1
          ? `${name} — entry ${i + 1}${req ? `: ${req.method ?? ''} ${req.url ?? ''}`.trimEnd() : ''}`
          : name;
      const facts = [
        d.status !== null ? `HTTP ${d.status}` : null,
        d.provider ? `provider ${d.provider}` : null,
        d.providerCode ? `code ${d.providerCode}` : null,
        d.requestId ? `request id ${d.requestId}` : null,
      ].filter(Boolean);
      const lines = [
        `== ${title}`,
        `${CATEGORY_LABELS[d.category]} (${d.category}) — confidence ${d.confidence}`,
        ...(facts.length ? [facts.join(' · ')] : []),
        d.retryAfterSeconds !== null
          ? `Retry: wait ${d.retryAfterSeconds} s${d.retryable ? '' : ' (but retrying the same request will not help)'}`
          : `Retryable: ${d.retryable ? 'yes' : 'no'}`,
        '',
        d.summary,
      ];
      const section = (head: string, items: string[], bullet: (i: number) => string) =>
        items.length ? ['', `${head}:`, ...items.map((t, k) => `  ${bullet(k)} ${t}`)] : [];
      lines.push(
        ...section(
          'Evidence',
          d.evidence.map((e) => `[${e.from}] ${e.detail}`),
          () => '-',
        ),
      );
      lines.push(...section('Likely causes', d.causes, () => '-'));
      lines.push(...section('How to fix', d.fixes, (k) => `${k + 1}.`));
      lines.push(
        ...section(
          'Catalog entries',
          d.entries.map((e) => `${e.title} (${e.score.toFixed(2)}) — /codes/${e.slug}`),
          () => '-',
        ),
      );
      return lines.join('\n');
    })
    .join('\n\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const session = argv.includes('--session');
  const files = argv.filter((a) => a !== '--json' && a !== '--session' && a !== '--');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    if (process.stdin.isTTY) {
      console.error(USAGE);
      return 2;
    }
    files.push('-');
  }
  const root = fileURLToPath(new URL('../../content', import.meta.url));
  const rules = loadRuleSetFromDisk(root);
  const patterns = session ? loadSessionPatternsFromDisk(root) : null;
  let code = 0;
  const out: string[] = [];
  for (const file of files) {
    let input: string;
    try {
      input = readInput(file);
    } catch (e) {
      console.error(
        `diagnose: cannot read ${file === '-' ? 'stdin' : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
      code = 2;
      continue;
    }
    if (patterns) {
      const analysis = analyseSession(input, rules, patterns);
      out.push(json ? JSON.stringify(analysis) : sessionReport(file === '-' ? '(stdin)' : file, analysis));
      continue;
    }
    const results = diagnoseInput(input, rules);
    if (json) for (const r of results) out.push(JSON.stringify(r.diagnosis));
    else out.push(report(file === '-' ? '(stdin)' : file, results));
  }
  if (out.length) process.stdout.write(out.join(json ? '\n' : '\n\n') + '\n');
  return code;
}

process.exitCode = main(process.argv.slice(2));
