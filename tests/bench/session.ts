/**
 * Session analysis benchmark (wired into `npm run bench`): a 10,000-entry HAR of about
 * 50 MB — a long "Save all as HAR" — analysed end to end (parse, diagnose every exchange,
 * group, detect patterns). Target: ≤ 2 s; the page runs the same code in a Web Worker.
 */
import { fileURLToPath } from 'node:url';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { loadSessionPatternsFromDisk } from '../../lib/content/session-patterns-from-disk';
import { compileRules } from '../../lib/diagnose';
import { analyseSession } from '../../lib/session/analyse';

const START = Date.parse('2026-11-30T10:00:00Z');

/** Mostly 200s with 5 KB JSON bodies, a 429 burst, some 500s and timeouts: a realistic mix. */
export function bigHar(entries: number, bodyBytes: number): string {
  const filler = 'x'.repeat(bodyBytes);
  const list = Array.from({ length: entries }, (_, i) => {
    const status = i % 97 === 0 ? 429 : i % 211 === 0 ? 500 : i % 503 === 0 ? 504 : 200;
    return {
      startedDateTime: new Date(START + i * 150).toISOString(),
      time: status === 504 ? 30000 : 40 + (i % 17),
      request: {
        method: i % 5 === 0 ? 'POST' : 'GET',
        url: `https://api.example.com/v1/items/${i % 300}?page=${i % 7}`,
        httpVersion: 'HTTP/2',
        headers: [
          { name: 'accept', value: 'application/json' },
          { name: 'authorization', value: 'Bearer xxxxxxxx' },
        ],
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status,
        statusText: '',
        httpVersion: 'HTTP/2',
        headers: [
          { name: 'content-type', value: 'application/json' },
          { name: 'x-request-id', value: `req_${i}` },
          ...(status === 429 ? [{ name: 'retry-after', value: '10' }] : []),
        ],
        cookies: [],
        content: {
          size: bodyBytes,
          mimeType: 'application/json',
          text:
            status === 200
              ? JSON.stringify({ id: i, data: filler })
              : JSON.stringify({ error: { code: status === 429 ? 'rate_limited' : 'internal', message: 'failed' } }),
        },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: 40, receive: 0 },
    };
  });
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries: list } });
}

export async function benchSession(): Promise<void> {
  const root = fileURLToPath(new URL('../../content', import.meta.url));
  const rules = compileRules(loadRuleSetFromDisk(root));
  const patterns = loadSessionPatternsFromDisk(root);
  const text = bigHar(10_000, 5_000);
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = analyseSession(text, rules, patterns);
    runs.push(performance.now() - t0);
    found = result.patterns.length;
  }
  runs.sort((a, b) => a - b);
  const mb = (text.length / 1024 / 1024).toFixed(1);
  console.log('| input | exchanges | median | best | target | patterns found |');
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(
    `| HAR, ${mb} MB | 10,000 | ${runs[1]!.toFixed(0)} ms | ${runs[0]!.toFixed(0)} ms | ≤ 2,000 ms | ${found} |`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSession();
