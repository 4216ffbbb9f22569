/**
 * The diagnosis engine: pure TypeScript (no next, React, node or fetch), so the same code
 * runs in the browser, in route handlers and in the CLI. Rules are data (`RuleSet`, built
 * from the catalog by lib/content/rules.ts); parse → classify is a loop over them.
 */
import { classify, type DiagnoseOptions } from './classify';
import { parseInput } from './parse';
import type { RuleSet } from './rule-set';
import type { CompiledRules } from './compile-rules';
import type { Diagnosis, HttpSnapshot } from './types';

export type { DiagnoseOptions } from './classify';
export type { RuleSet } from './rule-set';
export type { Diagnosis, HttpSnapshot } from './types';
export { classify } from './classify';
export { compileRules } from './compile-rules';
export { parseInput, MAX_INPUT_CHARS } from './parse';

/** One diagnosed exchange, with the snapshot it came from (the page shows its request). */
export interface DiagnosisResult {
  snapshot: HttpSnapshot;
  diagnosis: Diagnosis;
}

/** Parses pasted text and diagnoses every exchange in it (one for most inputs, one per HAR entry). */
export function diagnoseInput(
  input: string,
  rules: RuleSet | CompiledRules,
  options?: DiagnoseOptions,
): DiagnosisResult[] {
  return parseInput(input).map((snapshot) => ({ snapshot, diagnosis: classify(snapshot, rules, options) }));
}

/** Parses and diagnoses; the Diagnosis objects only. */
export function diagnose(input: string, rules: RuleSet | CompiledRules, options?: DiagnoseOptions): Diagnosis[] {
  return diagnoseInput(input, rules, options).map((r) => r.diagnosis);
}
