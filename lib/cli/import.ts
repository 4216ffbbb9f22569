/**
 * CLI: import curl commands and HAR files the way the playground does.
 *   npm run --silent import -- [--json] <file|->...
 * With --json, exactly one line per file:
 *   {"file": "<path>", "requests": [{"method", "url", "headers": [[name, value]…], "body", "notes"}], "error": null}
 * (`error` is a string when nothing could be imported). Without --json, a readable summary.
 * Exit 0 when every file gave at least one request, 1 otherwise, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { importText } from '../request/import';
import type { ImportedRequest } from '../request/import/import-types';

process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const USAGE = 'usage: npm run --silent import -- [--json] <file|->...\n  - reads stdin';

interface FileResult {
  file: string;
  requests: Pick<ImportedRequest, 'method' | 'url' | 'headers' | 'body' | 'notes'>[];
  error: string | null;
}

function importFile(file: string): FileResult {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    return { file, requests: [], error: `cannot read the file: ${e instanceof Error ? e.message : String(e)}` };
  }
  // Files named in a command (-d @body.json, -T, -F f=@x) are read as curl would, from the
  // current directory; failing that, beside the command file.
  const readFile = (path: string): string | null => {
    for (const candidate of [resolve(path), ...(file === '-' ? [] : [resolve(dirname(file), path)])]) {
      try {
        return readFileSync(candidate, 'utf8');
      } catch {
        continue;
      }
    }
    return null;
  };
  const outcome = importText(text, { readFile });
  return {
    file,
    // Only the contract's fields, in the contract's order.
    requests: outcome.requests.map(({ method, url, headers, body, notes }) => ({ method, url, headers, body, notes })),
    error: outcome.error,
  };
}

function summary(r: FileResult): string {
  if (r.error) return `== ${r.file}\n  error: ${r.error}`;
  const lines = [`== ${r.file} — ${r.requests.length} request${r.requests.length === 1 ? '' : 's'}`];
  r.requests.forEach((q, i) => {
    lines.push(`${i + 1}. ${q.method} ${q.url}`);
    for (const [n, v] of q.headers) lines.push(`     ${n}: ${v}`);
    if (q.body !== null) {
      const shown = q.body.length > 200 ? `${q.body.slice(0, 200)}… (${q.body.length} characters)` : q.body;
      lines.push(`     body: ${JSON.stringify(shown)}`);
    }
    for (const n of q.notes) lines.push(`     note: ${n}`);
  });
  return lines.join('\n');
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
  console.error(USAGE);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = importFile(file);
  failed ||= result.error !== null;
  process.stdout.write(`${json ? JSON.stringify(result) : summary(result)}\n`);
}
process.exitCode = failed ? 1 : 0;
