/**
 * Scale benchmark (`npm run bench:scale`, not part of `npm run bench`: it builds the whole
 * site): a synthetic catalog of 5,000 entries — today's entries cloned with unique codes —
 * built in a throw-away copy of the project. Reports the build time (content and next build,
 * wall clock and CPU, since a loaded machine stretches the wall clock), the build output's
 * size, the diagnosis throughput with 5,000 entries' rules, the search index files' sizes and
 * search latency at 5,000 entries, and the p50 request time of `/` and `/codes/http-429`
 * under `next start`, synthetic build against the normal one (the project's own `.next`,
 * when built). Targets (issue 12): build ≤ 6 min and < 1 GB, ≥ 15,000 diagnoses/s at 2 KB,
 * first search transfer ≤ 150 KB gzip, search p95 ≤ 16 ms, request time within 10%.
 *
 * SCALE_ENTRIES=n: another size. SCALE_KEEP=1: keep the synthetic copy (its path is printed).
 * SCALE_ONLY=search: only the search part, on a copy of content/ alone (no build: seconds).
 * SCALE_DIR=path: measure an already built synthetic copy instead of making one.
 * SCALE_CONTENT_ONLY=1: time only the content build (a few minutes instead of ~25), e.g. to
 * compare two versions of the content pipeline.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { compileRules, diagnose } from '../../lib/diagnose';
import { SearchEngine } from '../../lib/search/engine';
import { contentHash } from '../../lib/search/content-hash';
import { searchRecordsFromDisk } from '../../lib/search/from-disk';
import { indexFiles } from '../../lib/search/split';
import { loadRealQueries } from '../../lib/search/real-queries';
import { QUERIES, headBreakdown, indexSizes, pct, time } from './search';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TARGET = Number(process.env.SCALE_ENTRIES ?? 5000);

function dirSize(dir: string): number {
  let total = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    total += d.isDirectory() ? dirSize(p) : d.isFile() ? statSync(p).size : 0;
  }
  return total;
}

/** Every double-quoted YAML string of a flow list gets `-s<i>`; escaped quotes inside (`"Method \\"POST\\" not allowed."`) stay inside. */
const suffixed = (list: string, i: number) => list.replace(/"((?:[^"\\]|\\.)*)"/g, `"$1-s${i}"`);

