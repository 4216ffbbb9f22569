/**
 * `npm run accuracy [-- --misses]`: diagnoses every case of the real-world evaluation sets
 * (tests/fixtures/eval/, issue 11) and prints the accuracy per field, the category agreement
 * across paste styles derived from each raw HTTP case, and (with --misses) every miss.
 * Also part of `npm run bench`. Only `diagnose(input, rules)` and Diagnosis JSON fields are
 * used, so engine rewrites do not break it.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { diagnose, type RuleSet } from '../../lib/diagnose';
import { loadCases, readPaste, type EvalCase, type Expectation, type SetName } from '../unit/eval/eval-sets';
import { derivedPastes } from '../unit/eval/derive-styles';

const FIELDS = ['category', 'providerCode', 'retryable', 'retryAfterSeconds'] as const;
type Field = (typeof FIELDS)[number];

/** What the engine answered, reduced to the fields the sets label. */
interface Got {
  category: string;
  providerCode: string | null;
  retryable: boolean | null;
  retryAfterSeconds: number | null;
}

export interface Miss {
  set: SetName;
  id: string;
  style: string;
  who: string;
  field: Field;
  want: unknown;
  got: unknown;
}

export interface SetScore {
  set: SetName;
  total: number;
  /** correct and counted, per field; retryAfterSeconds counts only cases that state a wait */
  fields: Record<Field, { ok: number; n: number }>;
  misses: Miss[];
}

/** The first diagnosis for a paste; an engine that throws or finds nothing reads as `unknown`. */
export function diagnoseOne(paste: string, rules: RuleSet): Got {
  try {
    const d = diagnose(paste, rules)[0] as Partial<Got> | undefined;
    return {
      category: d?.category ?? 'unknown',
      providerCode: d?.providerCode ?? null,
      retryable: d?.retryable ?? null,
      retryAfterSeconds: d?.retryAfterSeconds ?? null,
    };
  } catch (err) {
    return {
      category: `threw: ${(err as Error).message}`,
      providerCode: null,
      retryable: null,
      retryAfterSeconds: null,
    };
  }
}

function compare(want: Expectation, got: Got): Field[] {
  const wrong: Field[] = [];
  if (got.category !== want.category) wrong.push('category');
  if (got.providerCode !== want.providerCode) wrong.push('providerCode');
  if (got.retryable !== want.retryable) wrong.push('retryable');
  if (want.retryAfterSeconds !== undefined && got.retryAfterSeconds !== want.retryAfterSeconds)
    wrong.push('retryAfterSeconds');
  return wrong;
}

const who = (c: EvalCase): string => ('provider' in c ? c.provider : c.runtime);

/** Scores one set against the rules. */
export function scoreSet(set: SetName, rules: RuleSet): SetScore {
  const cases: EvalCase[] = set === 'responses' ? loadCases('responses') : loadCases('error-texts');
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, n: 0 }])) as SetScore['fields'];
  const misses: Miss[] = [];
  for (const c of cases) {
    const got = diagnoseOne(readPaste(set, c), rules);
    const wrong = compare(c.expect, got);
    for (const f of FIELDS) {
      if (f === 'retryAfterSeconds' && c.expect.retryAfterSeconds === undefined) continue;
      fields[f].n++;
      if (!wrong.includes(f)) fields[f].ok++;
      else misses.push({ set, id: c.id, style: c.style, who: who(c), field: f, want: c.expect[f], got: got[f] });
    }
  }
  return { set, total: cases.length, fields, misses };
}

export interface StyleAgreement {
  cases: number;
  /** per derived style: how many gave the same category as the raw paste */
  same: Record<string, number>;
  /** cases where every derived style agreed with the raw paste */
  allSame: number;
  disagreements: { id: string; raw: string; styles: Record<string, string> }[];
}

/** Re-pastes every raw HTTP response as curl -v, HAR and a JSON envelope and compares categories. */
export function styleAgreement(rules: RuleSet): StyleAgreement {
  const out: StyleAgreement = { cases: 0, same: {}, allSame: 0, disagreements: [] };
  for (const c of loadCases('responses')) {
    if (c.style !== 'raw-http' && c.style !== 'curl-i') continue;
    const derived = derivedPastes(readPaste('responses', c), c.url);
    if (!derived) continue;
    out.cases++;
    const raw = diagnoseOne(readPaste('responses', c), rules).category;
    const styles: Record<string, string> = {};
    for (const [style, paste] of Object.entries(derived)) {
      styles[style] = diagnoseOne(paste, rules).category;
      if (styles[style] === raw) out.same[style] = (out.same[style] ?? 0) + 1;
    }
    if (Object.values(styles).every((s) => s === raw)) out.allSame++;
    else out.disagreements.push({ id: c.id, raw, styles });
  }
  return out;
}

const pct = (ok: number, n: number): string => (n === 0 ? '—' : `${((100 * ok) / n).toFixed(1)}%`);

function printScore(s: SetScore): void {
  console.log(`### ${s.set} (${s.total} cases)\n`);
  console.log('| field | correct | of | accuracy |\n|---|---:|---:|---:|');
  for (const f of FIELDS)
    console.log(`| ${f} | ${s.fields[f].ok} | ${s.fields[f].n} | ${pct(s.fields[f].ok, s.fields[f].n)} |`);
  console.log('');
}

function printMisses(s: SetScore): void {
  console.log(`### misses in ${s.set} (${s.misses.length})\n`);
  for (const m of s.misses)
    console.log(
      `- ${m.id} [${m.style}, ${m.who}] ${m.field}: want ${JSON.stringify(m.want)}, got ${JSON.stringify(m.got)}`,
    );
  console.log('');
}

/** Entry point for `npm run bench` and `npm run accuracy`. */
export async function benchAccuracy(showMisses = false): Promise<void> {
  const rules = loadRuleSetFromDisk(fileURLToPath(new URL('../../content', import.meta.url)));
  const scores = [scoreSet('responses', rules), scoreSet('error-texts', rules)];
  for (const s of scores) printScore(s);
  const a = styleAgreement(rules);
  console.log(`### same category across paste styles (${a.cases} raw HTTP responses)\n`);
  console.log('| derived style | same category as raw | of | agreement |\n|---|---:|---:|---:|');
  for (const style of ['curl-v', 'har', 'json-envelope'])
    console.log(`| ${style} | ${a.same[style] ?? 0} | ${a.cases} | ${pct(a.same[style] ?? 0, a.cases)} |`);
  console.log(`| all three | ${a.allSame} | ${a.cases} | ${pct(a.allSame, a.cases)} |\n`);
  if (!showMisses) return;
  for (const s of scores) printMisses(s);
  for (const d of a.disagreements) console.log(`- ${d.id}: raw ${d.raw}, ${JSON.stringify(d.styles)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAccuracy(process.argv.includes('--misses'));
}
