/**
 * Rule regexes come from content and run on untrusted pasted text, so each must compile and
 * must take time linear in the text. Two ways to pass:
 * - bounded: no unbounded repetition (`*`, `+`, `{n,}`) and no repetition nested in another,
 *   with a small total of repeat bounds: each match attempt then costs a constant;
 * - proven: the `recheck` analyser (automaton checker, exact for patterns without
 *   back-references) finds no super-linear behaviour.
 * Anything else fails the content build, naming file and field. recheck's verdicts are cached
 * on disk by pattern, so only new or changed patterns are analysed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentDoc, ContentProblem } from './validate';

/** Total repeat bounds allowed in a bounded-only pattern: the per-attempt cost stays small. */
const MAX_BOUND_TOTAL = 4096;
/** recheck's time per pattern; a pattern it cannot decide within it must be rewritten with bounds. */
const RECHECK_TIMEOUT_MS = 8_000;
const CACHE_FILE = path.join('node_modules', '.cache', 'api-triage', 'regex-verdicts.json');
const FLAGS = 'i';

/** Syntax problems, checked synchronously in the content schema. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'iu');
  } catch (e) {
    return `invalid regex /${source}/: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return `regex /${source}/ uses a back-reference`;
  if (/\(\?<[=!]/.test(source)) return `regex /${source}/ uses a look-behind`;
  if (repeatsOf(source).nested)
    return `regex /${source}/ nests an unbounded quantifier inside a repeated group (catastrophic backtracking)`;
  return null;
}

interface Repeats {
  unbounded: boolean;
  nested: boolean;
  boundTotal: number;
}

/** Scan a pattern's quantifiers (outside character classes). */
export function repeatsOf(src: string): Repeats {
  const stack: boolean[] = []; // per open group: does it contain a quantifier?
  let inClass = false;
  let unbounded = false;
  let nested = false;
  let boundTotal = 0;
  const mark = () => {
    if (stack.length) stack[stack.length - 1] = true;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop() ?? false;
      // `?` and `{0,1}` are optional, not repeated: only a repetition around a repetition is nested.
      const q = /^(?:[*+]|\{\d+,\d*\}|\{\d+\})/.exec(src.slice(i + 1, i + 16))?.[0];
      const repeats = q !== undefined && !/^\{[01](?:,[01])?\}$/.test(q);
      if (inner && repeats) nested = true;
      if (inner) mark();
    } else if (c === '*' || c === '+') {
      unbounded = true;
      mark();
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 16));
      if (m) {
        if (m[2] !== undefined && m[3] === '') unbounded = true;
        else boundTotal += Number(m[3] ?? m[1]);
        mark();
      }
    } else if (c === '?' && src[i - 1] !== '(') mark();
  }
  return { unbounded, nested, boundTotal };
}

/** Every rule regex of the catalog, with where it came from. */
export function ruleRegexes(docs: readonly ContentDoc[]): { file: string; field: string; source: string }[] {
  const out: { file: string; field: string; source: string }[] = [];
  for (const doc of docs) {
    const match = doc.data.match as { body?: unknown; headers?: unknown } | undefined;
    if (!match) continue;
    (Array.isArray(match.body) ? match.body : []).forEach((s, i) => {
      if (typeof s === 'string') out.push({ file: doc.path, field: `match.body[${i}]`, source: s });
    });
    (Array.isArray(match.headers) ? match.headers : []).forEach((h: { pattern?: unknown }, i) => {
      if (typeof h?.pattern === 'string')
        out.push({ file: doc.path, field: `match.headers[${i}].pattern`, source: h.pattern });
    });
  }
  return out;
}

type Verdict = 'safe' | 'vulnerable' | 'unknown';

function readCache(): Record<string, Verdict> {
  try {
    return existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, Verdict>) : {};
  } catch {
    return {};
  }
}

/** Problems for every rule regex that is not provably linear (see the file comment). */
export async function unsafeRegexProblems(docs: readonly ContentDoc[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const toAnalyse: { file: string; field: string; source: string }[] = [];
  for (const r of ruleRegexes(docs)) {
    if (regexProblem(r.source)) continue; // reported by the schema already
    const rep = repeatsOf(r.source);
    if (rep.unbounded) toAnalyse.push(r);
    else if (rep.boundTotal > MAX_BOUND_TOTAL)
      problems.push({ ...r, message: `regex /${r.source}/ has repeat bounds totalling over ${MAX_BOUND_TOTAL}` });
  }
  if (toAnalyse.length === 0) return problems;
  const { check } = await import('recheck');
  const version = (
    JSON.parse(readFileSync(path.join('node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const cache = readCache();
  const key = (source: string) => `${version}/${FLAGS}/${RECHECK_TIMEOUT_MS}/${source}`;
  for (const r of toAnalyse) {
    let verdict = cache[key(r.source)];
    if (!verdict) {
      const d = await check(r.source, FLAGS, { checker: 'automaton', timeout: RECHECK_TIMEOUT_MS });
      verdict = d.status;
      cache[key(r.source)] = verdict;
    }
    if (verdict === 'vulnerable')
      problems.push({
        ...r,
        message: `regex /${r.source}/ takes super-linear time on crafted input (recheck); bound the repetitions, e.g. [^"]{0,200}`,
      });
    else if (verdict === 'unknown')
      problems.push({
        ...r,
        message: `regex /${r.source}/ could not be proven linear (recheck timed out); bound the repetitions, e.g. [^"]{0,200}`,
      });
  }
  mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify(cache));
  return problems;
}
