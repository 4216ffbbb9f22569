/**
 * Diagnosis engine benchmark (wired into `npm run bench` by tests/bench/index.ts):
 * diagnoses per second for a typical 2 KB response, and the time for 1 MB ones, with the
 * full rule set from content/ loaded. Targets: ≥ 20,000/s at 2 KB (issue 11), ≤ 10 ms at 1 MB.
 */
import { fileURLToPath } from 'node:url';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { compileRules, diagnose } from '../../lib/diagnose';

const NOW = Date.parse('2026-11-22T12:00:00Z');

/** A 429 as APIs send it: a dozen headers and a JSON error body, padded to about 2 KB. */
function typical(): string {
  const head = [
    'HTTP/2 429',
    'date: Sun, 22 Nov 2026 12:00:00 GMT',
    'content-type: application/json; charset=utf-8',
    'retry-after: 30',
    'x-ratelimit-limit: 100',
    'x-ratelimit-remaining: 0',
    'x-ratelimit-reset: 1795348830',
    'x-request-id: 7d0c2b8e-1f6a-4c3d-9b5e-0a1f2e3d4c5b',
    'strict-transport-security: max-age=63072000; includeSubDomains; preload',
    'vary: Accept-Encoding, Authorization',
    'cache-control: no-store',
    'server: envoy',
  ].join('\n');
  const body = JSON.stringify(
    {
      error: {
        code: 'rate_limit_exceeded',
        message: 'Too many requests: limit is 100 per minute for this API key.',
        details: { limit: 100, window: '60s', hint: 'x'.repeat(1400) },
      },
    },
    null,
    2,
  );
  return `${head}\n\n${body}`;
}

function oneMegabyte(kind: 'json' | 'html'): string {
  if (kind === 'json') {
    const items = Array.from({ length: 12_500 }, (_, i) => ({
      id: `ord_${i}`,
      status: 'failed',
      note: 'payment provider timeout while capturing',
    }));
    return `HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n${JSON.stringify({ error: { code: 'internal_error', message: 'batch failed' }, items })}`;
  }
  const row =
    '<tr><td>upstream</td><td>connect() failed (111: Connection refused) while connecting to upstream</td></tr>\n';
  return `HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html><body><table>${row.repeat(Math.ceil(1_048_576 / row.length))}</table><center>nginx</center></body></html>`;
}

/**
 * Runs fn for at least minMs and reports the CPU time this process spent per run as well as
 * the wall time: on a shared machine the wall clock also counts other processes' turns.
 */
function timeIt(fn: () => void, minMs: number): { runs: number; cpuMs: number; wallMs: number } {
  let runs = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  const used = process.cpuUsage(cpu);
  return { runs, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start };
}

const perSecond = (runs: number, ms: number) => Math.round((runs / ms) * 1000).toLocaleString('en');

export async function benchDiagnose(): Promise<void> {
  const set = loadRuleSetFromDisk(fileURLToPath(new URL('../../content', import.meta.url)));
  const rules = compileRules(set);
  const small = typical();
  for (let i = 0; i < 2000; i++) diagnose(small, rules, { now: NOW }); // warm up the JIT
  const small2 = timeIt(() => diagnose(small, rules, { now: NOW }), 2000);
  const big = (['json', 'html'] as const).map((kind) => {
    const input = oneMegabyte(kind);
    for (let i = 0; i < 5; i++) diagnose(input, rules, { now: NOW });
    const t = timeIt(() => diagnose(input, rules, { now: NOW }), 1500);
    return { kind, size: input.length, cpu: t.cpuMs / t.runs, wall: t.wallMs / t.runs };
  });
  const patterns = rules.rules.reduce((n, r) => n + r.patterns.length + r.headers.length, 0);
  const rows = [
    { what: 'rules loaded', cpu: `${set.entries.length} entries, ${patterns} regexes`, wall: '', target: '' },
    {
      what: `${(small.length / 1024).toFixed(1)} KB response (429, JSON)`,
      cpu: `${perSecond(small2.runs, small2.cpuMs)} diagnoses/s`,
      wall: `${perSecond(small2.runs, small2.wallMs)} /s`,
      target: '≥ 20,000/s',
    },
    ...big.map((b) => ({
      what: `1 MB response (${b.kind}, ${(b.size / 1_048_576).toFixed(2)} MB)`,
      cpu: `${b.cpu.toFixed(2)} ms`,
      wall: `${b.wall.toFixed(2)} ms`,
      target: '≤ 10 ms',
    })),
  ];
  console.log(
    "cpu: this process's CPU time per run; wall: elapsed time, which on a busy machine includes other processes' turns",
  );
  console.table(rows);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchDiagnose();
