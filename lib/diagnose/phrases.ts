/**
 * The phrase tables of content/semantics.yaml, compiled once per rule set, and the few
 * questions the engine asks them: which hint do this response's codes and message carry,
 * and does a 2xx body have a failure shape.
 */
import type { Analysis } from './analysis';
import type { Category } from './categories';
import { compileCondition, holds, passes, regex, textGates, type CompiledCondition, type TextGate } from './conditions';
import type { FoundCode } from './extract';
import { requiredLiteral } from './rule-words';
import type { PhraseRow, Semantics } from './semantics';

interface Pattern {
  re: RegExp;
  /** a lower-cased literal the text must contain first (a cheap gate) */
  literal: string | null;
  /** word and literal gates per alternation branch, for the message (null: none can be drawn) */
  gates: TextGate[] | null;
}

export interface CompiledPhrase {
  row: PhraseRow;
  patterns: Pattern[];
  code: boolean;
  message: boolean;
  gate: readonly string[] | null;
}

export interface CompiledSemantics {
  phrases: CompiledPhrase[];
  failures: { when: CompiledCondition; why: string }[];
}

/** A hint found in a response, and what carried it. */
export interface Hint {
  row: PhraseRow;
  /** the code that carried it, or null for the message */
  code: string | null;
}

/** The message window phrases are read in: the start of the body, where the error is. */
const MESSAGE_WINDOW = 4096;

export function compileSemantics(s: Semantics | undefined): CompiledSemantics {
  return {
    phrases: (s?.phrases ?? []).map((row) => ({
      row,
      patterns: row.match.flatMap((src) => {
        const re = regex(src);
        return re ? [{ re, literal: requiredLiteral(src)?.toLowerCase() ?? null, gates: textGates(src) }] : [];
      }),
      code: row.in.includes('code'),
      message: row.in.includes('message'),
      gate: row.gate ?? null,
    })),
    failures: (s?.failures ?? []).map((f) => ({ when: compileCondition(f.when), why: f.why })),
  };
}

const test = (p: CompiledPhrase, text: string, lower: string | null): boolean => {
  for (const { re, literal } of p.patterns) {
    if (literal !== null && lower !== null && !lower.includes(literal)) continue;
    if (re.test(text)) return true;
  }
  return false;
};

/** Whether a row's patterns match the message; each pattern's word gates spare most regex runs. */
const says = (p: CompiledPhrase, a: Analysis, text: string, lower: string): boolean => {
  for (const { re, literal, gates } of p.patterns) {
    if (gates !== null) {
      if (!passes(gates, a)) continue;
    } else if (literal !== null && !lower.includes(literal)) continue;
    if (re.test(text)) return true;
  }
  return false;
};

/** The first row (in table order) that `want` accepts and the codes or the message match. */
export function findHint(
  s: CompiledSemantics,
  a: Analysis,
  codes: readonly FoundCode[],
  want: (row: PhraseRow) => boolean,
): Hint | null {
  const phrases = s.phrases;
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (!want(p.row)) continue;
    if (p.code)
      for (let k = 0; k < codes.length && k < 3; k++) {
        const code = codes[k]?.code ?? '';
        if (test(p, code, null)) return { row: p.row, code };
      }
    if (p.message && messageSays(s, a, i)) return { row: p.row, code: null };
  }
  return null;
}

/**
 * Whether phrase row i matches the message window. The engine asks several questions of the
 * same rows (the category, then the retryability), so each row is tested once per response.
 */
const said = new WeakMap<Analysis, Int8Array>();
function messageSays(s: CompiledSemantics, a: Analysis, i: number): boolean {
  let memo = said.get(a);
  if (!memo || memo.length !== s.phrases.length) said.set(a, (memo = new Int8Array(s.phrases.length)));
  if (memo[i] !== 0) return memo[i] === 1;
  const p = s.phrases[i]!;
  const text = a.text.length > MESSAGE_WINDOW ? a.text.slice(0, MESSAGE_WINDOW) : a.text;
  const lower = a.lower.length > MESSAGE_WINDOW ? a.lower.slice(0, MESSAGE_WINDOW) : a.lower;
  const open = p.gate === null || p.gate.some((g) => lower.includes(g));
  const yes = open && says(p, a, text, lower);
  memo[i] = yes ? 1 : 2;
  return yes;
}

/** The category words in one code say (`PERMISSION_DENIED` → forbidden), or null. */
export function categoryForCode(s: CompiledSemantics, code: string): Category | null {
  for (const p of s.phrases) if (p.code && p.row.category && test(p, code, null)) return p.row.category;
  return null;
}

/** Whether a row outweighs the status's own generic entry for this status (none counts). */
export const decides = (row: PhraseRow, status: number | null): boolean =>
  status === null || row.decides.some(([lo, hi]) => status >= lo && status <= hi);

/** Why a 2xx body is a failure (`"ok": false`, an errors list, …), or null when it is not. */
export function failureShape(s: CompiledSemantics, a: Analysis): string | null {
  if (a.json === undefined) return null;
  for (const f of s.failures) if (holds(f.when, a)) return f.why;
  return null;
}
