/**
 * The diagnosis engine: pure TypeScript (no next, React, node or fetch), so the same code
 * runs in the browser, in route handlers and in the CLI. Rules are data (`RuleSet`, built
 * from the catalog by lib/content/rules.ts); parse → classify is a loop over them.
 */
import { classify, type DiagnoseOptions } from './classify';
import { parseInput } from './parse';
import { compileSignatures, transportRetryable } from './parse/signatures';
import type { RuleSet } from './rule-set';
import type { CompiledRules } from './compile-rules';
import type { Diagnosis, HttpSnapshot } from './types';

export type { DiagnoseOptions } from './classify';
export type { RuleSet } from './rule-set';
export type { Diagnosis, HttpSnapshot } from './types';
export { classify } from './classify';
export { compileRules } from './compile-rules';
export { parseInput, MAX_INPUT_CHARS, type ParseKnowledge } from './parse';
export type { ErrorSignatures } from './error-signatures';

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
  const table = ('byWord' in rules ? rules.set : rules).errorSignatures;
  const sig = compileSignatures(table);
  return parseInput(input, { errorSignatures: table }).map((snapshot) => {
    const diagnosis = classify(snapshot, rules, options);
    // The table's retry rule for a transport failure: a name that does not resolve, or a certificate
    // that fails, does not fix itself on the next try, whatever wrapper reported it (EAI_AGAIN does).
    const e = snapshot.error;
    if (e && snapshot.status === null && (diagnosis.category === 'network' || diagnosis.category === 'tls')) {
      const retryable = transportRetryable(sig, e.kind, e.code);
      if (retryable !== null) diagnosis.retryable = retryable;
    }
    return { snapshot, diagnosis };
  });
}

/** Parses and diagnoses; the Diagnosis objects only. */
export function diagnose(input: string, rules: RuleSet | CompiledRules, options?: DiagnoseOptions): Diagnosis[] {
  return diagnoseInput(input, rules, options).map((r) => r.diagnosis);
}
