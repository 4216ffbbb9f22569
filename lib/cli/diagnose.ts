/**
 * CLI: diagnose pasted responses from files or stdin without a running server.
 *   npm run --silent diagnose -- [--json] <file|->...
 * Prints a readable report, or with --json one Diagnosis JSON object per line, in input
 * order (a HAR gives one line per entry). Exit 0 when it diagnosed, 2 on unreadable files
 * (the readable ones are still diagnosed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORY_LABELS } from '../content/taxonomy';
import { loadRuleSetFromDisk } from '../content/rules-from-disk';
import { diagnoseInput, type DiagnosisResult } from '../diagnose';

const USAGE =
  'usage: npm run --silent diagnose -- [--json] <file|->...\n  - reads stdin; a HAR file gives one diagnosis per entry';

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
  const files = argv.filter((a) => a !== '--json' && a !== '--');
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
  const rules = loadRuleSetFromDisk(fileURLToPath(new URL('../../content', import.meta.url)));
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
    const results = diagnoseInput(input, rules);
    if (json) for (const r of results) out.push(JSON.stringify(r.diagnosis));
    else out.push(report(file === '-' ? '(stdin)' : file, results));
  }
  if (out.length) process.stdout.write(out.join(json ? '\n' : '\n\n') + '\n');
  return code;
}

process.exitCode = main(process.argv.slice(2));