/** Adds clones of today's entries to `<dir>/content/codes/synthetic` until the catalog has TARGET entries. */
function addSyntheticEntries(dir: string): void {
  const entries = execSync('git ls-files "content/codes/*.mdx"', { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  mkdirSync(join(dir, 'content/codes/synthetic'), { recursive: true });
  for (let i = 0; entries.length + i < TARGET; i++) {
    const source = entries[i % entries.length]!;
    const text = readFileSync(join(ROOT, source), 'utf8')
      // unique codes and no cross-links, so the clone is valid on its own
      .replace(/^codes: \[(.*)\]$/m, (_, codes: string) => `codes: [${suffixed(codes, i)}]`)
      .replace(/^  codes: \[(.*)\]$/m, (_, codes: string) => `  codes: [${suffixed(codes, i)}]`)
      .replace(/^related: .*$/m, 'related: []');
    writeFileSync(join(dir, `content/codes/synthetic/s${i}.mdx`), text);
  }
}

/** A throw-away copy of the tracked files under `under` (the whole project by default), with the synthetic entries added. */
function syntheticCopy(under = '.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-triage-scale-'));
  const files = execSync(`git ls-files ${JSON.stringify(under)}`, { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n');
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
  }
  addSyntheticEntries(dir);
  return dir;
}

/** The whole project with node_modules hard-linked: what `next build` needs. */
function syntheticProject(): string {
  const dir = syntheticCopy();
  // A worktree's node_modules may be a symlink; Turbopack resolves nothing outside the project
  // root, so the copy gets hard links to the real files, not a copy of the link.
  const modules = realpathSync(join(ROOT, 'node_modules'));
  execSync(`cp -al ${JSON.stringify(modules)} ${JSON.stringify(join(dir, 'node_modules'))}`);
  return dir;
}

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux; 0 elsewhere). */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // after the command name: cutime and cstime are fields 16 and 17 of stat(5), in clock ticks
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** Diagnoses per CPU-second (after a warm-up), so other processes on the machine do not count against it. */
export function throughput(dir: string): number {
  const rules = compileRules(loadRuleSetFromDisk(join(dir, 'content')));
  // the recorded OpenAI 429 (headers and JSON error body), padded to 2 KB like the engine bench's input
  const recorded = readFileSync(join(ROOT, 'tests/fixtures/responses/openai-rate-limit.http'), 'utf8');
  const input = recorded.replace(
    /\r?\n\r?\n\{/,
    `\nx-padding: ${'p'.repeat(Math.max(0, 2048 - recorded.length))}\n\n{`,
  );
  for (let i = 0; i < 1000; i++) diagnose(input, rules, { now: 0 });
  const cpu = process.cpuUsage();
  const until = performance.now() + 3000;
  let n = 0;
  while (performance.now() < until) {
    diagnose(input, rules, { now: 0 });
    n++;
  }
  const used = process.cpuUsage(cpu);
  return n / ((used.user + used.system) / 1e6);
}

/** Index file sizes and query latency over the bench's queries and the real ones, at this catalog's size. */
function searchAtScale(dir: string) {
  const records = searchRecordsFromDisk(join(dir, 'content'));
  const engine = new SearchEngine(records);
  const ms = [
    ...QUERIES,
    ...loadRealQueries(join(ROOT, 'tests/fixtures/search-queries/queries.yaml')).map((q) => q.q),
  ].flatMap((q) => time(() => engine.search(q, 30), 3));
  return { records: records.length, ...indexSizes(records), p50: pct(ms, 50), p95: pct(ms, 95) };
}

function startServer(dir: string, port: number): ChildProcess {
  return spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
}

async function waitUp(url: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

/** p50 request times of the paths on both builds, requests interleaved so both see the same machine load. */
async function requestTimes(builds: { name: string; dir: string; port: number }[], paths: string[], rounds = 200) {
  const servers = builds.map((b) => startServer(b.dir, b.port));
  try {
    await Promise.all(builds.map((b) => waitUp(`http://127.0.0.1:${b.port}/`)));
    const times = new Map<string, number[]>();
    for (let r = -20; r < rounds; r++)
      for (const b of builds)
        for (const p of paths) {
          const ms = await timed(`http://127.0.0.1:${b.port}${p}`);
          if (r >= 0) times.set(`${b.name} ${p}`, [...(times.get(`${b.name} ${p}`) ?? []), ms]);
        }
    return times;
  } finally {
    for (const s of servers) if (s.pid) process.kill(-s.pid, 'SIGTERM');
  }
}

const min = (ms: number) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;

function printSearch(dir: string): void {
  const s = searchAtScale(dir);
  console.log(`| search records | ${s.records.toLocaleString('en')} | |`);
  console.log(`| first search transfer (codes, titles, labels) | ${s.head} | ≤ 150 KB gzip |`);
  console.log(`| full-text part (fetched after) | ${s.text} | |`);
  console.log(`| search latency p50 / p95 | ${s.p50.toFixed(2)} ms / ${s.p95.toFixed(2)} ms | p95 ≤ 16 ms |`);
}

export async function benchScale(): Promise<void> {
  const given = process.env.SCALE_DIR;
  // SCALE_ONLY=search: only content/ is copied and nothing is built (seconds, not half an hour)
  const searchOnly = process.env.SCALE_ONLY === 'search';
  const dir = given ?? (searchOnly ? syntheticCopy('content') : syntheticProject());
  try {
    console.log(`| measure (${TARGET.toLocaleString('en')} entries) | value | target |`);
    console.log('|---|---:|---|');
    if (searchOnly) {
      printSearch(dir);
      const { head } = indexFiles(searchRecordsFromDisk(join(dir, 'content')), contentHash);
      console.log('\n| part of the first transfer | gzip without it | raw |\n|---|---:|---:|');
      const row = ['slug', 'title', 'codes', 'category', 'provider', 'parent'];
      for (const p of headBreakdown(head, { rows: row }))
        console.log(`| ${p.part} | −${p.gzipKb.toFixed(1)} KB | ${p.rawKb.toFixed(0)} KB |`);
      return;
    }
    if (!given) {
      const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
      const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      const t0 = performance.now();
      const c0 = childCpuSeconds();
      // output kept (not ignored): a failing content build must say why
      execSync('npm run --silent content', { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
      const t1 = performance.now();
      const c1 = childCpuSeconds();
      console.error(`[scale] content built in ${min(t1 - t0)}, load ${load()}`);
      if (process.env.SCALE_CONTENT_ONLY) {
        console.log(`| content build | ${min(t1 - t0)} (CPU ${min((c1 - c0) * 1000)}) | |`);
        console.log(`| load average at the end (1/5/15 min) | ${load()} | |`);
        return;
      }
      execSync('npx next build', { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
      const t2 = performance.now();
      const c2 = childCpuSeconds();
      console.log(`| content build | ${min(t1 - t0)} (CPU ${min((c1 - c0) * 1000)}) | |`);
      console.log(`| next build | ${min(t2 - t1)} (CPU ${min((c2 - c1) * 1000)}) | |`);
      console.log(`| whole build | ${min(t2 - t0)} (CPU ${min((c2 - c0) * 1000)}) | ≤ 6 min |`);
      console.log(`| load average at the end (1/5/15 min) | ${load()} | |`);
    }
    if (existsSync(join(dir, '.next/BUILD_ID')))
      console.log(`| build output (.next) | ${(dirSize(join(dir, '.next')) / 1024 / 1024).toFixed(0)} MB | < 1 GB |`);
    else console.log('| build output (.next) | not built | < 1 GB |');
    console.log(
      `| diagnoses per CPU-second (2 KB 429) | ${Math.round(throughput(dir)).toLocaleString('en')} /s | ≥ 15,000/s |`,
    );
    printSearch(dir);
    if (existsSync(join(ROOT, '.next/BUILD_ID')) && existsSync(join(dir, '.next/BUILD_ID'))) {
      const paths = ['/', '/codes/http-429'];
      const t = await requestTimes(
        [
          { name: 'normal', dir: ROOT, port: 3391 },
          { name: 'synthetic', dir, port: 3392 },
        ],
        paths,
      );
      for (const p of paths) {
        const a = pct(t.get(`normal ${p}`)!, 50);
        const b = pct(t.get(`synthetic ${p}`)!, 50);
        console.log(
          `| request p50 ${p} (normal → ${TARGET.toLocaleString('en')}) | ${a.toFixed(2)} → ${b.toFixed(2)} ms (${b >= a ? '+' : ''}${((100 * (b - a)) / a).toFixed(0)}%) | within 10% |`,
        );
      }
    } else
      console.log('| request p50 | not measured: a build (this one or the normal .next) is missing | within 10% |');
  } finally {
    if (given || process.env.SCALE_KEEP) console.error(`[scale] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScale();
