import 'server-only';
import { getRuleSet } from '../content/rules-generated';
import { classify } from '../diagnose';
import type { Diagnosis, HttpSnapshot } from '../diagnose/types';

/**
 * The probe's single call into the diagnosis engine, with the catalog's rules. The engine
 * compiles a rule set once (its own WeakMap cache), so this holds no cache of its own.
 */
export function classifyWithCatalog(snapshot: HttpSnapshot): Diagnosis {
  return classify(snapshot, getRuleSet());
}
