/**
 * The phrase tables of content/semantics.yaml, compiled once per rule set, and the few
 * questions the engine asks them: which hint do this response's codes and message carry,
 * and does a 2xx body have a failure shape.
 */
import type { Analysis } from './analysis';
import type { Category } from './categories';
import { compileCondition, holds, passes, regex, textGates, type CompiledCondition, type TextGate } from './conditions';
import type { FoundCode } from './extract';
import type { PhraseRow, Semantics } from './semantics';

interface Pattern {
  re: RegExp;
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
        return re ? [{ re, gates: textGates(src) }] : [];
      }),
      code: row.in.includes('code'),
      message: row.in.includes('message'),
      gate: row.gate ?? null,
    })),
    failures: (s?.failures ?? []).map((f) => ({ when: compileCondition(f.when), why: f.why })),
  };
}

/** Whether a row's patterns match a code (short: no gate is worth its cost). */
const codeSays = (p: CompiledPhrase, code: string): boolean => {
  for (const { re } of p.patterns) if (re.test(code)) return true;
  return false;
};

/**
 * Whether a row's patterns match the message; each pattern's word and literal gates (one per
 * alternation branch) spare most regex runs. A pattern without gates has no literal either
 * (a branch with neither is what makes them null).
 */
const says = (p: CompiledPhrase, a: Analysis, text: string): boolean => {
  for (const { re, gates } of p.patterns) {
    if (gates !== null && !passes(gates, a)) continue;
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
        if (codeSays(p, code)) return { row: p.row, code };
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
  const yes = open && says(p, a, text);
  memo[i] = yes ? 1 : 2;
  return yes;
}

/** The category words in one code say (`PERMISSION_DENIED` → forbidden), or null. */
export function categoryForCode(s: CompiledSemantics, code: string): Category | null {
  for (const p of s.phrases) if (p.code && p.row.category && codeSays(p, code)) return p.row.category;
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
