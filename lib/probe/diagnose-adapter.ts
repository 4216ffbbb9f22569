import 'server-only';
import { getRuleSet } from '../content/rules-generated';
import { compileRules, diagnoseSnapshot as classify } from '../diagnose';
import type { CompiledRules } from '../diagnose/rules';
import type { Diagnosis, HttpSnapshot } from '../diagnose/types';

let compiled: CompiledRules | null = null;

/**
 * The probe's single call into the diagnosis engine, with the catalog's rules compiled
 * once per server process (compiling them on every probe would dominate the route's cost).
 */
export function diagnoseSnapshot(snapshot: HttpSnapshot): Diagnosis {
  compiled ??= compileRules(getRuleSet());
  return classify(snapshot, compiled);
}
