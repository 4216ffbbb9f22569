/**
 * Scale benchmark (`npm run bench:scale`, not part of `npm run bench`: it builds the whole
 * site twice over): a synthetic catalog of 5,000 entries — today's entries cloned with unique
 * codes — built in a throw-away copy of the project. Reports the build time (content and
 * next build), the build output's size, and the diagnosis throughput with 5,000 entries'
 * rules. Targets (issue 12): build ≤ 6 min and < 1 GB, ≥ 15,000 diagnoses/s at 2 KB.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { compileRules, diagnose } from '../../lib/diagnose';

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

/** Copies the tracked files, hard-links node_modules, and adds clones of the entries up to TARGET. */
function syntheticProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-triage-scale-'));
  for (const file of execSync('git ls-files', { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
  }
  execSync(`cp -al ${JSON.stringify(join(ROOT, 'node_modules'))} ${JSON.stringify(join(dir, 'node_modules'))}`);
  const entries = execSync('git ls-files "content/codes/*.mdx"', { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  mkdirSync(join(dir, 'content/codes/synthetic'), { recursive: true });
  for (let i = 0; entries.length + i < TARGET; i++) {
    const source = entries[i % entries.length]!;
    const text = readFileSync(join(ROOT, source), 'utf8')
      // unique codes and no cross-links, so the clone is valid on its own
      .replace(/^codes: \[(.*)\]$/m, (_, codes: string) => `codes: [${codes.replace(/"([^"]+)"/g, `"$1-s${i}"`)}]`)
      .replace(/^  codes: \[(.*)\]$/m, (_, codes: string) => `  codes: [${codes.replace(/"([^"]+)"/g, `"$1-s${i}"`)}]`)
      .replace(/^related: .*$/m, 'related: []');
    writeFileSync(join(dir, `content/codes/synthetic/s${i}.mdx`), text);
  }
  return dir;
}

function throughput(dir: string): number {
  const rules = compileRules(loadRuleSetFromDisk(join(dir, 'content')));
  // the recorded OpenAI 429 (headers and JSON error body), padded to 2 KB like the engine bench's input
  const recorded = readFileSync(join(ROOT, 'tests/fixtures/responses/openai-rate-limit.http'), 'utf8');
  const input = recorded.replace(
    /\r?\n\r?\n\{/,
    `\nx-padding: ${'p'.repeat(Math.max(0, 2048 - recorded.length))}\n\n{`,
  );
  const until = performance.now() + 2000;
  let n = 0;
  while (performance.now() < until) {
    diagnose(input, rules, { now: 0 });
    n++;
  }
  return n / 2;
}

export async function benchScale(): Promise<void> {
  const dir = syntheticProject();
  try {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    console.error(`[scale] synthetic project in ${dir}`);
    const t0 = performance.now();
    execSync('npm run --silent content', { cwd: dir, env, stdio: 'ignore' });
    const t1 = performance.now();
    console.error(`[scale] content built in ${Math.round((t1 - t0) / 1000)} s`);
    execSync('npx next build', { cwd: dir, env, stdio: 'ignore' });
    const t2 = performance.now();
    console.error(`[scale] next built in ${Math.round((t2 - t1) / 1000)} s`);
    const size = dirSize(join(dir, '.next'));
    const rate = throughput(dir);
    const min = (ms: number) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
    console.log(`| measure (${TARGET.toLocaleString('en')} entries) | value | target |`);
    console.log('|---|---:|---|');
    console.log(`| content build | ${min(t1 - t0)} | |`);
    console.log(`| next build | ${min(t2 - t1)} | |`);
    console.log(`| whole build | ${min(t2 - t0)} | ≤ 6 min |`);
    console.log(`| build output (.next) | ${(size / 1024 / 1024).toFixed(0)} MB | < 1 GB |`);
    console.log(`| diagnoses per second (2 KB 429) | ${Math.round(rate).toLocaleString('en')} /s | ≥ 15,000/s |`);
  } finally {
    if (process.env.SCALE_KEEP) console.error(`[scale] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScale();
